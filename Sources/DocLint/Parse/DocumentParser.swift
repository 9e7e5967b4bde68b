/// Parses a document into its parts (format-rules §1, §2): header, title or V/v, Kính gửi,
/// căn cứ, the tree of numbered sections, tasks, references, signature, Nơi nhận, footnotes.
///
/// It works line by line on the NFC view and its folded key, so it recognises structure in
/// OCR text whose diacritics are lost ("S6:10 /TB-UBND", "Noi nhén:") and keeps every position
/// pointing into the original text.
public enum DocumentParser {
    public static func parse(_ source: SourceText) -> Document {
        var parser = ParserState(source: source)
        return parser.run()
    }

    /// What cross-references read of a document — the header (number, date, issuer) and the title
    /// or V/v — without Kính gửi, body, signature and Nơi nhận: the repository scan reads every
    /// file once more for its register, and those parts were half of that cost. The kind is decided
    /// from the header and title alone.
    public static func parseHead(_ source: SourceText) -> Document {
        var parser = ParserState(source: source)
        return parser.run(headOnly: true)
    }
}

struct ParserState {
    let source: SourceText
    let lines: [SourceLine]
    var document: Document
    let fuzzy: Bool
    /// Indices of the non-blank lines.
    let content: [Int]
    /// Per content index: a paragraph break stands before it.
    let breakBefore: [Bool]
    /// Content index of a V/v that stood inside the header (see `subjectBeforeNationalTitle`).
    var deferredSubject: Int?
    /// The section marker of each body line, found once by `parseSections` for the task extractor.
    /// (Per line; `isBodyLine` says which entries were computed.)
    private(set) var bodyMarkers: [SectionMarker?] = []
    private(set) var isBodyLine: [Bool] = []

    init(source: SourceText) {
        self.source = source
        // An oversized line (a pasted blob, not a paragraph; reported by `oversized-line`) takes no
        // part in the structure: the parser sees it blank, so no step scans megabytes of it.
        let lines = source.lines.contains(where: \.isOversized)
            ? source.lines.map { $0.isOversized ? SourceLine.emptied($0) : $0 }
            : source.lines
        self.lines = lines
        document = Document(source: source)
        let condition = OCRAssessment.assess(lines)
        document.textCondition = condition
        fuzzy = condition == .ocrDegraded
        content = lines.indices.filter { !lines[$0].isBlank }
        breakBefore = ParserState.paragraphBreaks(lines, content)
    }

    /// PDF-to-text output often puts an empty line after every line ("double spaced"); there a
    /// paragraph break is a whitespace-only line or two empty lines, elsewhere any blank line.
    static func paragraphBreaks(_ lines: [SourceLine], _ content: [Int]) -> [Bool] {
        var followedByEmpty = 0
        for index in content where index + 1 < lines.count && lines[index + 1].original.isEmpty { followedByEmpty += 1 }
        let doubleSpaced = content.count >= 6 && followedByEmpty * 10 >= content.count * 6
        var breaks = [Bool](repeating: false, count: content.count)
        for k in 1..<max(1, content.count) {
            let gap = (content[k - 1] + 1)..<content[k]
            if gap.isEmpty { continue }
            if doubleSpaced {
                let whitespaceOnly = gap.contains { !lines[$0].original.isEmpty }
                breaks[k] = whitespaceOnly || gap.count >= 3
            } else {
                breaks[k] = true
            }
        }
        return breaks
    }

    mutating func run(headOnly: Bool = false) -> Document {
        var k = parseHeader()
        if let deferred = deferredSubject {
            // A Word header table read cell by cell puts the V/v (left cell) before the Quốc hiệu.
            _ = parseTitleOrSubject(from: deferred)
        } else {
            k = parseTitleOrSubject(from: k)
        }
        if headOnly {
            decideKindAndRegime()
            return document
        }
        k = parseKinhGui(from: k)
        k = parseBasis(from: k)
        let closing = parseClosing(bodyStart: k)
        let bodyEnd = closing ?? content.count
        parseFootnotes(bodyStart: k)
        document.bodyLines = (k..<bodyEnd).map { content[$0] }.filter { !document.footnoteLines.contains($0) }
        // The V/v, the căn cứ and the body are final from here on.
        document.parsedProseLines = document.computedProseLines
        parseSections()
        parseFootnoteMarkers()
        decideKindAndRegime()
        document.tasks = TaskExtractor(state: self).extract()
        let stream = TextStream(lines: lines, indices: content)
        let ownNumber = document.header.number?.span
        let found = ReferenceScanner.scan(stream, footnoteLines: document.footnoteLines, fuzzy: fuzzy)
        // One pass, not a filter and a map: each copy of 100,000 citations showed in profiles.
        document.references.reserveCapacity(found.count)
        for var reference in found {
            // The document's own "Số: 48/KH-UBND" is not a citation.
            if let ownNumber, reference.codeSpan.startLine == ownNumber.startLine, reference.codeSpan.startColumn >= ownNumber.startColumn,
               reference.codeSpan.startColumn < ownNumber.endColumn { continue }
            reference.column = lines[reference.codeSpan.startLine].originalColumn(reference.codeSpan.startColumn)
            document.references.append(reference)
        }
        return document
    }

    // MARK: - Line predicates

    func line(_ k: Int) -> SourceLine { lines[content[k]] }

    /// The section marker opening line `index` (0-based), from the cache for body lines.
    func marker(_ index: Int) -> SectionMarker? {
        index < isBodyLine.count && isBodyLine[index] ? bodyMarkers[index] : SectionMarker.detect(lines[index], fuzzy: fuzzy)
    }

