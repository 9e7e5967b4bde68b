/// In-document suppressions for .txt and .md files, in the comment form Markdown hides:
///
///     <!-- doclint-disable-next-line task-deadline -->     the next non-blank line
///     <!-- doclint-disable luu-line, end-mark -->          from here …
///     <!-- doclint-enable luu-line, end-mark -->           … to here (or to the end)
///     <!-- doclint-disable-file abbreviation-undefined --> the whole file
///
/// Without rule ids a comment covers every rule. A comment must stand on its own line; such lines
/// read as blank to the parser. A suppression that silences nothing is reported by
/// `unused-suppression`.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable { case nextLine = "disable-next-line", disable, enable, file = "disable-file" }
    public let kind: Kind
    /// Empty: every rule.
    public let rules: [String]
    /// 0-based line of the comment and its columns (NFC).
    public let span: TextSpan
    /// 1-based lines it covers, inclusive.
    public var lines: ClosedRange<Int>

    public var ruleText: String { rules.isEmpty ? "*" : rules.joined(separator: ", ") }
}

public enum Suppressions {
    public static let unusedRuleID = "unused-suppression"

    /// A line that is a doclint comment and nothing else.
    static func comment(_ text: String) -> (Suppression.Kind, [String])? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inner = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("doclint-") else { return nil }
        let words = inner.split(maxSplits: 1, whereSeparator: { $0 == " " })
        guard let kind = Suppression.Kind(rawValue: String(words[0].dropFirst("doclint-".count))) else { return nil }
        let rules = words.count > 1 ? words[1].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) : []
        return (kind, rules)
    }

    public static func isComment(_ text: String) -> Bool { comment(text) != nil }

    public static func scan(_ source: SourceText) -> [Suppression] {
        var result: [Suppression] = []
        var open: [Int] = []   // indices into result of disable blocks still open
        let lastLine = source.lines.count
        for (index, line) in source.lines.enumerated() {
            // Cheap test first: almost no line holds a comment.
            guard line.mayHoldComment, let (kind, rules) = comment(line.text) else { continue }
            let span = TextSpan(line: index, columns: line.indentation..<line.trimmedEnd)
            switch kind {
            case .nextLine:
                var target = index + 1
                while target < source.lines.count, source.lines[target].isBlank { target += 1 }
                let covered = min(target + 1, max(1, lastLine))
                result.append(Suppression(kind: kind, rules: rules, span: span, lines: covered...covered))
            case .file:
                result.append(Suppression(kind: kind, rules: rules, span: span, lines: 1...max(1, lastLine)))
            case .disable:
                open.append(result.count)
                result.append(Suppression(kind: kind, rules: rules, span: span, lines: (index + 1)...max(index + 1, lastLine)))
            case .enable:
                // Closes the latest open block with the same rules (or any block for a bare enable).
                if let position = open.lastIndex(where: { rules.isEmpty || Set(result[$0].rules) == Set(rules) }) {
                    let block = open.remove(at: position)
                    result[block].lines = result[block].lines.lowerBound...max(result[block].lines.lowerBound, index + 1)
                }
            }
        }
        return result
    }

    /// The diagnostics no suppression covers; `used` gains the indices of the suppressions that
    /// silenced one.
    static func filter(_ suppressions: [Suppression], _ diagnostics: [Diagnostic], used: inout Set<Int>) -> [Diagnostic] {
        guard !suppressions.isEmpty else { return diagnostics }
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let line = diagnostic.range.start.line
            let matching = suppressions.indices.filter { index in
                let suppression = suppressions[index]
                return suppression.lines.contains(line) && (suppression.rules.isEmpty || suppression.rules.contains(diagnostic.ruleID))
            }
            if matching.isEmpty { kept.append(diagnostic) } else { used.formUnion(matching) }
        }
        return kept
    }

    /// What `unused-suppression` says of a suppression that silenced nothing; nil when it is not
    /// judged (an enable comment, or a rule it names did not run: a suppression for a rule switched
    /// off is not judged).
    static func unusedDiagnostic(_ suppression: Suppression, source: SourceText, ranRules: Set<String>, knownRules: Set<String>,
                                 severity: Severity) -> Diagnostic? {
        let range = source.range(of: suppression.span)
        let line = source.lines[suppression.span.startLine]
        let wholeLine = SourceRange(start: SourcePosition(line: line.number, column: 1), end: SourcePosition(line: line.number + 1, column: 1))
        let removal = Fix(message: Message(vi: "xóa chú thích tắt quy tắc", en: "remove the suppression comment"),
                          edits: [TextEdit(range: line.terminator == .none ? source.range(of: TextSpan(line: suppression.span.startLine, columns: 0..<line.scalars.count)) : wholeLine, replacement: "")],
                          isSafe: false)
        let unknown = suppression.rules.filter { !knownRules.contains($0) }
        if !unknown.isEmpty {
            return Diagnostic(ruleID: unusedRuleID, severity: severity,
                              message: Message(vi: "không có quy tắc “\(unknown.joined(separator: ", "))”; chú thích tắt quy tắc này không có tác dụng",
                                               en: "no rule “\(unknown.joined(separator: ", "))”; this suppression does nothing"),
                              range: range, fix: removal)
        }
        guard suppression.kind != .enable, suppression.rules.allSatisfy({ ranRules.contains($0) }) else { return nil }
        return Diagnostic(ruleID: unusedRuleID, severity: severity,
                          message: Message(vi: "chú thích tắt quy tắc (\(suppression.ruleText)) không che lỗi nào; hãy xóa nó",
                                           en: "the suppression (\(suppression.ruleText)) silences nothing; remove it"),
                          range: range, fix: removal)
    }
}
