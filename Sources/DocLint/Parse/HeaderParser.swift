import Foundation

/// The header block (format-rules §1.1–1.5): issuer, Quốc hiệu and Tiêu ngữ, Số, place and date.
extension ParserState {
    // MARK: - Header

    static let nationalTitle = phrase("cong hoa xa hoi chu nghia viet nam")
    static let partyTitle = phrase("dang cong san viet nam")
    /// The Đoàn (HD of the Youth Union, modelled on the Party's) heads its documents with its own name.
    static let youthUnionTitles = [phrase("doan tncs ho chi minh"), phrase("doan thanh nien cong san ho chi minh")]
    /// What stands top right: the Quốc hiệu (State) or the Party's (and the Đoàn's) title.
    static let headerTitles: [([[UInt8]], Bool)] = [(nationalTitle, false), (partyTitle, true)] + youthUnionTitles.map { ($0, true) }

    static let titleEndNam = Array("nam".utf8), titleEndMinh = Array("minh".utf8)

    /// Every title ends with "… Nam" or "… Minh": a byte search spares splitting most lines into words
    /// (OCR text may have garbled the ending, so it is searched in full).
    func mayHoldHeaderTitle(_ line: SourceLine) -> Bool {
        fuzzy || line.folded.containsBytes(ParserState.titleEndNam) || line.folded.containsBytes(ParserState.titleEndMinh)
    }

    /// Whether a line holds one of the header titles.
    func holdsHeaderTitle(_ line: SourceLine) -> Bool {
        guard mayHoldHeaderTitle(line) else { return false }
        let words = line.words
        return ParserState.headerTitles.contains { words.find($0.0, fuzzy: fuzzy) != nil }
    }

