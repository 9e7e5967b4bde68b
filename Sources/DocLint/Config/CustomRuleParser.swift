import Foundation
import Yams

/// Reads `custom_rules:` of rules.yml into `CustomRule`s, checking every key and type: a mistake is
/// a located `ConfigurationError` (exit 2), never a rule that silently checks nothing.
enum CustomRuleParser {
    typealias Fail = (Node?, String, String) -> ConfigurationError

    static let commonKeys = ["extends", "message", "message_en", "severity", "ignorecase", "scope", "nonTriggering", "triggering"]
    static let kindKeys: [CustomRule.Kind: [String]] = [
        .existence: ["tokens"], .substitution: ["swap"], .occurrence: ["token", "max", "min"],
        .consistency: ["either"], .capitalization: ["match"],
    ]

    static func parse(_ node: Node, builtIn: Set<String>, fail: Fail) throws(ConfigurationError) -> [CustomRule] {
        guard let mapping = node.mapping else {
            throw fail(node, "'custom_rules' phải là một bảng: mã quy tắc → định nghĩa", "'custom_rules' must be a mapping: rule id → definition")
        }
        var rules: [CustomRule] = []
        for (keyNode, definition) in mapping {
            guard let id = keyNode.scalar?.string else { throw fail(keyNode, "mã quy tắc phải là một chuỗi", "a rule id must be a string") }
            guard id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
                throw fail(keyNode, "mã quy tắc '\(id)' chỉ gồm chữ thường không dấu, số và dấu gạch nối (vd. 'co-quan-khong-dung')",
                           "rule id '\(id)' takes lower-case ASCII letters, digits and hyphens (e.g. 'house-no-abbreviation')")
            }
            guard !builtIn.contains(id) else {
                throw fail(keyNode, "'\(id)' đã là mã của một quy tắc có sẵn: đặt mã khác", "'\(id)' is a built-in rule's id: choose another")
            }
            rules.append(try rule(id, keyNode, definition, fail: fail))
        }
        return rules
    }

    static func rule(_ id: String, _ keyNode: Node, _ node: Node, fail: Fail) throws(ConfigurationError) -> CustomRule {
        guard let fields = node.mapping else { throw fail(node, "định nghĩa của '\(id)' phải là một bảng", "the definition of '\(id)' must be a mapping") }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in fields {
            guard let name = key.scalar?.string else { throw fail(key, "khóa phải là một chuỗi", "a key must be a string") }
            values[name] = (key, value)
        }
        guard let extendsNode = values["extends"]?.value else {
            throw fail(node, "'\(id)' thiếu 'extends' (\(kindList))", "'\(id)' lacks 'extends' (\(kindList))")
        }
        guard let kind = extendsNode.scalar.flatMap({ CustomRule.Kind(rawValue: $0.string) }) else {
            let written = extendsNode.scalar?.string ?? ""
            throw fail(extendsNode, "'extends: \(written)' không có (có: \(kindList))\(Configuration.suggestion(written, CustomRule.Kind.allCases.map(\.rawValue)))",
                       "unknown 'extends: \(written)' (known: \(kindList))\(Configuration.suggestion(written, CustomRule.Kind.allCases.map(\.rawValue)))")
        }
        let allowed = commonKeys + (kindKeys[kind] ?? [])
        for (key, _) in fields {
            let name = key.scalar?.string ?? ""
            guard allowed.contains(name) else {
                throw fail(key, "'\(name)' không dùng được với 'extends: \(kind.rawValue)' (các khóa: \(allowed.joined(separator: ", ")))\(Configuration.suggestion(name, allowed))",
                           "'\(name)' is not a key of 'extends: \(kind.rawValue)' (keys: \(allowed.joined(separator: ", ")))\(Configuration.suggestion(name, allowed))")
            }
        }

        func string(_ node: Node) throws(ConfigurationError) -> String {
            guard let scalar = node.scalar else { throw fail(node, "cần một chuỗi", "expected a string") }
            return scalar.string
        }
        func tokens(_ name: String) throws(ConfigurationError) -> [String] {
            guard let (key, value) = values[name] else { throw fail(node, "'\(id)' thiếu '\(name)'", "'\(id)' lacks '\(name)'") }
            guard let sequence = value.sequence else { throw fail(value, "'\(name)' cần một danh sách chuỗi", "'\(name)' needs a list of strings") }
            var result: [String] = []
            for item in sequence {
                let token = try string(item)
                guard !token.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(item, "chuỗi rỗng trong '\(name)'", "an empty string in '\(name)'") }
                result.append(token)
            }
            guard !result.isEmpty else { throw fail(key, "danh sách '\(name)' rỗng", "the '\(name)' list is empty") }
            return result
        }
        func pairs(_ name: String) throws(ConfigurationError) -> [(String, String)] {
            guard let (key, value) = values[name] else { throw fail(node, "'\(id)' thiếu '\(name)'", "'\(id)' lacks '\(name)'") }
            guard let entries = value.mapping else { throw fail(value, "'\(name)' cần một bảng: cách viết → cách viết", "'\(name)' needs a mapping: spelling → spelling") }
            var result: [(String, String)] = []
            for (from, to) in entries {
                let left = try string(from), right = try string(to)
                guard !left.trimmingCharacters(in: .whitespaces).isEmpty, !right.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw fail(from, "chuỗi rỗng trong '\(name)'", "an empty string in '\(name)'")
                }
                result.append((left, right))
            }
            guard !result.isEmpty else { throw fail(key, "bảng '\(name)' rỗng", "the '\(name)' mapping is empty") }
            return result
        }
        func count(_ name: String) throws(ConfigurationError) -> Int? {
            guard let value = values[name]?.value else { return nil }
            guard let number = value.scalar.flatMap({ Int($0.string) }), number >= 0 else {
                throw fail(value, "'\(name)' cần một số nguyên không âm", "'\(name)' needs a non-negative integer")
            }
            return number
        }
        func examples(_ name: String) throws(ConfigurationError) -> [String] {
            guard let value = values[name]?.value else { return [] }
            guard let sequence = value.sequence else { throw fail(value, "'\(name)' cần một danh sách văn bản mẫu", "'\(name)' needs a list of example texts") }
            var result: [String] = []
            for item in sequence { result.append(try string(item)) }
            return result
        }

        var severity = Severity.warning
        if let value = values["severity"]?.value {
            guard let parsed = value.scalar.flatMap({ Severity(rawValue: $0.string) }) else {
                throw fail(value, "mức độ phải là error, warning hoặc note", "severity must be error, warning or note")
            }
            severity = parsed
        }
        var ignoreCase = false
        if let value = values["ignorecase"]?.value {
            guard let parsed = value.scalar.flatMap({ Bool(yamlBool: $0.string) }) else { throw fail(value, "'ignorecase' cần true hoặc false", "'ignorecase' needs true or false") }
            ignoreCase = parsed
        }
        var scope = CustomRule.Scope.whole
        if let value = values["scope"]?.value {
            let scopes = CustomRule.Scope.allCases.map(\.rawValue)
            guard let parsed = value.scalar.flatMap({ CustomRule.Scope(rawValue: $0.string) }) else {
                throw fail(value, "'scope' là một trong: \(scopes.joined(separator: ", "))", "'scope' is one of: \(scopes.joined(separator: ", "))")
            }
            scope = parsed
        }

        var phrases: [String] = [], counterparts: [String] = []
        var maximum: Int?, minimum: Int?
        switch kind {
        case .existence: phrases = try tokens("tokens")
        case .capitalization: phrases = try tokens("match")
        case .substitution:
            let swaps = try pairs("swap")
            phrases = swaps.map(\.0); counterparts = swaps.map(\.1)
        case .consistency:
            let either = try pairs("either")
            phrases = either.map(\.0); counterparts = either.map(\.1)
        case .occurrence:
            guard let tokenNode = values["token"]?.value else { throw fail(node, "'\(id)' thiếu 'token'", "'\(id)' lacks 'token'") }
            let token = try string(tokenNode)
            guard !token.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(tokenNode, "'token' rỗng", "'token' is empty") }
            phrases = [token]
            maximum = try count("max"); minimum = try count("min")
            guard maximum != nil || minimum != nil else { throw fail(node, "'\(id)' cần 'max' hoặc 'min'", "'\(id)' needs 'max' or 'min'") }
        }

        let defaults = defaultMessage(kind, token: phrases.first ?? "")
        var text = defaults
        if let value = values["message"]?.value {
            let vi = try string(value)
            let en = try values["message_en"].map { (pair) throws(ConfigurationError) -> String in try string(pair.value) } ?? vi
            text = Message(vi: vi, en: en)
        } else if let value = values["message_en"]?.value {
            text = Message(vi: defaults.vi, en: try string(value))
        }
        return CustomRule(id: id, kind: kind, message: text, severity: severity, ignoreCase: ignoreCase, scope: scope,
                          phrases: phrases, counterparts: counterparts, maximum: maximum, minimum: minimum,
                          definedAt: (keyNode.mark?.line ?? 1), nonTriggering: try examples("nonTriggering"), triggering: try examples("triggering"))
    }

    static var kindList: String { CustomRule.Kind.allCases.map(\.rawValue).joined(separator: ", ") }

    static func defaultMessage(_ kind: CustomRule.Kind, token: String) -> Message {
        switch kind {
        case .existence: Message(vi: "Không dùng “%s” (quy ước của cơ quan)", en: "Do not use “%s” (house rule)")
        case .substitution: Message(vi: "Viết “%s” thay cho “%s” (quy ước của cơ quan)", en: "Write “%s” instead of “%s” (house rule)")
        case .occurrence: Message(vi: "“\(token)” xuất hiện %s lần, giới hạn là %s (quy ước của cơ quan)", en: "“\(token)” occurs %s times, the limit is %s (house rule)")
        case .consistency: Message(vi: "“%s”: văn bản đã dùng cách viết “%s”, chỉ dùng một cách viết", en: "“%s”: the document writes “%s”; use one spelling")
        case .capitalization: Message(vi: "“%s”: viết hoa đúng là “%s”", en: "“%s”: the capitals are “%s”")
        }
    }
}
