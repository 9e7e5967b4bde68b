import Foundation
import Yams

/// A mistake in rules.yml, located like a compiler error. A config mistake never silently
/// disables checking: it stops the run with exit code 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: Message
    public func text(_ language: Language) -> String { "\(path):\(line):\(column): error: \(message.text(language))" }
    public var description: String { text(.vi) }
}

/// Per-rule settings from rules.yml.
public struct RuleSettings: Sendable {
    public var severity: Severity?
    public var options: [String: RuleParameter.Value] = [:]
}

/// The rule set that applies to one file after path overrides.
public struct EffectiveRules: Sendable {
    public var disabled: Set<String>
    public var optIn: Set<String>
    public var only: Set<String>?
    public var settings: [String: RuleSettings]

    public func isEnabled(_ description: RuleDescription) -> Bool {
        isEnabled(id: description.id, isOptIn: description.isOptIn)
    }

    public func isEnabled(id: String, isOptIn: Bool) -> Bool {
        if let only { return only.contains(id) }
        if !disabled.isEmpty, disabled.contains(id) { return false }  // (asked per rule per file: no hash when nothing is disabled)
        return !isOptIn || optIn.contains(id)
    }
}

public struct Configuration: Sendable {
    public struct Override: Sendable {
        public var patterns: [String]
        public var disabled: Set<String> = []
        public var optIn: Set<String> = []
        public var settings: [String: RuleSettings] = [:]
    }

    /// Directory the config file lives in; override globs are relative to it.
    public var baseDirectory: String
    public var path: String?
    public var disabled: Set<String> = []
    public var optIn: Set<String> = []
    public var only: Set<String>?
    public var settings: [String: RuleSettings] = [:]
    public var overrides: [Override] = []
    public var excluded: [String] = []
    public var calendar = WorkCalendar()
    /// An external register of documents issued elsewhere (CSV or YAML), absolute path.
    public var register: String?
    /// The office's own rules (`custom_rules:`), checked after the built-in ones.
    public var customRules: [CustomRule] = []

    public init(baseDirectory: String = ".") { self.baseDirectory = baseDirectory }

    public func rules(for filePath: String) -> EffectiveRules {
        var effective = EffectiveRules(disabled: disabled, optIn: optIn, only: only, settings: settings)
        guard !overrides.isEmpty else { return effective }
        let relative = Configuration.relativePath(filePath, to: baseDirectory)
        for override in overrides where override.patterns.contains(where: { Glob.matches($0, relative) }) {
            effective.disabled.formUnion(override.disabled)
            effective.optIn.formUnion(override.optIn)
            for (id, setting) in override.settings {
                var merged = effective.settings[id] ?? RuleSettings()
                if let severity = setting.severity { merged.severity = severity }
                merged.options.merge(setting.options) { $1 }
                effective.settings[id] = merged
            }
        }
        return effective
    }

    public func isExcluded(_ filePath: String) -> Bool {
        guard !excluded.isEmpty else { return false }
        let relative = Configuration.relativePath(filePath, to: baseDirectory)
        return excluded.contains { Glob.matches($0, relative) || Glob.matches($0 + "/**", relative) }
    }

    static func relativePath(_ path: String, to base: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let baseAbsolute = URL(fileURLWithPath: base).standardizedFileURL.path
        if absolute.hasPrefix(baseAbsolute + "/") { return String(absolute.dropFirst(baseAbsolute.count + 1)) }
        return path
    }

    // MARK: - Loading

    static let topLevelKeys: Set<String> = ["disabled_rules", "opt_in_rules", "only_rules", "excluded", "overrides", "calendar", "register", "custom_rules"]

