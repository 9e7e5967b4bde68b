import Foundation

/// The end of a document: Nơi nhận and the signature block, which web copies interleave.
extension ParserState {
    // MARK: - Closing: Nơi nhận and signature

    static let authorityPrefixes = ["TUQ.", "TM.", "KT.", "TL.", "Q.", "T/M", "K/T", "T/L", "TM/", "KT/", "TL/", "TM ", "KT ", "TL "]

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

    /// Whether the text stops inside Nơi nhận: its last line is a recipient cut off mid-word ("- Cổng
    /// thông tin điện t"), not the "Lưu" line, and no punctuation closes it. A web copy cut there has
    /// lost its Lưu line and signature with it; a complete list ends with "- Lưu: VT, …." or at least
    /// with an item's ";" or ".".
    func endsInsideDistribution() -> Bool {
        guard let lastItem = document.distribution.last, let lastLine = content.last,
              (lastItem.span.startLine...lastItem.span.endLine).contains(lastLine) else { return false }
        let line = lines[lastLine]
        guard line.trimmedEnd > 0, line.scalars[line.trimmedEnd - 1].isAlphabeticFast else { return false }
        var start = line.indentation
        while start < line.trimmedEnd, line.scalars[start] == "-" || line.scalars[start] == "+" || line.scalars[start].isWhitespaceFast { start += 1 }
        return !line.folded[start...].starts(with: [0x6C, 0x75, 0x75])  // "luu"
    }

