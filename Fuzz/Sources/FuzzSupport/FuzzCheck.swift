import DocLint

/// Checks the fuzz targets share.
public enum FuzzCheck {
    /// Locations are 1-based and inside the original text (a column may sit one past the line's end).
    public static func inside(_ diagnostic: Diagnostic, _ source: SourceText) {
        for position in [diagnostic.range.start, diagnostic.range.end] {
            guard position.line >= 1, position.line <= max(1, source.lines.count) else { fatalError("line \(position.line) outside 1…\(source.lines.count) [\(diagnostic.ruleID)]") }
            let length = source.lines.isEmpty ? 0 : source.lines[position.line - 1].originalScalarCount
            guard position.column >= 1, position.column <= length + 1 else { fatalError("column \(position.column) outside 1…\(length + 1) on line \(position.line) [\(diagnostic.ruleID)]") }
        }
        guard diagnostic.range.start <= diagnostic.range.end else { fatalError("range ends before it starts [\(diagnostic.ruleID)]") }
    }
}
