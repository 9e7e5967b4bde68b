public enum RuleCategory: String, Sendable, Encodable, CaseIterable {
    case text, header, title, recipients, structure, references, tasks, signature, layout
}

/// A parameter a rule reads from `rules.yml`; the config loader checks names and types against it.
public struct RuleParameter: Sendable {
    public enum Value: Sendable, Equatable, Encodable {
        case bool(Bool), int(Int), string(String), strings([String])

        var typeName: String {
            switch self { case .bool: "bool"; case .int: "int"; case .string: "string"; case .strings: "list of strings" }
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .bool(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .strings(let value): try container.encode(value)
            }
        }
    }
    public let name: String
    public let defaultValue: Value
    public let description: Message
    public init(_ name: String, _ defaultValue: Value, _ description: Message) {
        self.name = name; self.defaultValue = defaultValue; self.description = description
    }
}

public struct RuleCorrection: Sendable {
    public let before: String
    public let after: String
    public init(_ before: String, _ after: String) { self.before = before; self.after = after }
}

/// Everything a rule says about itself: it drives `doclint rules`, the docs and the generic
/// example test (house-style: SwiftLint's RuleDescription).
public struct RuleDescription: Sendable {
    public let id: String
    public let name: String
    public let summary: Message
    /// Why, with the legal source, in Vietnamese and English.
    public let rationale: Message
    /// The clause the rule enforces, e.g. "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d".
    public let source: String
    public let category: RuleCategory
    public let defaultSeverity: Severity
    /// Opt-in rules run only when listed under `opt_in_rules`.
    public let isOptIn: Bool
    /// The rule needs exact diacritics and steps back on OCR-degraded text.
    public let needsExactText: Bool
    public let parameters: [RuleParameter]
    /// Documents that must not trigger the rule.
    public let nonTriggering: [String]
    /// Documents that must trigger it; "↓" marks each expected diagnostic start.
    public let triggering: [String]
    /// Input (with "↓" marks allowed) → text after applying the rule's fixes.
    public let corrections: [RuleCorrection]

    /// Set for a rule that offers fixes without correction examples (a house rule of rules.yml).
    let offersFixes: Bool

    public init(id: String, name: String, summary: Message, rationale: Message, source: String, category: RuleCategory,
                defaultSeverity: Severity, isOptIn: Bool = false, needsExactText: Bool = false, parameters: [RuleParameter] = [],
                nonTriggering: [String], triggering: [String], corrections: [RuleCorrection] = [], offersFixes: Bool = false) {
        self.id = id; self.name = name; self.summary = summary; self.rationale = rationale; self.source = source
        self.category = category; self.defaultSeverity = defaultSeverity; self.isOptIn = isOptIn
        self.needsExactText = needsExactText; self.parameters = parameters
        self.nonTriggering = nonTriggering; self.triggering = triggering; self.corrections = corrections
        self.offersFixes = offersFixes
    }

    public var isFixable: Bool { offersFixes || !corrections.isEmpty }
}

/// A check over the parsed document. Rules read the model; they never read files or re-parse.
public protocol DocumentRule: Sendable {
    static var description: RuleDescription { get }
    /// The rule as a cross-document rule, or nil (given by the protocols' extensions): the engine
    /// asks once per rule and run, and a cast (`as? any CrossDocumentRule.Type`) searched the whole
    /// program's conformance tables for each rule, a fifth of a one-document run.
    static var asCrossDocumentRule: (any CrossDocumentRule.Type)? { get }
    init()
    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic]
}

extension DocumentRule {
    public static var asCrossDocumentRule: (any CrossDocumentRule.Type)? { nil }
}

/// What a rule gets besides the document: its configured severity and parameters, the
/// working-day calendar and today's date (for drafts without a date).
public struct RuleContext: Sendable {
    public let ruleID: String
    public let severity: Severity
    public let options: [String: RuleParameter.Value]
    /// What every rule of one document shares, held once: a context is made per rule per file, and
    /// copying the calendar, the OCR list and the register into each was a tenth of the engine's own cost.
    let shared: Shared
    public var calendar: WorkCalendar { shared.calendar }
    public var today: CivilDate { shared.today }
    /// Rules that stepped back because the text is OCR-degraded (reported once by `ocr-degraded`).
    public var skippedForOCR: [String] { shared.skippedForOCR }
    /// The documents of the linted set and of the external register, when doclint checks a
    /// repository (a directory was given, or rules.yml names a register); nil for single files.
    public var register: DocumentRegister? { shared.register }