    static let basisStarts: [[[UInt8]]] = ["can cu", "thuc hien", "theo de nghi", "xet de nghi", "theo chi dao", "sau khi xem xet"].map(phrase)

    func startsBasis(_ line: SourceLine) -> Bool {
        line.starts(withAnyOf: ParserState.basisStarts, longest: ParserState.longestBasisStart, fuzzy: fuzzy)
    }
    static let longestBasisStart = basisStarts.map(\.count).max() ?? 0

    func isBodyStart(_ line: SourceLine) -> Bool {
        startsBasis(line) || line.starts(with: ParserPhrases.kinhGui, fuzzy: fuzzy) || SectionMarker.detect(line, fuzzy: fuzzy) != nil
    }

    /// "____", "-----", "***": the rules drawn under header parts.
    func isRuleLine(_ line: SourceLine) -> Bool {
        let marks = line.scalars[line.indentation..<line.trimmedEnd]
        return marks.count >= 3 && marks.allSatisfy { "_-–—*=".unicodeScalars.contains($0) || $0 == " " }
    }

    // MARK: - Header

    static let nationalTitle = phrase("cong hoa xa hoi chu nghia viet nam")
    static let partyTitle = phrase("dang cong san viet nam")

    mutating func parseHeader() -> Int {
        var k = 0
        while k < content.count && k < 18 {
            let index = content[k]
            let line = lines[index]
            // Header lines are short; an oversized line is body (or garbage), never header.
            if line.isOversized { break }
            if isSubjectLine(line), deferredSubject == nil, document.header.nationalTitle == nil,
               let end = subjectBeforeNationalTitle(k) {
                deferredSubject = k
                k = end
                continue
            }
            if matchTitle(line) != nil || isSubjectLine(line) || isBodyStart(line) { break }
            var consumed = false
            var issuerEnd = line.trimmedEnd
            let words = line.words
            if document.header.nationalTitle == nil {
                for (title, isParty) in [(ParserState.nationalTitle, false), (ParserState.partyTitle, true)] {
                    guard let at = words.find(title, fuzzy: fuzzy) else { continue }
                    let start = words.ranges[at].lowerBound
                    let end = words.ranges[at + title.count - 1].upperBound
                    document.header.nationalTitle = NationalTitle(line: index + 1, text: line.slice(start..<end), isParty: isParty,
                                                                  span: TextSpan(line: index, columns: start..<end))
                    issuerEnd = min(issuerEnd, start)
                    consumed = true
                    break
                }
            }
            if document.header.motto == nil, let start = findMotto(line) {
                let end = line.trimmedEnd
                document.header.motto = Motto(line: index + 1, text: line.slice(start..<end), span: TextSpan(line: index, columns: start..<end))
                issuerEnd = min(issuerEnd, start)
                consumed = true
            }
            var rest = line.indentation
            if document.header.number == nil, let number = parseNumber(line, index: index) {
                document.header.number = number
                rest = number.span.endColumn
                issuerEnd = min(issuerEnd, line.indentation)
                consumed = true
            }
            if document.header.placeDate == nil, let placeDate = parsePlaceDate(line, index: index, from: rest) {
                document.header.placeDate = placeDate
                if !consumed { issuerEnd = min(issuerEnd, line.indentation) }
                consumed = true
            }
            if !consumed {
                let text = line.trimmed
                if text == "*" || isRuleLine(line) {
                    consumed = true
                } else if line.isUpperCase && document.header.number == nil && document.header.placeDate == nil {
                    consumed = true
                } else {
                    break
                }
            }
            // The issuing body stands on the left of the merged line ("UỶ BAN NHÂN DÂN  CỘNG HOÀ …").
            if document.header.number == nil || issuerEnd > line.indentation,
               document.header.placeDate == nil || issuerEnd > line.indentation {
                let start = line.indentation
                var end = issuerEnd
                while end > start, line.scalars[end - 1].isWhitespaceFast { end -= 1 }
                let piece = line.slice(start..<end)
                if end > start, piece != "*", !isRuleLine(line), piece.unicodeScalars.contains(where: { $0.isAlphabeticFast }) {
                    document.header.issuer.append(LineText(span: TextSpan(line: index, columns: start..<end), text: piece))
                }
            }
            k += 1
        }
        // Without a national title, number or date there was no header: what looked like one
        // was the body (documents that start at "Kính gửi" or with a caps heading).
        if document.header.nationalTitle == nil && document.header.number == nil && document.header.placeDate == nil && document.header.motto == nil {
            document.header.issuer = []
            return 0
        }
        return k
    }

    /// Start column of "Độc lập - Tự do - Hạnh phúc" (also OCR "Déc 1ap - Tu do - Hanh phuc").
    func findMotto(_ line: SourceLine) -> Int? {
        let words = line.words
        guard let hanh = words.find(ParserPhrases.hanhPhuc, fuzzy: true) ?? words.find(ParserPhrases.hanhPhu, fuzzy: false),
              hanh >= 2 else { return nil }
        if let doc = words.find(ParserPhrases.docLap, fuzzy: fuzzy), doc < hanh { return words.ranges[doc].lowerBound }
        // Two words before "tu do", two before that: "Déc 1ap - Tw do - Hanh phuc".
        guard hanh >= 4 else { return nil }
        let tu = hanh - 2
        let gapBefore = line.folded[words.ranges[tu - 1].upperBound..<words.ranges[tu].lowerBound]
        guard gapBefore.contains(0x2D) else { return nil }
        return words.ranges[tu - 2].lowerBound
    }