    mutating func parseHeader() -> Int {
        locateWrappedHeaderParts(zoneEnd: findHeaderZoneEnd())
        // Whether the walk has passed the Số or the place-and-date: below them, a line in capitals is
        // no longer the issuer.
        var pastNumberOrDate = false
        // "Số:" alone on its line with its code further down, after the other column's lines (a
        // draft's header table flattened cell by cell: "Số:" / "CỘNG HÒA …" / "/TTr-VPCP"): the label's colon.
        var labelAwaitingCode: Bool?
        var k = 0
        while k < content.count && k < 30 {
            let index = content[k]
            let line = lines[index]
            // A date set far to the right is the right column's: the left one (the issuer) may go on below it.
            if let placeDate = document.header.placeDate, index >= placeDate.span.startLine,
               lines[placeDate.span.startLine].indentation < 20 { pastNumberOrDate = true }
            // Header lines are short; an oversized line is body (or garbage), never header.
            if line.isOversized { break }
            if isSubjectLine(line), deferredSubject == nil, document.header.nationalTitle == nil,
               let end = subjectBeforeNationalTitle(k) {
                deferredSubject = k
                k = end
                continue
            }
            // Inside the zone (past its first line) neither a title nor a body start stands: the zone
            // ended before the first one, so only the V/v is asked again.
            let knownHeader = k > 0 && k < headerZoneEnd
            if isSubjectLine(line) || (!knownHeader && (matchTitle(line, signerAfter: true) != nil || isBodyStart(line))) { break }
            var consumed = false
            var issuerEnd = line.trimmedEnd
            if let claimed = headerClaims[index] {
                consumed = true
                issuerEnd = claimed
            }
            if document.header.nationalTitle == nil, mayHoldHeaderTitle(line) {
                let words = line.words
                for (title, isParty) in ParserState.headerTitles {
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
            if document.header.motto == nil, let (start, end) = findMotto(line) {
                document.header.motto = Motto(line: index + 1, text: line.slice(start..<end), span: TextSpan(line: index, columns: start..<end))
                issuerEnd = min(issuerEnd, start)
                consumed = true
            }
            if document.header.number == nil, labelAwaitingCode == nil, isNumberLabelAlone(line), parseWrappedNumber(k) == nil {
                labelAwaitingCode = line.ends(with: ":")
                issuerEnd = min(issuerEnd, line.indentation)
                consumed = true
            } else if document.header.number == nil, let number = parseNumber(line, index: index) ?? parseWrappedNumber(k)
                ?? numberBeforeNationalTitle(line, index: index) ?? codeAfterItsLabel(line, index: index, hasColon: labelAwaitingCode) {
                document.header.number = number
                pastNumberOrDate = true
                // (Mid-line when the whole header is one line: the issuer stands before its "Số".)
                issuerEnd = min(issuerEnd, number.span.startLine == index ? number.span.startColumn : line.indentation)
                consumed = true
                // The code's own line, when "Số:" stood alone.
                if number.span.startLine != index { k += 1 }
            }
            if !consumed {
                let text = line.trimmed
                // (A lone "-" or "__" is what a copy kept of a rule or of an empty cell.)
                if text == "*" || isRuleLine(line)
                    || (text.unicodeScalars.count <= 2 && text.unicodeScalars.allSatisfy(ParserState.isRuleMark)) {
                    consumed = true
                } else if line.isUpperCase && !pastNumberOrDate {
                    consumed = true
                } else {
                    break
                }
            }
            // The issuing body stands on the left of the merged line ("UỶ BAN NHÂN DÂN  CỘNG HOÀ …").
            if !pastNumberOrDate || issuerEnd > line.indentation {
                let start = line.indentation
                var end = issuerEnd
                // (Blanks, and the rule drawn under the name when the whole header is one line.)
                while end > start, line.scalars[end - 1].isWhitespaceFast || ParserState.isRuleMark(line.scalars[end - 1]) { end -= 1 }
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
    /// (Up to the end of "phúc": what follows on the line — a cell border, a flattened title — is not
    /// part of it.)
    func findMotto(_ line: SourceLine) -> (start: Int, end: Int)? {
        let words = line.words
        guard let hanh = words.find(ParserPhrases.hanhPhuc, fuzzy: true) ?? words.find(ParserPhrases.hanhPhu, fuzzy: false),
              hanh >= 2 else { return nil }
        let end = words.ranges[hanh + 1].upperBound
        if let doc = words.find(ParserPhrases.docLap, fuzzy: fuzzy), doc < hanh { return (words.ranges[doc].lowerBound, end) }
        // Two words before "tu do", two before that: "Déc 1ap - Tw do - Hanh phuc".
        guard hanh >= 4 else { return nil }
        let tu = hanh - 2
        let gapBefore = line.folded[words.ranges[tu - 1].upperBound..<words.ranges[tu].lowerBound]
        guard gapBefore.contains(0x2D) else { return nil }
        return (words.ranges[tu - 2].lowerBound, end)
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
        return parseCode(line, index: index, from: i, hasColon: hasColon)
    }

    /// The whole header on one line, its cells joined ("ỦY BAN NHÂN DÂN TỈNH X ----- Số: 52/2018/QĐ-UBND |
    /// CỘNG HÒA …"): the Số of the left cell, before the Quốc hiệu on the same line.
    func numberBeforeNationalTitle(_ line: SourceLine, index: Int) -> DocumentNumber? {
        guard let title = document.header.nationalTitle, title.span.startLine == index else { return nil }
        // Most lines that hold the Quốc hiệu hold no "Số" before it: a byte scan says so first.
        let folded = line.folded
        var mayHold = false
        var column = line.indentation + 1
        while column + 1 < title.span.startColumn {
            if folded[column] == 0x73, folded[column + 1] == 0x6F, folded[column - 1] == 0x20 { mayHold = true; break }
            column += 1
        }
        guard mayHold else { return nil }
        let words = line.words
        var at = 0
        while at + 1 < words.count, words.ranges[at + 1].lowerBound < title.span.startColumn {
            let range = words.ranges[at]
            if range.lowerBound > line.indentation, ReferenceScanner.soWords.contains(words.string(at)), line.scalars[range.lowerBound].isUppercaseFast {
                var i = range.upperBound
                var hasColon = false
                if i < line.scalars.count, line.scalars[i] == ":" { hasColon = true; i += 1 }
                while i < line.scalars.count, line.scalars[i] == " " || line.scalars[i] == "\t" { i += 1 }
                if i < line.scalars.count, Bytes.isDigit(line.folded[i]), let number = parseCode(line, index: index, from: i, hasColon: hasColon, labelStart: range.lowerBound) {
                    return number
                }
            }
            at += 1
        }
        return nil
    }

    /// The marks a rule under a header part is drawn with.
    static func isRuleMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "_" || scalar == "–" || scalar == "—" }

    /// The end of the Số label when it is the line's only word ("Số:", "Số", OCR "S6:"), else nil.
    func numberLabelAlone(_ line: SourceLine) -> Int? {
        let words = FoldedWords(line.folded, limit: 2)
        guard words.count == 1, words.ranges[0].lowerBound == line.indentation, ReferenceScanner.soWords.contains(words.string(0)) else { return nil }
        return words.ranges[0].upperBound
    }

    /// Whether the line is the Số label and at most its colon.
    func isNumberLabelAlone(_ line: SourceLine) -> Bool {
        numberLabelAlone(line).map { line.trimmedEnd - $0 <= 1 } ?? false
    }

    /// The code on its own line ("/TTr-VPCP" of a draft, "12/UBND-VP"), below a "Số:" that stood alone.
    func codeAfterItsLabel(_ line: SourceLine, index: Int, hasColon: Bool?) -> DocumentNumber? {
        guard let hasColon, line.indentation < line.trimmedEnd,
              line.scalars[line.indentation] == "/" || Bytes.isDigit(line.folded[line.indentation]) else { return nil }
        return parseCode(line, index: index, from: line.indentation, hasColon: hasColon)
    }

    /// "Số:" alone on its line, the code on the next one (a table cell wrapped by a web copy).
    func parseWrappedNumber(_ k: Int) -> DocumentNumber? {
        let label = line(k)
        guard numberLabelAlone(label) != nil, k + 1 < content.count else { return nil }
        let next = line(k + 1)
        guard next.indentation < next.folded.count, Bytes.isDigit(next.folded[next.indentation]) else { return nil }
        return parseCode(next, index: content[k + 1], from: next.indentation, hasColon: label.ends(with: ":"))
    }

    /// The code from column `start` on: number, blanks of a draft, "/" or "-", the symbol's groups.
    func parseCode(_ line: SourceLine, index: Int, from start: Int, hasColon: Bool, labelStart: Int? = nil) -> DocumentNumber? {
        let scalars = line.scalars
        let folded = line.folded
        var i = start
        var spaces: [TextSpan] = []
        var numberRange: Range<Int>?
        let numberStart = i
        while i < scalars.count, Bytes.isDigit(folded[i]) { i += 1 }
        if i > numberStart { numberRange = numberStart..<i }
        // "1234b/UBND-VP": a letter glued to the number (so-ky-hieu reports it).
        var letterSuffix: TextSpan?
        if numberRange != nil, i + 1 < scalars.count, scalars[i].isLowercaseFast, folded[i + 1] == 0x2F || folded[i + 1] == 0x2D {
            letterSuffix = TextSpan(line: index, columns: i..<(i + 1))
            i += 1
        }
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
        // Lower-case groups are read too ("1765/ubnd-KT"): so-ky-hieu reports their case.
        func group(_ start: Int) -> Int? {
            guard start < scalars.count, scalars[start].isAlphabeticFast else { return nil }
            var end = start
            while end < scalars.count, scalars[end].isAlphabeticFast || Bytes.isDigit(folded[end]) || scalars[end] == "&" { end += 1 }
            return end
        }
        // A normative number carries its year: "Số: 06/2024/QĐ-UBND".
        var year: Range<Int>?
        if separator == 0x2F, i + 4 < scalars.count, (i..<(i + 4)).allSatisfy({ Bytes.isDigit(folded[$0]) }), folded[i + 4] == 0x2F {
            year = i..<(i + 4)
            i += 5
        }
        let symbolStart = i
        var groups: [Range<Int>] = []
        if separator == 0x2F {
            guard let end = group(i) else { return nil }
            groups.append(i..<end); i = end
            while i + 1 < scalars.count, folded[i] == 0x2D, let end = group(i + 1) { groups.append((i + 1)..<end); i = end }
        } else {
            guard let typeEnd = group(i), typeEnd < scalars.count, folded[typeEnd] == 0x2F, var end = group(typeEnd + 1) else { return nil }
            // The issuing body may name its unit too: "225-KH/TWĐTN-CTTN".
            while end + 1 < scalars.count, folded[end] == 0x2D, let unitEnd = group(end + 1) { end = unitEnd }
            groups = [i..<typeEnd, (typeEnd + 1)..<end]; i = end
        }
        let texts = groups.map { line.slice($0) }
        let style: CodeStyle
        let typeCode: String?
        if separator == 0x2D {
            style = .party; typeCode = texts[0]
        } else if year != nil, texts.count >= 2 {
            style = .normative; typeCode = texts[0]
        } else if texts.count >= 2, DocumentTypes.stateCodes.contains(texts[0]) || DocumentTypes.obsoleteStateCodes[texts[0]] != nil || texts[0] == "CV" {
            style = .state; typeCode = texts[0]
        } else {
            style = .stateCongVan; typeCode = nil
        }
        let spanStart = labelStart ?? line.indentation
        return DocumentNumber(line: index + 1, raw: line.slice(spanStart..<i), number: numberRange.map { line.slice($0) },
                              symbol: line.slice(symbolStart..<i), typeCode: typeCode, style: style, hasColon: hasColon,
                              span: TextSpan(line: index, columns: spanStart..<i),
                              numberSpan: numberRange.map { TextSpan(line: index, columns: $0) },
                              symbolSpan: TextSpan(line: index, columns: symbolStart..<i), spacesInside: spaces, letterSuffix: letterSuffix)
    }

}