    final class Shared: Sendable {
        let calendar: WorkCalendar
        let today: CivilDate
        let skippedForOCR: [String]
        let register: DocumentRegister?
        init(calendar: WorkCalendar, today: CivilDate, skippedForOCR: [String], register: DocumentRegister?) {
            self.calendar = calendar; self.today = today; self.skippedForOCR = skippedForOCR; self.register = register
        }
    }

    public init(ruleID: String, severity: Severity, options: [String: RuleParameter.Value], calendar: WorkCalendar, today: CivilDate,
                skippedForOCR: [String] = [], register: DocumentRegister? = nil) {
        self.init(ruleID: ruleID, severity: severity, options: options,
                  shared: Shared(calendar: calendar, today: today, skippedForOCR: skippedForOCR, register: register))
    }

    init(ruleID: String, severity: Severity, options: [String: RuleParameter.Value], shared: Shared) {
        self.ruleID = ruleID; self.severity = severity; self.options = options; self.shared = shared
    }

    public func diagnostic(_ message: Message, _ range: SourceRange, notes: [DiagnosticNote] = [], fix: Fix? = nil,
                           severity override: Severity? = nil) -> Diagnostic {
        Diagnostic(ruleID: ruleID, severity: override ?? severity, message: message, range: range, notes: notes, fix: fix)
    }

    public func bool(_ name: String) -> Bool { if case .bool(let value)? = options[name] { return value }; return false }
    public func int(_ name: String) -> Int { if case .int(let value)? = options[name] { return value }; return 0 }
    public func string(_ name: String) -> String { if case .string(let value)? = options[name] { return value }; return "" }
    public func strings(_ name: String) -> [String] { if case .strings(let value)? = options[name] { return value }; return [] }
}

/// Which documents of the register a cross-document rule compares a document with.
public enum RegisterScope: Sendable {
    /// Only those whose paths sort before it (a reused number is reported on the later file):
    /// the check runs as soon as every earlier file is registered, in path order.
    case earlierDocuments
    /// Any document (a citation may name a file that sorts later): the check runs after the last file.
    case wholeRepository
}

/// What a cross-document rule keeps of one document until the register can answer: a few codes
/// and the ranges to report them at, never the text. `lines` (1-based) are the lines its findings
/// may point at, kept for the report's quotes.
public protocol CrossDocumentPending: Sendable {
    var lines: [Int] { get }
}

/// A rule that compares a document with the other documents of the repository or an external
/// register (like a linker resolving symbols). A repository run parses each file once: `collect`
/// takes what the rule needs while the document is parsed, and `resolve` answers once the register
/// holds what `registerScope` asks for. Alone (a single file, a register known in advance, the
/// rule examples) `check` does both at once.
public protocol CrossDocumentRule: DocumentRule {
    associatedtype Pending: CrossDocumentPending
    static var registerScope: RegisterScope { get }
    /// Nil when the document gives the rule nothing to look up.
    func collect(_ document: Document, _ context: RuleContext) -> Pending?
    /// `context.register` is set; `file` is the document's path.
    func resolve(_ pending: Pending, file: String, _ context: RuleContext) -> [Diagnostic]
}

extension CrossDocumentRule {
    public static var asCrossDocumentRule: (any CrossDocumentRule.Type)? { Self.self }

    public func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard context.register != nil, let pending = collect(document, context) else { return [] }
        return resolve(pending, file: document.file, context)
    }

    static func collectErased(_ document: Document, _ context: RuleContext) -> (any CrossDocumentPending)? {
        Self().collect(document, context)
    }

    static func resolveErased(_ pending: any CrossDocumentPending, file: String, _ context: RuleContext) -> [Diagnostic] {
        guard let pending = pending as? Pending else { return [] }
        return Self().resolve(pending, file: file, context)
    }
}