    /// "Số: 10/TB-UBND", "Số:    /UBND-KH&CĐS", "S6:10  /TB-UBND", "Số 02-KH/BCĐ".
    func parseNumber(_ line: SourceLine, index: Int) -> DocumentNumber? {
        let words = FoldedWords(line.folded, limit: 1)  // only the first word is read
        guard let first = words.ranges.first, first.lowerBound == line.indentation,
              ReferenceScanner.soWords.contains(words.string(0)) || words.string(0) == "s" else { return nil }
        let scalars = line.scalars
        let folded = line.folded
        var i = first.upperBound
        // "S¢" folds to "so" but "S6:" gives "s6": both end the word here.
        func skipBlanks() { while i < scalars.count, folded[i] == 0x20 || folded[i] == 0x09 { i += 1 } }
        skipBlanks()
        var hasColon = false
        if i < scalars.count, folded[i] == 0x3A { hasColon = true; i += 1 }
        skipBlanks()
        var spaces: [TextSpan] = []
        var numberRange: Range<Int>?
        let numberStart = i
        while i < scalars.count, Bytes.isDigit(folded[i]) { i += 1 }
        if i > numberStart { numberRange = numberStart..<i }
        // Blank draft numbers: spaces, dots, ellipsis, underscores.
        let blankStart = i
        while i < scalars.count, [0x20, 0x09, 0x2E, 0x5F].contains(folded[i]) { i += 1 }
        if numberRange != nil, i > blankStart { spaces.append(TextSpan(line: index, columns: blankStart..<i)) }
        guard i < scalars.count, folded[i] == 0x2F || folded[i] == 0x2D else { return nil }
        let separator = folded[i]
        i += 1
        let afterSeparator = i
        while i < scalars.count, folded[i] == 0x20 { i += 1 }
        if i > afterSeparator { spaces.append(TextSpan(line: index, columns: afterSeparator..<i)) }
        func group(_ start: Int) -> Int? {
            guard start < scalars.count, scalars[start].isUppercaseFast else { return nil }
            var end = start
            while end < scalars.count, scalars[end].isAlphabeticFast || Bytes.isDigit(folded[end]) || scalars[end] == "&" { end += 1 }
            return end
        }
        let symbolStart = i
        var groups: [Range<Int>] = []
        if separator == 0x2F {
            guard let end = group(i) else { return nil }
            groups.append(i..<end); i = end
            while i + 1 < scalars.count, folded[i] == 0x2D, let end = group(i + 1) { groups.append((i + 1)..<end); i = end }
        } else {
            guard let typeEnd = group(i), typeEnd < scalars.count, folded[typeEnd] == 0x2F, let end = group(typeEnd + 1) else { return nil }
            groups = [i..<typeEnd, (typeEnd + 1)..<end]; i = end
        }
        let texts = groups.map { line.slice($0) }
        let style: CodeStyle
        let typeCode: String?
        if separator == 0x2D {
            style = .party; typeCode = texts[0]
        } else if texts.count >= 2, DocumentTypes.stateCodes.contains(texts[0]) || DocumentTypes.obsoleteStateCodes[texts[0]] != nil || texts[0] == "CV" {
            style = .state; typeCode = texts[0]
        } else {
            style = .stateCongVan; typeCode = nil
        }
        let start = line.indentation
        return DocumentNumber(line: index + 1, raw: line.slice(start..<i), number: numberRange.map { line.slice($0) },
                              symbol: line.slice(symbolStart..<i), typeCode: typeCode, style: style, hasColon: hasColon,
                              span: TextSpan(line: index, columns: start..<i),
                              numberSpan: numberRange.map { TextSpan(line: index, columns: $0) },
                              symbolSpan: TextSpan(line: index, columns: symbolStart..<i), spacesInside: spaces)
    }

    /// "Tuyên Quang, ngày 05 tháng 01 năm 2025", with draft blanks allowed.
    func parsePlaceDate(_ line: SourceLine, index: Int, from: Int) -> PlaceDate? {
        let words = line.words
        let ngay = Array("ngay".utf8), thang = Array("thang".utf8), nam = Array("nam".utf8)
        var w = words.wordIndex(atOrAfter: from)
        while w < words.count, !Fuzzy.equal(words.word(w), ngay, fuzzy: fuzzy) { w += 1 }
        guard w < words.count else { return nil }
        let ngayIndex = w
        var cursor = w + 1
        var dayToken: DateToken?
        if cursor < words.count, let value = Bytes.number(words.word(cursor)), words.word(cursor).count <= 2 {
            dayToken = DateToken(text: words.string(cursor), value: value, span: TextSpan(line: index, columns: words.ranges[cursor]))
            cursor += 1
        }
        guard cursor < words.count, Fuzzy.equal(words.word(cursor), thang, fuzzy: fuzzy) else { return nil }
        cursor += 1
        var monthToken: DateToken?
        if cursor < words.count, let value = Bytes.number(words.word(cursor)), words.word(cursor).count <= 2 {
            monthToken = DateToken(text: words.string(cursor), value: value, span: TextSpan(line: index, columns: words.ranges[cursor]))
            cursor += 1
        }
        guard cursor + 1 < words.count, Fuzzy.equal(words.word(cursor), nam, fuzzy: fuzzy),
              words.word(cursor + 1).count == 4, let year = Bytes.number(words.word(cursor + 1)) else { return nil }
        let end = words.ranges[cursor + 1].upperBound
        // The place: what stands between `from` and "ngày", without the comma.
        var placeStart = from
        while placeStart < line.scalars.count, line.scalars[placeStart].isWhitespaceFast { placeStart += 1 }
        var placeEnd = words.ranges[ngayIndex].lowerBound
        while placeEnd > placeStart, line.scalars[placeEnd - 1].isWhitespaceFast { placeEnd -= 1 }
        var hasComma = false
        if placeEnd > placeStart, line.folded[placeEnd - 1] == 0x2C {
            hasComma = true
            placeEnd -= 1
            while placeEnd > placeStart, line.scalars[placeEnd - 1].isWhitespaceFast { placeEnd -= 1 }
        }
        let place = placeEnd > placeStart ? line.slice(placeStart..<placeEnd) : nil
        let date = dayToken.flatMap { day in monthToken.flatMap { CivilDate(year: year, month: $0.value, day: day.value) } }
        let start = place == nil ? words.ranges[ngayIndex].lowerBound : placeStart
        return PlaceDate(line: index + 1, raw: line.slice(start..<end), place: place, date: date?.iso, day: dayToken?.value,
                         month: monthToken?.value, year: year, span: TextSpan(line: index, columns: start..<end),
                         hasCommaAfterPlace: hasComma, placeEnd: place == nil ? nil : TextSpan(line: index, columns: placeEnd..<placeEnd),
                         dayToken: dayToken, monthToken: monthToken)
    }

