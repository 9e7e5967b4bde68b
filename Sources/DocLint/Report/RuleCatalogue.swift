import Foundation

/// What `doclint rules` prints: the same data the generic example test runs.
public enum RuleCatalogue {
    public static func table(_ descriptions: [RuleDescription], enabled: (RuleDescription) -> Bool,
                             settings: [String: RuleSettings], language: Language) -> String {
        let header = language == .vi ? ["mã", "mức", "bật", "sửa được", "tóm tắt"] : ["id", "severity", "enabled", "fixable", "summary"]
        var rows = [header]
        for description in descriptions {
            let severity = settings[description.id]?.severity ?? description.defaultSeverity
            let yes = language == .vi ? "có" : "yes", no = language == .vi ? "không" : "no"
            rows.append([description.id, severity.rawValue, enabled(description) ? yes : no, description.isFixable ? yes : no,
                         description.summary.text(language)])
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ") + "  " + row[4]
        }.joined(separator: "\n") + "\n"
    }

    public static func explain(_ description: RuleDescription, language: Language) -> String {
        let vi = language == .vi
        var out = "\(description.id) — \(description.name)\n\n"
        out += "\(description.summary.text(language))\n\n"
        out += (vi ? "Mức mặc định: " : "Default severity: ") + description.defaultSeverity.rawValue
        out += description.isOptIn ? (vi ? " (tùy chọn bật)" : " (opt-in)") : ""
        out += "\n" + (vi ? "Nhóm: " : "Category: ") + description.category.rawValue + "\n"
        out += (vi ? "Căn cứ: " : "Source: ") + description.source + "\n\n"
        out += (vi ? "Vì sao: " : "Why: ") + description.rationale.text(language) + "\n"
        if description.needsExactText {
            out += vi ? "Cần văn bản có dấu chính xác: tự bỏ qua khi văn bản là kết quả OCR lỗi dấu.\n" : "Needs exact diacritics: skipped on OCR-degraded text.\n"
        }
        if !description.parameters.isEmpty {
            out += "\n" + (vi ? "Tham số (rules.yml):" : "Parameters (rules.yml):") + "\n"
            for parameter in description.parameters {
                out += "  \(parameter.name) = \(render(parameter.defaultValue)) — \(parameter.description.text(language))\n"
            }
        }
        func block(_ title: String, _ examples: [String]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title)\n"
            for example in examples {
                out += example.split(separator: "\n", omittingEmptySubsequences: false).map { "  | " + $0 }.joined(separator: "\n") + "\n\n"
            }
        }
        block(vi ? "Vi phạm (↓ đánh dấu vị trí báo):" : "Triggering (↓ marks the reported position):", description.triggering)
        block(vi ? "Không vi phạm:" : "Not triggering:", description.nonTriggering)
        if !description.corrections.isEmpty {
            out += "\n" + (vi ? "Sửa tự động:" : "Fixes:") + "\n"
            for correction in description.corrections {
                out += correction.before.split(separator: "\n", omittingEmptySubsequences: false).map { "  - " + $0 }.joined(separator: "\n") + "\n"
                out += correction.after.split(separator: "\n", omittingEmptySubsequences: false).map { "  + " + $0 }.joined(separator: "\n") + "\n\n"
            }
        }
        return out
    }

    static func render(_ value: RuleParameter.Value) -> String {
        switch value {
        case .bool(let value): return String(value)
        case .int(let value): return String(value)
        case .string(let value): return "\"\(value)\""
        case .strings(let value): return "[" + value.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }

    struct JSONRule: Encodable {
        struct Example: Encodable { let kind: String; let text: String; let fixed: String? }
        struct Parameter: Encodable { let name: String; let `default`: RuleParameter.Value; let description: String }
        let id, name, severity, category, description, descriptionEN, rationale, rationaleEN, source: String
        let optIn, fixable, needsExactText: Bool
        let parameters: [Parameter]
        let examples: [Example]
    }

    public static func json(_ descriptions: [RuleDescription]) -> String {
        let rules = descriptions.map { description in
            JSONRule(id: description.id, name: description.name, severity: description.defaultSeverity.rawValue,
                     category: description.category.rawValue, description: description.summary.vi, descriptionEN: description.summary.en,
                     rationale: description.rationale.vi, rationaleEN: description.rationale.en, source: description.source,
                     optIn: description.isOptIn, fixable: description.isFixable, needsExactText: description.needsExactText,
                     parameters: description.parameters.map { .init(name: $0.name, default: $0.defaultValue, description: $0.description.vi) },
                     examples: description.triggering.map { .init(kind: "triggering", text: $0, fixed: nil) }
                        + description.nonTriggering.map { .init(kind: "non-triggering", text: $0, fixed: nil) }
                        + description.corrections.map { .init(kind: "correction", text: $0.before, fixed: $0.after) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(rules)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}