    /// Parses rules.yml, checking every key, rule id, parameter name and type.
    public static func load(path: String, rules: [RuleDescription]) throws(ConfigurationError) -> Configuration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: Message(vi: "không đọc được tệp cấu hình (không phải UTF-8 hoặc không có quyền đọc)", en: "cannot read the configuration file (not UTF-8 or not readable)"))
        }
        return try parse(text, path: path, rules: rules)
    }

    public static func parse(_ text: String, path: String, rules: [RuleDescription]) throws(ConfigurationError) -> Configuration {
        func fail(_ node: Node?, _ vi: String, _ en: String) -> ConfigurationError {
            ConfigurationError(path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: Message(vi: vi, en: en))
        }
        guard text.utf8.count <= 1_000_000 else { throw fail(nil, "tệp cấu hình quá lớn (trên 1 MB)", "configuration file too large (over 1 MB)") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            let mark = (error as? YamlError).flatMap(Configuration.mark(of:))
            throw ConfigurationError(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                     message: Message(vi: "YAML không hợp lệ: \(error)", en: "invalid YAML: \(error)"))
        }
        var configuration = Configuration(baseDirectory: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        configuration.path = path
        guard let root else { return configuration }
        guard let mapping = root.mapping else { throw fail(root, "gốc của rules.yml phải là một bảng khóa: giá trị", "the root of rules.yml must be a mapping") }
        var byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Custom rules first, wherever the key stands: the rest of the file may name their ids.
        if let custom = mapping.first(where: { $0.key.scalar?.string == "custom_rules" })?.value {
            configuration.customRules = try CustomRuleParser.parse(custom, builtIn: Set(byID.keys), fail: fail)
            for rule in configuration.customRules { byID[rule.id] = rule.description }
        }

        func string(_ node: Node) throws(ConfigurationError) -> String {
            guard let scalar = node.scalar else { throw fail(node, "cần một chuỗi", "expected a string") }
            return scalar.string
        }
        func ruleIDs(_ node: Node) throws(ConfigurationError) -> Set<String> {
            guard let sequence = node.sequence else { throw fail(node, "cần một danh sách mã quy tắc", "expected a list of rule ids") }
            var ids = Set<String>()
            for item in sequence {
                let id = try string(item)
                guard byID[id] != nil else {
                    throw fail(item, "không có quy tắc '\(id)'\(suggestion(id, Array(byID.keys)))", "unknown rule '\(id)'\(suggestion(id, Array(byID.keys)))")
                }
                ids.insert(id)
            }
            return ids
        }
        func strings(_ node: Node) throws(ConfigurationError) -> [String] {
            guard let sequence = node.sequence else { throw fail(node, "cần một danh sách chuỗi", "expected a list of strings") }
            var result: [String] = []
            for item in sequence { result.append(try string(item)) }
            return result
        }
        func ruleSettings(_ id: String, _ node: Node) throws(ConfigurationError) -> RuleSettings {
            let description = byID[id]!
            var settings = RuleSettings()
            if let scalar = node.scalar {
                guard let severity = Severity(rawValue: scalar.string) else {
                    throw fail(node, "mức độ phải là error, warning hoặc note", "severity must be error, warning or note")
                }
                settings.severity = severity
                return settings
            }
            guard let ruleMapping = node.mapping else { throw fail(node, "cấu hình của '\(id)' phải là một mức độ hoặc một bảng", "the settings of '\(id)' must be a severity or a mapping") }
            for (keyNode, value) in ruleMapping {
                let key = try string(keyNode)
                if key == "severity" {
                    guard let severity = value.scalar.flatMap({ Severity(rawValue: $0.string) }) else {
                        throw fail(value, "mức độ phải là error, warning hoặc note", "severity must be error, warning or note")
                    }
                    settings.severity = severity
                    continue
                }
                guard let parameter = description.parameters.first(where: { $0.name == key }) else {
                    let names = description.parameters.map(\.name)
                    let known = names.isEmpty ? "quy tắc này không có tham số" : "các tham số: severity, " + names.joined(separator: ", ")
                    let knownEN = names.isEmpty ? "this rule takes no parameters" : "parameters: severity, " + names.joined(separator: ", ")
                    throw fail(keyNode, "'\(id)' không có tham số '\(key)' (\(known))", "'\(id)' has no parameter '\(key)' (\(knownEN))")
                }
                settings.options[key] = try parameterValue(value, like: parameter.defaultValue, name: key)
            }
            return settings
        }
        func parameterValue(_ node: Node, like example: RuleParameter.Value, name: String) throws(ConfigurationError) -> RuleParameter.Value {
            let typeError = fail(node, "tham số '\(name)' cần kiểu \(example.typeName)", "parameter '\(name)' needs a \(example.typeName)")
            switch example {
            case .bool:
                guard let value = node.scalar.flatMap({ Bool(yamlBool: $0.string) }) else { throw typeError }
                return .bool(value)
            case .int:
                guard let value = node.scalar.flatMap({ Int($0.string) }) else { throw typeError }
                return .int(value)
            case .string:
                guard let scalar = node.scalar else { throw typeError }
                return .string(scalar.string)
            case .strings:
                guard node.sequence != nil else { throw typeError }
                return .strings(try strings(node))
            }
        }
        func dates(_ node: Node, _ key: String) throws(ConfigurationError) -> [(CivilDate, String)] {
            guard let sequence = node.sequence else { throw fail(node, "'\(key)' cần một danh sách ngày YYYY-MM-DD", "'\(key)' needs a list of YYYY-MM-DD dates") }
            var result: [(CivilDate, String)] = []
            for item in sequence {
                if let scalar = item.scalar {
                    guard let date = CivilDate(iso: scalar.string) else { throw fail(item, "ngày không hợp lệ '\(scalar.string)' (cần YYYY-MM-DD)", "invalid date '\(scalar.string)' (expected YYYY-MM-DD)") }
                    result.append((date, key))
                } else if let entry = item.mapping {
                    var date: CivilDate?
                    var name = key
                    for (k, v) in entry {
                        switch try string(k) {
                        case "date": date = CivilDate(iso: try string(v))
                            if date == nil { throw fail(v, "ngày không hợp lệ (cần YYYY-MM-DD)", "invalid date (expected YYYY-MM-DD)") }
                        case "name": name = try string(v)
                        default: throw fail(k, "khóa không hợp lệ trong ngày nghỉ (chỉ có date, name)", "unknown key in a holiday (only date, name)")
                        }
                    }
                    guard let date else { throw fail(item, "thiếu 'date'", "missing 'date'") }
                    result.append((date, name))
                } else {
                    throw fail(item, "cần một ngày YYYY-MM-DD", "expected a YYYY-MM-DD date")
                }
            }
            return result
        }
        func ruleBlock(_ key: String, _ keyNode: Node, _ value: Node, into settings: inout [String: RuleSettings]) throws(ConfigurationError) {
            guard byID[key] != nil else {
                throw fail(keyNode, "khóa không hợp lệ '\(key)': không phải tùy chọn cũng không phải mã quy tắc\(suggestion(key, Array(byID.keys) + Array(topLevelKeys)))",
                           "unknown key '\(key)': neither an option nor a rule id\(suggestion(key, Array(byID.keys) + Array(topLevelKeys)))")
            }
            settings[key] = try ruleSettings(key, value)
        }

        for (keyNode, value) in mapping {
            let key = try string(keyNode)
            switch key {
            case "disabled_rules": configuration.disabled = try ruleIDs(value)
            case "opt_in_rules": configuration.optIn = try ruleIDs(value)
            case "only_rules": configuration.only = try ruleIDs(value)
            case "excluded": configuration.excluded = try strings(value)
            case "custom_rules": break  // read above
            case "register":
                let relative = try string(value)
                configuration.register = relative.hasPrefix("/") ? relative : (configuration.baseDirectory as NSString).appendingPathComponent(relative)
            case "calendar":
                guard let calendarMapping = value.mapping else { throw fail(value, "'calendar' phải là một bảng", "'calendar' must be a mapping") }
                for (k, v) in calendarMapping {
                    switch try string(k) {
                    case "holidays": for (date, name) in try dates(v, "holidays") { configuration.calendar.holidays[date] = name }
                    case "working_days": for (date, _) in try dates(v, "working_days") {
                        configuration.calendar.workingWeekends.insert(date); configuration.calendar.holidays[date] = nil }
                    case "replace_built_in":
                        guard v.scalar.flatMap({ Bool(yamlBool: $0.string) }) == true else { continue }
                        configuration.calendar = WorkCalendar(holidays: [:], workingWeekends: [])
                    default: throw fail(k, "khóa không hợp lệ trong 'calendar' (có: holidays, working_days, replace_built_in)", "unknown key in 'calendar' (known: holidays, working_days, replace_built_in)")
                    }
                }
            case "overrides":
                guard let sequence = value.sequence else { throw fail(value, "'overrides' phải là một danh sách", "'overrides' must be a list") }
                for item in sequence {
                    guard let entry = item.mapping else { throw fail(item, "mỗi mục 'overrides' phải là một bảng", "each 'overrides' entry must be a mapping") }
                    var override = Override(patterns: [])
                    for (k, v) in entry {
                        let entryKey = try string(k)
                        switch entryKey {
                        case "paths": override.patterns = try strings(v)
                        case "disabled_rules": override.disabled = try ruleIDs(v)
                        case "opt_in_rules": override.optIn = try ruleIDs(v)
                        default: try ruleBlock(entryKey, k, v, into: &override.settings)
                        }
                    }
                    guard !override.patterns.isEmpty else { throw fail(item, "mục 'overrides' thiếu 'paths'", "an 'overrides' entry lacks 'paths'") }
                    configuration.overrides.append(override)
                }
            default:
                try ruleBlock(key, keyNode, value, into: &configuration.settings)
            }
        }
        return configuration
    }

    static func mark(of error: YamlError) -> Mark? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark
        default: return nil
        }
    }

    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        let close = candidates.filter { editDistance($0, word) <= 2 }.sorted()
        guard let best = close.first else { return "" }
        return " — '\(best)'?"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// Finds rules.yml by walking up from a file's directory; nil when there is none.
    public static func discover(from filePath: String) -> String? {
        var directory = URL(fileURLWithPath: filePath).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<64 {
            let candidate = directory.appendingPathComponent("rules.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }
}

extension Bool {
    init?(yamlBool text: String) {
        switch text.lowercased() {
        case "true", "yes", "on": self = true
        case "false", "no", "off": self = false
        default: return nil
        }
    }
}

/// Globs for paths: `*` within a folder, `**` across folders, `?` one character.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern.unicodeScalars), s = Array(path.unicodeScalars)
        var memo = [Int: Bool]()
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (s.count + 1) + j
            if let known = memo[key] { return known }
            var result: Bool
            if i == p.count { result = j == s.count }
            else if p[i] == "*" {
                if i + 1 < p.count, p[i + 1] == "*" {
                    var next = i + 2
                    if next < p.count, p[next] == "/" { next += 1 }
                    result = (j...s.count).contains { match(next, $0) }
                } else {
                    result = false
                    var k = j
                    while true {
                        if match(i + 1, k) { result = true; break }
                        if k == s.count || s[k] == "/" { break }
                        k += 1
                    }
                }
            } else if j < s.count, p[i] == "?" ? s[j] != "/" : p[i] == s[j] {
                result = match(i + 1, j + 1)
            } else { result = false }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}