    // MARK: - Title, V/v

    /// A line that is a type name in capitals ("THÔNG BÁO", OCR "THONG BAO").
    func matchTitle(_ line: SourceLine) -> DocumentType? {
        // A title is a few words: count them (up to one too many) before scanning for capitals.
        let words = FoldedWords(line.folded, limit: ParserState.longestTitleKey + 1)
        guard words.count <= ParserState.longestTitleKey, line.isUpperCase else { return nil }
        // The whole line must be a title key: one look-up of its words, not a pass over every type.
        var key: [UInt8] = []
        key.reserveCapacity(line.folded.count)
        for index in 0..<words.count {
            if index > 0 { key.append(0x20) }
            key.append(contentsOf: words.word(index))
        }
        return ParserState.titleTypeByKey[key]
    }
    /// Title keys ("ke hoach") as bytes, each to the first type listed with it.
    static let titleTypeByKey: [[UInt8]: DocumentType] = Dictionary(
        DocumentTypes.titleTypes.map { (phrase($0.key).joined(separator: [0x20]).map { $0 }, $0) }, uniquingKeysWith: { first, _ in first })
    static let longestTitleKey = DocumentTypes.titleTypes.map { phrase($0.key).count }.max() ?? 0

    func isSubjectLine(_ line: SourceLine) -> Bool {
        let start = line.indentation
        guard start + 3 <= line.folded.count else { return false }
        return line.folded[start] == 0x76 && line.folded[start + 1] == 0x2F && line.folded[start + 2] == 0x76
    }

    /// When a V/v line is followed, within the header, by the Quốc hiệu (a header table read cell by
    /// cell), the content index just after the V/v and its continuation; nil otherwise.
    func subjectBeforeNationalTitle(_ k: Int) -> Int? {
        var next = k + 1
        while next < content.count, next <= k + 6 {
            let candidate = line(next)
            if candidate.words.find(ParserState.nationalTitle, fuzzy: fuzzy) != nil || candidate.words.find(ParserState.partyTitle, fuzzy: fuzzy) != nil {
                return next
            }
            if isBodyStart(candidate) || matchTitle(candidate) != nil { return nil }
            next += 1
        }
        return nil
    }

    /// Continuation lines of a title summary or a V/v subject.
    func continuation(after k: Int, limit: Int) -> [Int] {
        var result: [Int] = []
        var next = k + 1
        while next < content.count, result.count < limit, !breakBefore[next] {
            let candidate = line(next)
            if isBodyStart(candidate) || isRuleLine(candidate) || matchTitle(candidate) != nil { break }
            if candidate.words.find(ParserState.nationalTitle, fuzzy: fuzzy) != nil || candidate.words.find(ParserState.partyTitle, fuzzy: fuzzy) != nil { break }
            result.append(next)
            next += 1
        }
        return result
    }

    mutating func parseTitleOrSubject(from start: Int) -> Int {
        var k = start
        // Skip rule lines under the header.
        while k < content.count, isRuleLine(line(k)) { k += 1 }
        guard k < content.count else { return k }
        let current = line(k)
        if let type = matchTitle(current) {
            let summaryLines = continuation(after: k, limit: 5)
            let summary = summaryLines.map { line($0).trimmed }.joined(separator: " ")
            let span = TextSpan(line: content[k], columns: current.indentation..<current.trimmedEnd)
            document.title = Title(line: content[k] + 1, type: current.trimmed, summary: summary, span: span,
                                   summaryLines: summaryLines.map { content[$0] + 1 })
            document.kind = type.kind
            k = (summaryLines.last ?? k) + 1
        } else if isSubjectLine(current) {
            let rest = continuation(after: k, limit: 6)
            var text = current.slice(current.columns(from: current.indentation + 3)).trimmingWhitespace
            for next in rest { text += " " + line(next).trimmed }
            document.subject = LineText(span: TextSpan(line: content[k], columns: current.indentation..<current.trimmedEnd), text: text)
            k = (rest.last ?? k) + 1
        }
        while k < content.count, isRuleLine(line(k)) { k += 1 }
        return k
    }

    // MARK: - Kính gửi

    static func dashStart(_ line: SourceLine) -> Int? {
        let start = line.indentation
        guard start < line.scalars.count else { return nil }
        let first = line.folded[start]
        guard first == 0x2D || first == 0x2B || line.scalars[start] == "•" else { return nil }
        var text = start + 1
        while text < line.scalars.count, line.scalars[text].isWhitespaceFast { text += 1 }
        return text
    }

