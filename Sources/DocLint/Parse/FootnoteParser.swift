import Foundation

/// Footnote texts (at a page foot or at the end) and their markers in the body.
extension ParserState {
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
                } else if var current = open, !current.text.endsWith("."), footLine.indentation == 0 {
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
        // A footnote text copied mid-body at a page break, with no separator: a line opening with a
        // superscript number ("¹ Kế hoạch số …") or a bracketed one ("[2] Quyết định số …").
        for index in firstLine..<lines.count where !document.footnoteLines.contains(index) {
            let candidate = lines[index]
            guard let (marker, textStart) = ParserState.inlineFootnoteStart(candidate) else { continue }
            document.footnotes.append(Footnote(line: index + 1, marker: marker, text: candidate.slice(candidate.columns(from: textStart)),
                                               span: TextSpan(line: index, columns: candidate.indentation..<candidate.trimmedEnd)))
            document.footnoteLines.insert(index)
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

    /// "¹ Kế hoạch …" or "[1] Kế hoạch …" → ("1", column of "Kế"); the text must start with a capital.
    static func inlineFootnoteStart(_ line: SourceLine) -> (String, Int)? {
        let scalars = line.scalars
        var index = line.indentation
        guard index < scalars.count else { return nil }
        var marker = ""
        if scalars[index] == "[" {
            index += 1
            while index < scalars.count, let digit = scalars[index].properties.numericType != nil ? Character(scalars[index]) : nil, digit.isASCII, marker.count < 3 {
                marker.append(digit); index += 1
            }
            guard !marker.isEmpty, index < scalars.count, scalars[index] == "]" else { return nil }
            index += 1
        } else {
            while index < scalars.count, let digit = superscripts[scalars[index]] { marker.append(digit); index += 1 }
            guard !marker.isEmpty else { return nil }
        }
        guard index + 1 < scalars.count, scalars[index] == " ", scalars[index + 1].isUppercaseFast else { return nil }
        return (marker, index + 1)
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
                // "… báo cáo[1] và …": a bracketed number glued to the word before it.
                if hasTexts, scalar == "[", column > 0, !scalars[column - 1].isWhitespaceFast {
                    var end = column + 1
                    while end < scalars.count, Bytes.isDigit(line.folded[end]), end - column <= 3 { end += 1 }
                    if end > column + 1, end < scalars.count, scalars[end] == "]" {
                        addMarker(line.slice((column + 1)..<end), index, column..<(end + 1))
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
}
