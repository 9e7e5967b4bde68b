/// Header tables written as Markdown or pasted from a table ("| ỦY BAN NHÂN DÂN | CỘNG HÒA … |",
/// "| Số: 12/UBND-VX | Hà Nội, ngày … |"): the parser reads two header columns on one line by the
/// gap between them, so a row's borders become tabs. Same number of scalars, so every column
/// still maps to the original.
enum TableRows {
    /// How far into the text a header table may reach (content lines).
    static let headerLines = 12

    static func flattenedHeader(_ source: SourceText) -> SourceText {
        var seen = 0
        var lines = source.lines
        var changed = false
        for (index, line) in source.lines.enumerated() where !line.isBlank {
            seen += 1
            if seen > headerLines { break }
            guard isRow(line) else { continue }
            lines[index] = SourceLine(restoring: line, scalars: line.scalars.map { $0 == "|" ? "\t" : $0 }, map: nil, isRestoredView: line.isRestoredView)
            changed = true
        }
        return changed ? source.withLines(lines) : source
    }

    /// A line that opens and closes with "|" and holds text between.
    static func isRow(_ line: SourceLine) -> Bool {
        let start = line.indentation, end = line.trimmedEnd
        guard end - start >= 3, line.scalars[start] == "|", line.scalars[end - 1] == "|" else { return false }
        return line.scalars[start..<end].contains { $0.isAlphabeticFast }
    }
}