    /// Whether the line's text from `start` (its indentation by default) is a person's name.
    func looksLikeName(_ line: SourceLine, from start: Int? = nil) -> Bool {
        let start = start ?? line.indentation
        // A name is a few words; do not split a long line to find out.
        guard line.trimmedEnd - start <= 60 else { return false }
        // On the scalars, not on a trimmed String split into Characters: it is asked of every line
        // near the signature and showed in profiles. Words are separated by spaces only; a word is
        // a capital followed by lower-case letters or dots ("Nguyễn Văn A.", "Trần T. Bình").
        let scalars = line.scalars
        var words = 0
        var index = start
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
            } else if ParserState.dashStart(candidate) == nil, authorityPrefix(candidate, at: ParserState.cellStart(candidate)) != nil {
                authorityK = k; authorityColumn = ParserState.cellStart(candidate); break
            }
        }
        if let noiNhanK { parseDistribution(noiNhanK) }
        parseSignature(authorityK: authorityK, authorityColumn: authorityColumn, noiNhanK: noiNhanK)
        let starts = [noiNhanK, authorityK].compactMap { $0 }
        guard var closing = starts.min() else {
            // No Nơi nhận and no authority line: a block of a caps title and a name at the end.
            return signatureWithoutAuthority(bodyStart: bodyStart, end: content.count)
        }
        // Minutes (Phụ lục III, Mẫu 1.9): the secretary's and the chair's signatures, with no
        // authority line, stand above the Nơi nhận.
        if authorityK == nil, let noiNhanK, let top = signatureWithoutAuthority(bodyStart: bodyStart, end: noiNhanK) { closing = min(closing, top) }
        // A position line printed before the Nơi nhận belongs to the closing too.
        while closing - 1 > bodyStart, line(closing - 1).isUpperCase, SectionMarker.detect(line(closing - 1), fuzzy: fuzzy) == nil { closing -= 1 }
        return closing
    }

    /// Where the text of a line starts after a table cell border left by a web copy ("| TM. ỦY BAN …").
    static func cellStart(_ line: SourceLine) -> Int {
        var start = line.indentation
        guard start < line.trimmedEnd, line.scalars[start] == "|" else { return start }
        start += 1
        while start < line.trimmedEnd, line.scalars[start].isWhitespaceFast { start += 1 }
        return start
    }

    /// Where a run of four or more blanks starts inside the text from `start`: the gap between two
    /// columns of a table flattened onto one line.
    static func columnGap(_ line: SourceLine, from start: Int) -> Int? {
        var index = start
        while index < line.trimmedEnd {
            if line.scalars[index].isWhitespaceFast {
                var end = index
                while end < line.trimmedEnd, line.scalars[end].isWhitespaceFast { end += 1 }
                if end - index >= 4 || line.scalars[index] == "\t" { return index }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    mutating func parseDistribution(_ noiNhanK: Int) {
        let index = content[noiNhanK]
        let noiNhan = line(noiNhanK)
        var labelEnd = noiNhan.trimmedEnd
        if let colon = noiNhan.scalars.firstIndex(of: ":") { labelEnd = colon + 1 }
        else if let nhan = noiNhan.words.ranges.dropFirst().first { labelEnd = nhan.upperBound }
        document.noiNhan = LineText(span: TextSpan(line: index, columns: noiNhan.indentation..<labelEnd), text: noiNhan.slice(noiNhan.indentation..<labelEnd))
        // "Nơi nhận:- Như trên;": the first item shares the label's line.
        var itemStart = labelEnd
        while itemStart < noiNhan.trimmedEnd, noiNhan.scalars[itemStart].isWhitespaceFast { itemStart += 1 }
        if itemStart < noiNhan.trimmedEnd, noiNhan.folded[itemStart] == 0x2D || noiNhan.folded[itemStart] == 0x2B {
            var textStart = itemStart + 1
            while textStart < noiNhan.trimmedEnd, noiNhan.scalars[textStart].isWhitespaceFast { textStart += 1 }
            let end = ParserState.columnGap(noiNhan, from: textStart) ?? noiNhan.trimmedEnd
            if textStart < end {
                document.distribution.append(LineText(span: TextSpan(line: index, columns: itemStart..<end), text: noiNhan.slice(textStart..<end)))
            }
        }
        var k = noiNhanK + 1
        while k < content.count {
            let candidate = line(k)
            if let textStart = ParserState.dashStart(candidate) {
                // The signature column flattened onto the item's line ("- Lưu: VT, NS.      Trần Văn A").
                let end = ParserState.columnGap(candidate, from: textStart) ?? candidate.trimmedEnd
                document.distribution.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<end),
                                                      text: candidate.slice(min(textStart, end)..<end)))
            } else if let last = document.distribution.last, !last.text.endsWith(";"), !last.text.endsWith("."),
                      !candidate.isUpperCase || (last.text.endsWith(",") && [";", "."].contains(candidate.trimmed.last)),
                      !looksLikeName(candidate), authorityPrefix(candidate, at: candidate.indentation) == nil {
                // An item broken after a comma continues even when the rest is in capitals ("…, PVHCC,\nCN&CTTĐT;").
                var span = last.span
                span.endLine = content[k]; span.endColumn = candidate.trimmedEnd
                document.distribution[document.distribution.count - 1] = LineText(span: span, text: last.text + " " + candidate.trimmed)
            } else if !document.distribution.isEmpty, candidate.trimmedEnd > candidate.indentation, candidate.scalars[candidate.trimmedEnd - 1] == ";",
                      !candidate.isUpperCase, !looksLikeName(candidate) {
                // A recipient without its dash after a finished item ("- VPCP: BTCN;" / "Vụ TH; Cổng
                // TTĐT;"): an item of the list (noi-nhan-format reports the dash), which goes on
                // down to its Lưu line.
                let end = ParserState.columnGap(candidate, from: candidate.indentation) ?? candidate.trimmedEnd
                document.distribution.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<end),
                                                      text: candidate.slice(candidate.indentation..<end)))
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
            if let position = positionBesideNoiNhan(noiNhanK) { chain.append(position) }
            k = noiNhanK + 1
        } else {
            return
        }
        while k < content.count {
            let candidate = line(k)
            if let textStart = ParserState.dashStart(candidate) {
                // The name flattened beside a Nơi nhận item ("- Như trên;          Trần Văn A").
                if !chain.isEmpty, let gap = ParserState.columnGap(candidate, from: textStart) {
                    var nameStart = gap
                    while nameStart < candidate.trimmedEnd, candidate.scalars[nameStart].isWhitespaceFast { nameStart += 1 }
                    if looksLikeName(candidate, from: nameStart) {
                        name = LineText(span: TextSpan(line: content[k], columns: nameStart..<candidate.trimmedEnd), text: candidate.slice(nameStart..<candidate.trimmedEnd))
                        break
                    }
                }
                k += 1; continue
            }
            if candidate.starts(with: ParserPhrases.noiNhan, fuzzy: fuzzy) { k += 1; continue }
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

    /// "(Đã ký)", "(đã ký và đóng dấu)": what a published copy prints where the signature was.
    func isSignedMark(_ line: SourceLine) -> Bool {
        // The first column of two ("(Ký, ghi rõ họ tên)      (Ký, ghi rõ họ tên)" under two signers).
        let end = ParserState.columnGap(line, from: line.indentation) ?? line.trimmedEnd
        let folded = Array(line.folded[line.indentation..<end])
        return folded.count <= 30 && folded.first == 0x28 && folded.last == 0x29 && folded.containsBytes(Array("ky".utf8))
    }

    /// Heads' and deputies' titles that sign documents, folded; a line that is one of them in any
    /// case ("Phó Chủ tịch", "Giám đốc") is the position of a signature block.
    static let signingTitles: Set<String> = ["chu tich", "giam doc", "truong ban", "bo truong", "thu truong", "thu tuong",
                                             "chanh van phong", "bi thu", "tong cuc truong", "cuc truong", "vu truong",
                                             "truong phong", "chu nhiem", "hieu truong", "to truong", "to pho", "tong giam doc",
                                             "chanh an", "vien truong", "tong thu ky", "truong doan"]
    func isPositionTitle(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd - line.indentation <= 40 else { return false }
        var title = String(decoding: line.folded[line.indentation..<line.trimmedEnd].filter { $0 != VietnameseFold.ignorable }, as: UTF8.self).collapsingSpaces
        if title.hasPrefix("pho ") { title.removeFirst(4) }
        return ParserState.signingTitles.contains(title)
    }

    /// A signing title flattened onto the Nơi nhận line with no authority prefix, as the head of
    /// the issuing body signs ("Nơi nhận:          CHÁNH VĂN PHÒNG"). In OCR text the stamp or the
    /// column's edge may have eaten the title's start ("Nơi nhận: . NH VĂN PHÒNG"): there the end of
    /// a title, two whole words or more after the cut, is taken for it.
    func positionBesideNoiNhan(_ k: Int) -> LineText? {
        let candidate = line(k)
        let end = candidate.trimmedEnd
        guard let colon = candidate.scalars[candidate.indentation..<end].firstIndex(of: ":") else { return nil }
        var start = colon + 1
        while start < end, candidate.scalars[start].isWhitespaceFast || candidate.scalars[start] == "." || candidate.scalars[start] == "," { start += 1 }
        guard start < end, end - start <= 40 else { return nil }
        var upper = 0, lower = 0
        for scalar in candidate.scalars[start..<end] where scalar.isAlphabeticFast {
            if scalar.isUppercaseFast { upper += 1 } else if scalar.isLowercaseFast { lower += 1 }
        }
        guard upper >= 4, lower == 0 else { return nil }
        let title = String(decoding: candidate.folded[start..<end].filter { $0 != VietnameseFold.ignorable }, as: UTF8.self).collapsingSpaces
        let bare = title.hasPrefix("pho ") ? String(title.dropFirst(4)) : title
        let isTitle = ParserState.signingTitles.contains(bare)
            || (document.textCondition == .ocrDegraded && title.split(separator: " ").count >= 3 && ParserState.signingTitles.contains { $0.hasSuffix(title) || ("pho " + $0).hasSuffix(title) })
        guard isTitle else { return nil }
        return LineText(span: TextSpan(line: content[k], columns: start..<end), text: candidate.slice(start..<end))
    }

    /// A signature block without an authority line in the lines before content index `end`.
    mutating func signatureWithoutAuthority(bodyStart: Int, end: Int) -> Int? {
        // "CHỦ TỊCH" then a name in the last lines.
        let tail = max(bodyStart, end - 8)
        for k in stride(from: end - 1, through: tail, by: -1) where looksLikeName(line(k)) {
            // Web copies put the signed mark between the position and the name ("(Đã ký)").
            var positionEnd = k
            if positionEnd - 1 >= tail, isSignedMark(line(positionEnd - 1)) { positionEnd -= 1 }
            var top = positionEnd - 1
            while top >= tail, line(top).isUpperCase, SectionMarker.detect(line(top), fuzzy: fuzzy) == nil { top -= 1 }
            // A web copy may also print the position in ordinary case ("Phó Chủ tịch").
            if top == positionEnd - 1, top >= tail, isPositionTitle(line(top)) { top -= 1 }
            guard top < positionEnd - 1 else { return nil }
            let chain = ((top + 1)..<positionEnd).map { LineText(span: TextSpan(line: content[$0], columns: line($0).indentation..<line($0).trimmedEnd), text: line($0).trimmed) }
            let name = LineText(span: TextSpan(line: content[k], columns: line(k).indentation..<line(k).trimmedEnd), text: line(k).trimmed)
            document.signature = Signature(line: chain[0].line, authority: nil, onBehalfOf: nil, position: chain.last?.text, name: name.text,
                                           chain: chain, nameLine: name, authoritySpan: nil)
            return top + 1
        }
        return nil
    }
}
