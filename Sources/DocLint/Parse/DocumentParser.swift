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
    /// Header lines (0-based) taken by a part found in the joined header stream, to the first column
    /// it takes (`locateWrappedHeaderParts`).
    var headerClaims: [Int: Int] = [:]
    /// Content index where the header zone ends (`findHeaderZoneEnd`).
    var headerZoneEnd = 0
    /// The section marker of each body line, found once by `parseSections` for the task extractor.
    /// (Per line; `isBodyLine` says which entries were computed.)
    private(set) var bodyMarkers: [SectionMarker?] = []
    private(set) var isBodyLine: [Bool] = []

    init(source original: SourceText) {
        // OCR or stripped text is read, and checked, in its restored view (`OCRRestorer`): its lines
        // map every column back to the original, so findings still point into what the file holds.
        // (A scan Tesseract was unsure of is OCR text whatever it looks like: it puts marks on every
        // word, wrong ones included.)
        let condition = original.isOCRText ? .ocrDegraded : OCRAssessment.assess(original.lines.contains(where: \.isOversized)
                                             ? original.lines.map { $0.isOversized ? SourceLine.emptied($0) : $0 } : original.lines)
        var damaged = 0.0
        var source = original
        if condition == .ocrDegraded { (source, damaged) = OCRRestorer.restoreMeasured(original) }
        source = TableRows.flattenedHeader(source)
        self.source = source
        // An oversized line (a pasted blob, not a paragraph; reported by `oversized-line`) takes no
        // part in the structure: the parser sees it blank, so no step scans megabytes of it.
        let lines = source.lines.contains(where: \.isOversized)
            ? source.lines.map { $0.isOversized ? SourceLine.emptied($0) : $0 }
            : source.lines
        self.lines = lines
        document = Document(source: source)
        document.textCondition = condition
        document.isRestored = condition == .ocrDegraded
        // Restored text that reads as Vietnamese is matched exactly (one edit per word also turns
        // "Quy định" into "Quỹ"); a damaged scan, more than one word in fifty no syllable as read
        // ("thdng", "ctia"), keeps the fuzzy matching: its restoration is less sure.
        fuzzy = condition == .ocrDegraded && (damaged > 0.02 || OCRAssessment.assess(lines) == .ocrDegraded)
        content = lines.indices.filter { !lines[$0].isBlank && !ParserState.isCellSeparator(lines[$0]) }
        breakBefore = ParserState.paragraphBreaks(lines, content)
    }

    /// A line holding only "|" (a table cell border left by a web copy) carries nothing.
    static func isCellSeparator(_ line: SourceLine) -> Bool {
        guard line.scalars[line.indentation] == "|" else { return false }
        // (Also a Markdown table's rule under its first row: "|---|:---|".)
        return line.scalars[line.indentation..<line.trimmedEnd].allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0.isWhitespaceFast }
    }

    /// PDF-to-text output often puts an empty line after every line ("double spaced"); there a
    /// paragraph break is a whitespace-only line or two empty lines, elsewhere any blank line.
    static func paragraphBreaks(_ lines: [SourceLine], _ content: [Int]) -> [Bool] {
        var followedByEmpty = 0
        for index in content where index + 1 < lines.count && lines[index + 1].originalBytes.isEmpty { followedByEmpty += 1 }
        let doubleSpaced = content.count >= 6 && followedByEmpty * 10 >= content.count * 6
        var breaks = [Bool](copies: false, count: content.count)
        for k in 1..<max(1, content.count) {
            let gap = (content[k - 1] + 1)..<content[k]
            if gap.isEmpty { continue }
            if doubleSpaced {
                let whitespaceOnly = gap.contains { !lines[$0].originalBytes.isEmpty }
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
            // Header lines the walk could not place (a damaged Quốc hiệu after the Số) stand between
            // it and a title that closes the zone: the title is read all the same.
            if k < headerZoneEnd, headerZoneEnd < content.count, matchTitle(line(headerZoneEnd), signerAfter: true) != nil,
               !(k..<headerZoneEnd).contains(where: { isSubjectLine(line($0)) }) {
                k = headerZoneEnd
            }
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
        // A signer's name among the last lines ("Phó Chủ tịch" / "(Đã ký)" / "Trần Văn A") ends a
        // complete text even when its block was not recognised.
        if document.noiNhan == nil, document.signature == nil, let last = document.bodyLines.last, document.bodyLines.count >= 3,
           !content.suffix(3).contains(where: { looksLikeName(lines[$0]) }) {
            // Ends with "/." ("./." included), read on the scalars: no String per document.
            let line = lines[last]
            document.isTruncated = !(line.trimmedEnd >= 2 && line.scalars[line.trimmedEnd - 2] == "/" && line.scalars[line.trimmedEnd - 1] == ".")
        }
        if document.signature == nil, endsInsideDistribution() { document.isTruncated = true }
        document.tasks = TaskExtractor(state: self).extract()
        document.bodyDeadlines = deadlinesOutsideTasks()
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

    /// Time limits in paragraphs no task covers, line by line; only lines holding a deadline's lead
    /// are parsed (most hold none), and only dated ones after the document's date are kept.
    func deadlinesOutsideTasks() -> [Deadline] {
        guard let issueDate = document.issueDate else { return [] }
        var covered = LineSet([], lineCount: lines.count)
        for task in document.tasks { for index in (task.line - 1)...(task.endLine - 1) { covered.insert(index) } }
        var found: [Deadline] = []
        for index in document.bodyLines where !covered.contains(index) {
            let folded = lines[index].folded
            guard TaskPhrases.dayLeads.contains(where: { folded.containsBytes($0) }) else { continue }
            var stream = TextStream(lines: lines, indices: [])
            stream.append(lines[index], index: index)
            found += DeadlineParser.parse(stream, issueDate: issueDate, documentYear: document.header.placeDate?.year, fuzzy: fuzzy).filter {
                $0.kind == .byDate && ($0.writtenDate?.civil).map { $0 >= issueDate } == true
            }
        }
        return found
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
        // The ornament typed under a title or Tiêu ngữ ("---o0o---", "——oOo——", one per column)
        // counts as a rule: runs of at most three "o", "O", "0" between the marks.
        var ornament = 0, run = 0
        for mark in marks {
            if mark == "o" || mark == "O" || mark == "0" {
                run += 1; ornament += 1
                if run > 3 { return false }
            } else if ParserState.isRuleMark(mark) || mark == "*" || mark == "=" || mark == " " {
                run = 0
            } else {
                return false
            }
        }
        return marks.count >= 3 && marks.count - ornament >= 2
    }

    // MARK: - Sections

    mutating func parseSections() {
        var flat: [(SectionMarker, Int)] = []
        bodyMarkers = Array(copies: nil, count: lines.count)
        isBodyLine = Array(copies: false, count: lines.count)
        var unitWordBefore: SectionMarker.LabelledUnit?
        for (position, index) in document.bodyLines.enumerated() {
            isBodyLine[index] = true
            // Web copies wrap headings after their first token: "Điều" alone on a line with "1. Phạm vi …"
            // on the next is Điều 1, not a list item "1."; "1." alone with "Mục tiêu:" on the next is item 1.
            let detected = SectionMarker.detect(lines[index], fuzzy: fuzzy)
                ?? (position + 1 < document.bodyLines.count ? SectionMarker.loneNumber(lines[index], before: lines[document.bodyLines[position + 1]]) : nil)
            if var marker = detected {
                if let unit = unitWordBefore, let joined = marker.labelled(as: unit) { marker = joined }
                flat.append((marker, index)); bodyMarkers[index] = marker
            }
            unitWordBefore = SectionMarker.loneUnitWord(lines[index])
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
