/// The output language of messages: Vietnamese by default, English behind `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// A message in both languages; reporters pick one.
public struct Message: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    public func text(_ language: Language) -> String { language == .vi ? vi : en }
}

public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note, warning, error
    var rank: Int { switch self { case .note: 0; case .warning: 1; case .error: 2 } }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A position in the original text: 1-based line, 1-based column in Unicode scalars of the
/// original line (not of the NFC view).
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open range in the original text: `end` is the position just after the last scalar.
public struct SourceRange: Sendable, Hashable, Codable {
    public let start: SourcePosition
    public let end: SourcePosition
    public init(start: SourcePosition, end: SourcePosition) { self.start = start; self.end = end }
}

/// Replace `range` of the original text with `replacement` (empty range = insertion).
public struct TextEdit: Sendable, Hashable, Codable {
    public let range: SourceRange
    public let replacement: String
    public init(range: SourceRange, replacement: String) { self.range = range; self.replacement = replacement }
}

public struct Fix: Sendable, Hashable, Codable {
    public let message: Message
    public let edits: [TextEdit]
    /// Safe fixes are applied by `--fix`; the others only with `--unsafe-fixes`.
    public let isSafe: Bool
    public init(message: Message, edits: [TextEdit], isSafe: Bool = true) {
        self.message = message; self.edits = edits; self.isSafe = isSafe
    }
}

public struct DiagnosticNote: Sendable, Hashable, Codable {
    public let message: Message
    public let range: SourceRange?
    public init(message: Message, range: SourceRange? = nil) { self.message = message; self.range = range }
}

public struct Diagnostic: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: Message
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    public var fix: Fix?

    public init(ruleID: String, severity: Severity, message: Message, range: SourceRange,
                notes: [DiagnosticNote] = [], fix: Fix? = nil) {
        self.ruleID = ruleID; self.severity = severity; self.message = message
        self.range = range; self.notes = notes; self.fix = fix
    }
}

/// A file's outcome: the diagnostics, or the reason it could not be checked.
public struct FileReport: Sendable {
    public let path: String
    public let source: SourceText?
    public let diagnostics: [Diagnostic]
    public let inputError: InputError?
    public init(path: String, source: SourceText?, diagnostics: [Diagnostic], inputError: InputError?) {
        self.path = path; self.source = source; self.diagnostics = diagnostics; self.inputError = inputError
    }
}
