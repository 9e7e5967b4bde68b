/// A rule's examples run as tests: a triggering example reports exactly at its "↓" marks, a
/// non-triggering one reports nothing. The generic rule test runs the built-in rules' examples;
/// `doclint rules --check-examples` runs those of an office's own rules in rules.yml.
public enum RuleExamples {
    public static let marker: Unicode.Scalar = "↓"

    /// The text without its marks, and the marks' positions (1-based line, column in scalars).
    public static func unmark(_ text: String) -> (String, [SourcePosition]) {
        var positions: [SourcePosition] = []
        var out = String.UnicodeScalarView()
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == marker { positions.append(SourcePosition(line: line, column: column)); continue }
            out.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (String(out), positions)
    }

    /// What is wrong with the examples of `rule` when only it runs under `configuration`: one
    /// message per failing example, empty when all pass.
    public static func failures(of rule: RuleDescription, linter: Linter, configuration: Configuration) -> [Message] {
        var only = configuration
        only.only = [rule.id]
        only.overrides = []
        func found(_ text: String) -> [SourcePosition] {
            linter.lint(SourceText(path: "example.txt", text: text), configuration: only).filter { $0.ruleID == rule.id }.map(\.range.start)
        }
        func shown(_ positions: [SourcePosition]) -> String {
            positions.isEmpty ? "—" : positions.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
        }
        var failures: [Message] = []
        for example in rule.triggering {
            let (text, expected) = unmark(example)
            let actual = found(text)
            if expected.isEmpty {
                failures.append(Message(vi: "\(rule.id): ví dụ vi phạm không đánh dấu ↓ chỗ phải báo: \(example)",
                                        en: "\(rule.id): a triggering example marks no ↓ position: \(example)"))
            } else if actual != expected {
                failures.append(Message(vi: "\(rule.id): ví dụ vi phạm phải báo ở \(shown(expected)), đã báo ở \(shown(actual)): \(example)",
                                        en: "\(rule.id): a triggering example must report at \(shown(expected)), reported at \(shown(actual)): \(example)"))
            }
        }
        for example in rule.nonTriggering {
            let actual = found(example)
            if !actual.isEmpty {
                failures.append(Message(vi: "\(rule.id): ví dụ không vi phạm lại bị báo ở \(shown(actual)): \(example)",
                                        en: "\(rule.id): a non-triggering example reported at \(shown(actual)): \(example)"))
            }
        }
        return failures
    }
}
