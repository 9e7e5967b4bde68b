import Foundation

/// Applies fix edits to the original text. Edits are in original positions. Overlapping edits are
/// skipped (the first one wins, the next pass of `--fix` takes the rest), so text is never
/// corrupted. Besides edits inside one line, an edit may delete whole lines: from column 1 of line
/// L to column 1 of line M with an empty replacement. Bytes outside the edits are copied unchanged:
/// each line's original text and its own terminator, and the byte order mark.
public enum Fixer {
    /// One line of the fixed text and the line of the input it came from (1-based).
    public struct FixedLine: Sendable, Equatable {
        public let origin: Int
        public let text: String
        public let terminator: LineTerminator
    }

    public static func apply(_ edits: [TextEdit], to source: SourceText) -> String {
        render(applyLines(edits, to: source), byteOrderMark: source.hadByteOrderMark)
    }

    public static func render(_ lines: [FixedLine], byteOrderMark: Bool) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for line in lines { out += line.text + line.terminator.rawValue }
        return out
    }

    static func isLineDeletion(_ edit: TextEdit) -> Bool {
        edit.replacement.isEmpty && edit.range.start.column == 1 && edit.range.end.column == 1 && edit.range.end.line > edit.range.start.line
    }

    public static func applyLines(_ edits: [TextEdit], to source: SourceText) -> [FixedLine] {
        var byLine: [Int: [TextEdit]] = [:]
        var deleted = Set<Int>()
        var lastEnd = SourcePosition(line: 0, column: 0)
        var lastInsertion: SourcePosition?
        for edit in edits.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
            let sameLine = edit.range.start.line == edit.range.end.line
            guard sameLine || isLineDeletion(edit) else { continue }
            // Skip an edit that starts inside the previous one, and a second insertion at one point
            // (their order would be a guess).
            let isInsertion = edit.range.start == edit.range.end
            if edit.range.start < lastEnd || (isInsertion && lastInsertion == edit.range.start) { continue }
            if sameLine, deleted.contains(edit.range.start.line) { continue }
            lastEnd = edit.range.end
            lastInsertion = isInsertion ? edit.range.start : nil
            if sameLine {
                byLine[edit.range.start.line, default: []].append(edit)
            } else {
                for line in edit.range.start.line..<edit.range.end.line { deleted.insert(line) }
            }
        }
        var out: [FixedLine] = []
        out.reserveCapacity(source.lines.count)
        for line in source.lines where !deleted.contains(line.number) {
            guard let lineEdits = byLine[line.number] else {
                out.append(FixedLine(origin: line.number, text: line.original, terminator: line.terminator)); continue
            }
            var scalars = Array(line.original.unicodeScalars)
            for edit in lineEdits.reversed() {
                let lower = max(0, min(scalars.count, edit.range.start.column - 1))
                let upper = max(lower, min(scalars.count, edit.range.end.column - 1))
                scalars.replaceSubrange(lower..<upper, with: Array(edit.replacement.unicodeScalars))
            }
            out.append(FixedLine(origin: line.number, text: String(scalars: scalars), terminator: line.terminator))
        }
        return out
    }
}