    mutating func parseKinhGui(from start: Int) -> Int {
        var k = start
        let limit = min(content.count, start + 8)
        while k < limit, !line(k).starts(with: ParserPhrases.kinhGui, fuzzy: fuzzy) {
            // Kính gửi comes right after the V/v or at the top of a body-only text.
            if isBodyStart(line(k)) { return start }
            k += 1
        }
        guard k < limit else { return start }
        let index = content[k]
        let kinhGui = line(k)
        document.kinhGui = LineText(span: TextSpan(line: index, columns: kinhGui.indentation..<kinhGui.trimmedEnd), text: kinhGui.trimmed)
        if let colon = kinhGui.scalars.firstIndex(of: ":") {
            var textStart = colon + 1
            while textStart < kinhGui.trimmedEnd, kinhGui.scalars[textStart].isWhitespaceFast { textStart += 1 }
            if textStart < kinhGui.trimmedEnd {
                document.recipients.append(LineText(span: TextSpan(line: index, columns: kinhGui.columns(from: textStart)),
                                                    text: kinhGui.slice(kinhGui.columns(from: textStart))))
            }
        }
        k += 1
        while k < content.count {
            let candidate = line(k)
            if let textStart = ParserState.dashStart(candidate) {
                document.recipients.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd),
                                                    text: candidate.slice(candidate.columns(from: textStart))))
            } else if let last = document.recipients.last, !last.text.hasSuffix(";"), !last.text.hasSuffix("."), !isBodyStart(candidate),
                      document.recipients.count > 0, !breakBefore[k] {
                let joined = last.text + " " + candidate.trimmed
                var span = last.span
                span.endLine = content[k]; span.endColumn = candidate.trimmedEnd
                document.recipients[document.recipients.count - 1] = LineText(span: span, text: joined)
            } else {
                break
            }
            k += 1
        }
        return k
    }

    // MARK: - Căn cứ

    mutating func parseBasis(from start: Int) -> Int {
        var k = start
        // A Quyết định names its issuing authority in capitals above the căn cứ.
        while k < content.count, k < start + 2, line(k).isUpperCase, SectionMarker.detect(line(k), fuzzy: fuzzy) == nil,
              k + 1 < content.count, startsBasis(line(k + 1)) { k += 1 }
        while k < content.count {
            let first = line(k)
            guard startsBasis(first) else { break }
            var lastK = k
            var text = first.trimmed
            while !(text.hasSuffix(";") || text.hasSuffix(".") || text.hasSuffix(":") || text.hasSuffix(",")),
                  lastK + 1 < content.count, !breakBefore[lastK + 1], !isBodyStart(line(lastK + 1)) {
                lastK += 1
                text += " " + line(lastK).trimmed
            }
            let span = TextSpan(startLine: content[k], startColumn: first.indentation, endLine: content[lastK], endColumn: line(lastK).trimmedEnd)
            document.basis.append(LineText(span: span, text: text))
            k = lastK + 1
        }
        return k
    }

    // MARK: - Closing: Nơi nhận and signature

    static let authorityPrefixes = ["TUQ.", "TM.", "KT.", "TL.", "Q.", "T/M", "K/T", "T/L", "TM ", "KT ", "TL "]

    /// The authority prefix at `column` of the line, when the rest of the line is in capitals.
    func authorityPrefix(_ line: SourceLine, at column: Int) -> String? {
        // On the scalars: this is asked of every line near the end of every document, and the
        // String version (slice, hasPrefix, Foundation's trimming) was 4 % of a repository run.
        let scalars = line.scalars
        let end = line.trimmedEnd
        for (prefix, name) in ParserState.authorityPrefixScalars where column + prefix.count <= end
            && scalars[column..<(column + prefix.count)].elementsEqual(prefix) {
            var restStart = column + prefix.count
            while restStart < end, scalars[restStart] == "\t" || scalars[restStart].properties.generalCategory == .spaceSeparator { restStart += 1 }
            let rest = scalars[restStart..<end]
            guard !rest.isEmpty, rest.filter({ $0.isLowercaseFast }).count * 10 <= rest.count else { continue }
            return name
        }
        return nil
    }
    static let authorityPrefixScalars: [([Unicode.Scalar], String)] = authorityPrefixes.map {
        (Array($0.unicodeScalars), $0.trimmingCharacters(in: .whitespaces))
    }

    func looksLikeName(_ line: SourceLine) -> Bool {
        // A name is a few words; do not split a long line to find out.
        guard line.trimmedEnd - line.indentation <= 60 else { return false }
        // On the scalars, not on a trimmed String split into Characters: it is asked of every line
        // near the signature and showed in profiles. Words are separated by spaces only; a word is
        // a capital followed by lower-case letters or dots ("Nguyễn Văn A.", "Trần T. Bình").
        let scalars = line.scalars
        var words = 0
        var index = line.indentation
        while index < line.trimmedEnd {
            if scalars[index] == " " { index += 1; continue }
            words += 1
            guard words <= 6, scalars[index].isUppercaseFast, !ParserState.isRomanNumeral(scalars[index]) else { return false }
            index += 1
            while index < line.trimmedEnd, scalars[index] != " " {
                let scalar = scalars[index]
                guard scalar.isLowercaseFast || scalar == ".", !ParserState.isRomanNumeral(scalar) else { return false }
                index += 1
            }
        }
        return words >= 2
    }

    /// Digits and ";:,()-" are neither capitals nor lower-case letters, so the word test rejects
    /// them; the only cased scalars with a numeric value are the Roman numerals "Ⅰ"…"ⅿ".
    private static func isRomanNumeral(_ scalar: Unicode.Scalar) -> Bool { (0x2160...0x217F).contains(scalar.value) }

    /// Finds Nơi nhận and the signature block; returns the content index where the body ends.
    mutating func parseClosing(bodyStart: Int) -> Int? {
        guard bodyStart < content.count else { return nil }
        var noiNhanK: Int?
        for k in stride(from: content.count - 1, through: bodyStart, by: -1) where line(k).starts(with: ParserPhrases.noiNhan, fuzzy: fuzzy) {
            noiNhanK = k; break
        }
        // The signature block: an authority line near the end, or on the Nơi nhận line itself.
        var authorityK: Int?
        var authorityColumn = 0
        let searchFrom = max(bodyStart, (noiNhanK ?? content.count) - 12)
        for k in searchFrom..<content.count {
            let candidate = line(k)
            if k == noiNhanK {
                let words = candidate.words
                if words.count > 2 {
                    for w in 2..<words.count {
                        let column = words.ranges[w].lowerBound
                        if authorityPrefix(candidate, at: column) != nil { authorityK = k; authorityColumn = column; break }
                    }
                }
                if authorityK != nil { break }
            } else if ParserState.dashStart(candidate) == nil, authorityPrefix(candidate, at: candidate.indentation) != nil {
                authorityK = k; authorityColumn = candidate.indentation; break
            }
        }
        if let noiNhanK { parseDistribution(noiNhanK) }
        parseSignature(authorityK: authorityK, authorityColumn: authorityColumn, noiNhanK: noiNhanK)
        let starts = [noiNhanK, authorityK].compactMap { $0 }
        guard var closing = starts.min() else {
            // No Nơi nhận and no authority line: a block of a caps title and a name at the end.
            return signatureWithoutAuthority(bodyStart: bodyStart)
        }
        // A position line printed before the Nơi nhận belongs to the closing too.
        while closing - 1 > bodyStart, line(closing - 1).isUpperCase, SectionMarker.detect(line(closing - 1), fuzzy: fuzzy) == nil { closing -= 1 }
        return closing
    }

    mutating func parseDistribution(_ noiNhanK: Int) {
        let index = content[noiNhanK]
        let noiNhan = line(noiNhanK)
        var labelEnd = noiNhan.trimmedEnd
        if let colon = noiNhan.scalars.firstIndex(of: ":") { labelEnd = colon + 1 }
        else if let nhan = noiNhan.words.ranges.dropFirst().first { labelEnd = nhan.upperBound }
        document.noiNhan = LineText(span: TextSpan(line: index, columns: noiNhan.indentation..<labelEnd), text: noiNhan.slice(noiNhan.indentation..<labelEnd))
        var k = noiNhanK + 1
        while k < content.count {
            let candidate = line(k)
            if let textStart = ParserState.dashStart(candidate) {
                document.distribution.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd),
                                                      text: candidate.slice(candidate.columns(from: textStart))))
            } else if let last = document.distribution.last, !last.text.hasSuffix(";"), !last.text.hasSuffix("."),
                      !candidate.isUpperCase || (last.text.hasSuffix(",") && [";", "."].contains(candidate.trimmed.last)),
                      !looksLikeName(candidate), authorityPrefix(candidate, at: candidate.indentation) == nil {
                // An item broken after a comma continues even when the rest is in capitals ("…, PVHCC,\nCN&CTTĐT;").
                var span = last.span
                span.endLine = content[k]; span.endColumn = candidate.trimmedEnd
                document.distribution[document.distribution.count - 1] = LineText(span: span, text: last.text + " " + candidate.trimmed)
            } else if candidate.isUpperCase || looksLikeName(candidate) || authorityPrefix(candidate, at: candidate.indentation) != nil {
                // The signature column, linearised between or after the items.
                k += 1; continue
            } else {
                break
            }
            k += 1
        }
    }

    mutating func parseSignature(authorityK: Int?, authorityColumn: Int, noiNhanK: Int?) {
        var chain: [LineText] = []
        var name: LineText?
        var authority: String?
        var onBehalfOf: String?
        var authoritySpan: TextSpan?
        var k: Int
        if let authorityK {
            let first = line(authorityK)
            let prefix = authorityPrefix(first, at: authorityColumn)!
            authority = prefix
            let prefixEnd = authorityColumn + prefix.unicodeScalars.count
            authoritySpan = TextSpan(line: content[authorityK], columns: authorityColumn..<prefixEnd)
            onBehalfOf = first.slice(first.columns(from: prefixEnd)).trimmingWhitespace
            chain.append(LineText(span: TextSpan(line: content[authorityK], columns: first.columns(from: authorityColumn)),
                                  text: first.slice(first.columns(from: authorityColumn))))
            k = authorityK + 1
        } else if let noiNhanK {
            k = noiNhanK + 1
        } else {
            return
        }
        while k < content.count {
            let candidate = line(k)
            if ParserState.dashStart(candidate) != nil || candidate.starts(with: ParserPhrases.noiNhan, fuzzy: fuzzy) { k += 1; continue }
            if candidate.isUpperCase && candidate.trimmedEnd - candidate.indentation < 60 && name == nil {
                chain.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd), text: candidate.trimmed))
                if authority == nil, let prefix = authorityPrefix(candidate, at: candidate.indentation) {
                    authority = prefix
                    onBehalfOf = String(candidate.trimmed.dropFirst(prefix.count)).trimmingWhitespace
                }
            } else if !chain.isEmpty, looksLikeName(candidate) {
                name = LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd), text: candidate.trimmed)
                break
            }
            k += 1
        }
        guard !chain.isEmpty else { return }
        var position: String? = chain.last.map { item in
            guard let prefix = ParserState.authorityPrefixes.first(where: { item.text.hasPrefix($0) }) else { return item.text }
            return String(item.text.dropFirst(prefix.count)).trimmingWhitespace
        }
        if chain.count == 1, authority != nil { position = nil }
        document.signature = Signature(line: chain[0].line, authority: authority, onBehalfOf: onBehalfOf, position: position,
                                       name: name?.text, chain: chain, nameLine: name, authoritySpan: authoritySpan)
    }

    mutating func signatureWithoutAuthority(bodyStart: Int) -> Int? {
        // "CHỦ TỊCH" then a name in the last lines.
        let tail = max(bodyStart, content.count - 8)
        for k in stride(from: content.count - 1, through: tail, by: -1) where looksLikeName(line(k)) {
            var top = k - 1
            while top >= tail, line(top).isUpperCase, SectionMarker.detect(line(top), fuzzy: fuzzy) == nil { top -= 1 }
            guard top < k - 1 else { return nil }
            let chain = ((top + 1)..<k).map { LineText(span: TextSpan(line: content[$0], columns: line($0).indentation..<line($0).trimmedEnd), text: line($0).trimmed) }
            let name = LineText(span: TextSpan(line: content[k], columns: line(k).indentation..<line(k).trimmedEnd), text: line(k).trimmed)
            document.signature = Signature(line: chain[0].line, authority: nil, onBehalfOf: nil, position: chain.last?.text, name: name.text,
                                           chain: chain, nameLine: name, authoritySpan: nil)
            return top + 1
        }
        return nil
    }

    // MARK: - Footnotes

    /// Footnote texts sit after a separator line (a long blank or "_____" line) at a page foot
    /// or at the end: "1 Kế hoạch số 24-KH/TU …". Markdown "[^1]: …" works too.
    mutating func parseFootnotes(bodyStart: Int) {
        let firstLine = bodyStart < content.count ? content[bodyStart] : lines.count
        var expected = 1
        var physical = firstLine
        while physical < lines.count {
            let candidate = lines[physical]
            let isSeparator = (candidate.isBlank && candidate.scalars.count >= 10)
                || (!candidate.isBlank && isRuleLine(candidate) && candidate.trimmed.count >= 5 && candidate.trimmed.allSatisfy { $0 == "_" || $0 == "-" })
            guard isSeparator else { physical += 1; continue }
            var next = physical + 1
            var open: (marker: String, line: Int, span: TextSpan, text: String)?
            while next < lines.count {
                let footLine = lines[next]
                if footLine.isBlank { next += 1; continue }
                if let (number, textStart) = footnoteStart(footLine), number == expected || (open == nil && number >= 1 && number <= expected + 20) {
                    if let open { appendFootnote(open) }
                    expected = number + 1
                    open = (String(number), next, TextSpan(line: next, columns: footLine.indentation..<footLine.trimmedEnd),
                            footLine.slice(footLine.columns(from: textStart)))
                    document.footnoteLines.insert(next)
                } else if var current = open, !current.text.hasSuffix("."), footLine.indentation == 0 {
                    current.text += " " + footLine.trimmed
                    current.span.endLine = next; current.span.endColumn = footLine.trimmedEnd
                    open = current
                    document.footnoteLines.insert(next)
                } else {
                    break
                }
                next += 1
            }
            if let open { appendFootnote(open) }
            physical = next
        }
        // Markdown footnote definitions.
        for index in lines.indices {
            // "[^" before building any String: this looks at every line of the document.
            let start = lines[index].indentation
            guard start + 1 < lines[index].scalars.count, lines[index].scalars[start] == "[", lines[index].scalars[start + 1] == "^" else { continue }
            let candidate = lines[index]
            let text = candidate.trimmed
            guard text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { continue }
            let marker = String(text[text.index(text.startIndex, offsetBy: 2)..<close])
            let body = text[text.index(close, offsetBy: 2)...].trimmingWhitespace
            document.footnotes.append(Footnote(line: index + 1, marker: marker, text: body,
                                               span: TextSpan(line: index, columns: candidate.indentation..<candidate.trimmedEnd)))
            document.footnoteLines.insert(index)
        }
    }

    private mutating func appendFootnote(_ open: (marker: String, line: Int, span: TextSpan, text: String)) {
        document.footnotes.append(Footnote(line: open.line + 1, marker: open.marker, text: open.text, span: open.span))
    }

    /// "1 Kế hoạch …" → (1, column of "Kế").
    func footnoteStart(_ line: SourceLine) -> (Int, Int)? {
        let start = line.indentation
        guard start <= 2 else { return nil }
        var end = start
        while end < line.scalars.count, Bytes.isDigit(line.folded[end]), end - start < 3 { end += 1 }
        guard end > start, end < line.scalars.count, line.scalars[end] == " ", end + 1 < line.scalars.count,
              line.scalars[end + 1].isAlphabeticFast, let number = Bytes.number(line.folded[start..<end]) else { return nil }
        return (number, end + 1)
    }

    static let superscripts: [Unicode.Scalar: Character] = ["¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0"]
    static let unitWords: Set<String> = ["m", "km", "cm", "mm", "ha", "co", "h", "m2", "m3"]

    /// Markers in the body: "Tỉnh ủy1," (a digit glued to a word), "¹", "[^1]".
    mutating func parseFootnoteMarkers() {
        let hasTexts = !document.footnotes.isEmpty
        for index in document.proseLines {
            let line = lines[index]
            let scalars = line.scalars
            var column = 0
            while column < scalars.count {
                let scalar = scalars[column]
                // Superscript digits are U+00B2, U+00B3, U+00B9 and U+2070–U+2079: test the range
                // before hashing every scalar of the text into the table.
                if scalar.value >= 0xB2, scalar.value <= 0xB9 || (scalar.value >= 0x2070 && scalar.value <= 0x2079), ParserState.superscripts[scalar] != nil {
                    var end = column
                    var marker = ""
                    while end < scalars.count, let digit = ParserState.superscripts[scalars[end]] { marker.append(digit); end += 1 }
                    addMarker(marker, index, column..<end)
                    column = end; continue
                }
                if scalar == "[", column + 2 < scalars.count, scalars[column + 1] == "^" {
                    var end = column + 2
                    while end < scalars.count, scalars[end] != "]", end - column < 12 { end += 1 }
                    if end < scalars.count, scalars[end] == "]", !(end + 1 < scalars.count && scalars[end + 1] == ":") {
                        addMarker(line.slice((column + 2)..<end), index, column..<(end + 1))
                        column = end + 1; continue
                    }
                }
                if hasTexts, Bytes.isDigit(line.folded[column]), scalar.value < 0x80, column > 0,
                   scalars[column - 1].isLowercaseFast {
                    var end = column
                    while end < scalars.count, Bytes.isDigit(line.folded[end]) { end += 1 }
                    var wordStart = column
                    while wordStart > 0, scalars[wordStart - 1].isAlphabeticFast { wordStart -= 1 }
                    let word = String(decoding: line.folded[wordStart..<column], as: UTF8.self)
                    let boundary = end == scalars.count || !(scalars[end].isAlphabeticFast || scalars[end] == "/" || scalars[end] == "-")
                    if end - column <= 2, boundary, !ParserState.unitWords.contains(word) {
                        addMarker(line.slice(column..<end), index, column..<end)
                    }
                    column = end; continue
                }
                column += 1
            }
        }
    }

    private mutating func addMarker(_ marker: String, _ line: Int, _ columns: Range<Int>) {
        document.footnoteMarkers.append(FootnoteMarker(line: line + 1, column: lines[line].originalColumn(columns.lowerBound),
                                                       marker: marker, span: TextSpan(line: line, columns: columns)))
    }

    // MARK: - Sections

    mutating func parseSections() {
        var flat: [(SectionMarker, Int)] = []
        bodyMarkers = Array(repeating: nil, count: lines.count)
        isBodyLine = Array(repeating: false, count: lines.count)
        for index in document.bodyLines {
            isBodyLine[index] = true
            if let marker = SectionMarker.detect(lines[index], fuzzy: fuzzy) { flat.append((marker, index)); bodyMarkers[index] = marker }
        }
        let lastBodyLine = document.bodyLines.last ?? 0
        // End of each section: the line before the next marker of the same or a higher level.
        var nodes: [Section] = []
        for (position, (marker, index)) in flat.enumerated() {
            var end = lastBodyLine
            for later in flat[(position + 1)...] where later.0.rank <= marker.rank {
                // bodyLines is sorted: binary search for the last body line before the next marker.
                var low = 0, high = document.bodyLines.count
                while low < high { let middle = (low + high) / 2; if document.bodyLines[middle] < later.1 { low = middle + 1 } else { high = middle } }
                end = low > 0 ? document.bodyLines[low - 1] : later.1 - 1
                break
            }
            let line = lines[index]
            let title = line.slice(line.columns(from: marker.textStart))
            nodes.append(Section(line: index + 1, marker: marker.text, style: marker.style, number: marker.number, title: title,
                                 children: [], endLine: end + 1, markerSpan: TextSpan(line: index, columns: marker.columns)))
        }
        // Build the tree with a stack of ranks.
        var roots: [Section] = []
        var stack: [(section: Section, rank: Int)] = []
        func attach(_ section: Section) {
            if stack.isEmpty { roots.append(section) } else { stack[stack.count - 1].section.children.append(section) }
        }
        func popOne() {
            let top = stack.removeLast().section
            attach(top)
        }
        for (position, node) in nodes.enumerated() {
            let rank = flat[position].0.rank
            while let top = stack.last, top.rank >= rank { _ = top; popOne() }
            stack.append((node, rank))
        }
        while !stack.isEmpty { popOne() }
        document.sections = roots
    }

    // MARK: - Kind and regime

    mutating func decideKindAndRegime() {
        if document.kind == .unknown {
            if document.subject != nil {
                document.kind = .congVan
            } else if let number = document.header.number {
                if number.style == .stateCongVan { document.kind = .congVan }
                else if let code = number.typeCode, let type = DocumentTypes.types(forCode: code, party: number.style == .party).first {
                    document.kind = type.kind
                }
            }
        }
        if document.kind == .unknown, document.kinhGui != nil { document.kind = .congVan }
        if document.kind == .unknown {
            // A report without a header says what it is in its opening or closing sentences.
            let probe = Array(document.bodyLines.prefix(8)) + Array(document.bodyLines.suffix(6))
            if probe.contains(where: { lines[$0].words.find(ParserPhrases.baoCaoKetQua, fuzzy: true) != nil || lines[$0].words.find(ParserPhrases.trenDayLaBaoCao, fuzzy: true) != nil }) {
                document.kind = .baoCao
            }
        }
        if let title = document.header.nationalTitle { document.regime = title.isParty ? .party : .state }
        else if let number = document.header.number { document.regime = number.style == .party ? .party : .state }
        else if let authority = document.signature?.authority { document.regime = authority.contains("/") ? .party : .state }
    }
}

/// Folded phrases the parser tests line by line, built once (building them per line showed in profiles).
enum ParserPhrases {
    static let kinhGui = phrase("kinh gui")
    static let hanhPhuc = phrase("hanh phuc")
    static let hanhPhu = phrase("hanh phu")
    static let docLap = phrase("doc lap")
    static let noiNhan = phrase("noi nhan")
    static let baoCaoKetQua = phrase("bao cao ket qua")
    static let trenDayLaBaoCao = phrase("tren day la bao cao")
}
