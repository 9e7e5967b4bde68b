import DocLint

/// Small helpers shared by rules; they only read the parsed document.
extension Document {
    func range(_ span: TextSpan) -> SourceRange { source.range(of: span) }

    /// An empty range at `column` of `line` (0-based NFC indices), for insertions.
    func insertion(line: Int, column: Int) -> SourceRange {
        source.range(of: TextSpan(line: line, columns: column..<column))
    }

    /// The text of an item line after its leading dash, with where the dash was.
    func itemDash(_ item: LineText) -> (hasDash: Bool, textStart: Int) {
        let line = source.lines[item.span.startLine]
        var index = item.span.startColumn
        let scalars = line.scalars
        guard index < scalars.count else { return (false, index) }
        let first = scalars[index]
        guard first == "-" || first == "–" || first == "+" || first == "•" else { return (false, index) }
        index += 1
        while index < scalars.count, scalars[index].isWhitespaceFast { index += 1 }
        return (first == "-", index)
    }

    /// The span of an item's last scalar (its closing punctuation, if any).
    func lastScalarSpan(_ item: LineText) -> TextSpan {
        TextSpan(line: item.span.endLine, columns: max(0, item.span.endColumn - 1)..<item.span.endColumn)
    }

    /// The first line of a document's own header (for reporting missing header parts).
    var headerAnchor: TextSpan? {
        if let first = header.issuer.first { return first.span }
        if let title = header.nationalTitle { return title.span }
        if let number = header.number { return number.span }
        return nil
    }
}

extension String {
    /// Upper case as Vietnamese writes it: every letter is a capital.
    var isAllCaps: Bool {
        // One pass over the scalars, no array of the letters.
        var sawLetter = false
        for scalar in unicodeScalars where scalar.isAlphabeticFast {
            if scalar.isLowercaseFast { return false }
            sawLetter = true
        }
        return sawLetter
    }

}

/// Vietnamese text with the English beside it, for short inline messages.
func message(_ vi: String, _ en: String) -> Message { Message(vi: vi, en: en) }

extension Reference {
    /// The types the code's type group stands for (State, Party or normative form).
    var codedTypes: [DocumentType] {
        guard let code = typeCode else { return [] }
        switch style {
        case .party: return DocumentTypes.types(forCode: code, party: true)
        case .state, .normative:
            let modern = DocumentTypes.obsoleteStateCodes[code] ?? code
            return DocumentTypes.types(forCode: modern, party: false)
        default: return []
        }
    }
}

extension Document {
    /// The original-text position of a .docx paragraph's column (0-based scalar offset).
    func paragraphPosition(line: Int, column: Int) -> SourceRange {
        let start = SourcePosition(line: line + 1, column: column + 1)
        let length = source.lines.indices.contains(line) ? source.lines[line].originalScalarCount : column
        return SourceRange(start: start, end: SourcePosition(line: line + 1, column: max(column + 1, length + 1)))
    }

    /// Where a section's findings point: its first paragraph.
    func sectionRange(_ section: DocxLayout.PageSection) -> SourceRange {
        let line = min(section.firstLine, max(0, source.lines.count - 1))
        return SourceRange(start: SourcePosition(line: line + 1, column: 1), end: SourcePosition(line: line + 1, column: 2))
    }
}

/// Formats millimetres the Vietnamese way: "20", "19,5".
func millimetres(_ twips: Int) -> String {
    let value = (DocxLayout.millimetres(twips) * 10).rounded() / 10
    return value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
}
