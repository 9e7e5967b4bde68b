/// Applies fix edits to the original text. Edits are in original positions; overlapping edits
/// are skipped (the first one wins) so that text is never corrupted.
public enum Fixer {
    public static func apply(_ edits: [TextEdit], to source: SourceText) -> String {
        var byLine: [Int: [TextEdit]] = [:]
        var taken: [TextEdit] = []
        for edit in edits.sorted(by: { $0.range.start < $1.range.start }) where edit.range.start.line == edit.range.end.line {
            if let last = taken.last, last.range.end.line == edit.range.start.line, last.range.end.column > edit.range.start.column { continue }
            taken.append(edit)
            byLine[edit.range.start.line, default: []].append(edit)
        }
        var out = source.hadByteOrderMark ? "\u{FEFF}" : ""
        for line in source.lines {
            var scalars = Array(line.original.unicodeScalars)
            for edit in (byLine[line.number] ?? []).reversed() {
                let lower = max(0, min(scalars.count, edit.range.start.column - 1))
                let upper = max(lower, min(scalars.count, edit.range.end.column - 1))
                scalars.replaceSubrange(lower..<upper, with: Array(edit.replacement.unicodeScalars))
            }
            out += String(String.UnicodeScalarView(scalars)) + line.terminator.rawValue
        }
        return out
    }
}
