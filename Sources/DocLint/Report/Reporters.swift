import Foundation

public enum OutputFormat: String, Sendable, CaseIterable {
    case full, concise, json, sarif, github, junit, gitlab
}

/// Turns diagnostics into text. Reporters only render: they never compute what a rule should.
public struct Reporter: Sendable {
    public let format: OutputFormat
    public let language: Language
    public let color: Bool
    /// The rules that ran, for reports that describe them (SARIF).
    public let rules: [RuleDescription]

    public init(format: OutputFormat, language: Language, color: Bool, rules: [RuleDescription] = []) {
        self.format = format; self.language = language; self.color = color; self.rules = rules
    }

    /// Whether a report's source lines show in this format (`full` quotes the line of each finding).
    public var quotesSourceLines: Bool { format != .concise }

    public func render(_ reports: [FileReport]) -> String {
        switch format {
        case .json: return json(reports)
        case .concise: return reports.map { concise($0) }.joined()
        case .full: return reports.map { full($0) }.joined()
        case .sarif: return sarif(reports)
        case .github: return github(reports)
        case .junit: return junit(reports)
        case .gitlab: return gitlab(reports)
        }
    }

    func location(_ path: String, _ diagnostic: Diagnostic) -> String {
        "\(path):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
    }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func severityWord(_ severity: Severity) -> String {
        switch severity {
        case .error: return paint("error", "1;31")
        case .warning: return paint("warning", "1;35")
        case .note: return paint("note", "1;36")
        }
    }

    /// The report appended as UTF-8 bytes: what a streamed run writes into its buffer (concise is
    /// made as bytes; a String or an array per file in between would be copied for nothing).
    public func renderBytes(_ reports: [FileReport], to out: inout [UInt8]) {
        guard format == .concise else { out.append(contentsOf: render(reports).utf8); return }
        for report in reports { appendConcise(report, to: &out) }
    }

    public func concise(_ report: FileReport) -> String {
        var out: [UInt8] = []
        appendConcise(report, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func appendConcise(_ report: FileReport, to out: inout [UInt8]) {
        // Bytes: each line interpolated and appended to a growing String piece by piece cost 5,000
        // instructions a finding, 2.5 % of a run over clean documents (callgrind).
        let path = report.path.utf8
        out.reserveCapacity(out.count + report.diagnostics.count * (path.count + 100))
        for diagnostic in report.diagnostics {
            out.append(contentsOf: path)
            out.append(UInt8(ascii: ":"))
            Reporter.appendDecimal(diagnostic.range.start.line, to: &out)
            out.append(UInt8(ascii: ":"))
            Reporter.appendDecimal(diagnostic.range.start.column, to: &out)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: diagnostic.severity.rawValue.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: diagnostic.message.text(language).utf8)
            out.append(contentsOf: " [".utf8)
            out.append(contentsOf: diagnostic.ruleID.utf8)
            out.append(contentsOf: "]\n".utf8)
        }
    }

    /// `value` in decimal digits (a line or column; a negative one, which no report has, through String).
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value >= 0 else { out.append(contentsOf: String(value).utf8); return }
        var width = 1, power = 10
        while value >= power, width < 19 { width += 1; power &*= 10 }
        var index = out.count + width - 1
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width))
        var rest = value
        repeat {
            out[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        } while rest > 0
    }

    /// clang style: the location line, the source line, a caret and tildes under the range,
    /// notes, and fix-it lines.
    public func full(_ report: FileReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += paint("\(location(report.path, diagnostic)):", "1") + " \(severityWord(diagnostic.severity)): "
            out += paint("\(diagnostic.message.text(language)) [\(diagnostic.ruleID)]", "1") + "\n"
            if let source = report.source { out += snippet(source, diagnostic.range) }
            for note in diagnostic.notes {
                let place = note.range.map { "\(report.path):\($0.start.line):\($0.start.column): " } ?? "\(report.path): "
                out += "\(place)\(severityWord(.note)): \(note.message.text(language))\n"
                if let range = note.range, let source = report.source { out += snippet(source, range) }
            }
            if let fix = diagnostic.fix {
                let label = language == .vi ? "sửa" : "fix-it"
                for edit in fix.edits.prefix(3) {
                    let replacement = edit.replacement.isEmpty ? (language == .vi ? "xóa" : "delete") : "\"\(edit.replacement)\""
                    out += "\(report.path):\(edit.range.start.line):\(edit.range.start.column): \(severityWord(.note)): \(label): \(fix.message.text(language)) → \(replacement)\n"
                }
                if fix.edits.count > 3 {
                    out += language == .vi ? "    (và \(fix.edits.count - 3) chỗ sửa khác)\n" : "    (and \(fix.edits.count - 3) more edits)\n"
                }
            }
        }
        return out
    }

    /// Columns of context shown on each side of a finding: a 5 MB line must not be printed once per finding.
    static let snippetWindow = 100

    func snippet(_ source: SourceText, _ range: SourceRange) -> String {
        let index = range.start.line - 1
        guard source.lines.indices.contains(index) else { return "" }
        var scalars = Array(source.lines[index].original.unicodeScalars)
        var range = range
        if scalars.count > 2 * Self.snippetWindow {
            let start = max(0, range.start.column - 1 - Self.snippetWindow)
            let end = min(scalars.count, range.start.column - 1 + Self.snippetWindow)
            let prefix: [Unicode.Scalar] = start > 0 ? ["…"] : []
            scalars = prefix + Array(scalars[start..<end]) + (end < scalars.count ? ["…"] : [])
            let shift = start - prefix.count
            range = SourceRange(start: SourcePosition(line: range.start.line, column: range.start.column - shift),
                                end: SourcePosition(line: range.end.line, column: min(range.end.column - shift, scalars.count + 1)))
        }
        // Tabs would misalign the caret; show them as one space.
        let shown = String(scalars: scalars.map { $0 == "\t" ? " " : $0 })
        let gutter = String(range.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        // The caret counts display columns: combining marks take none.
        func width(_ upTo: Int) -> Int {
            scalars.prefix(max(0, upTo)).filter { !($0.value >= 0x300 && $0.value <= 0x36F) }.count
        }
        let startWidth = width(range.start.column - 1)
        let endColumn = range.end.line == range.start.line ? range.end.column : scalars.count + 1
        let length = max(1, width(endColumn - 1) - startWidth)
        let marker = "^" + String(repeating: "~", count: max(0, min(length, 200) - 1))
        return " \(gutter) | \(shown)\n \(pad) | \(String(repeating: " ", count: startWidth))\(paint(marker, "1;32"))\n"
    }

    // MARK: - JSON

    public static let jsonSchemaVersion = 1

    struct JSONReport: Encodable {
        let version: Int
        let tool: String
        let diagnostics: [JSONDiagnostic]
        let errors: [JSONInputError]
    }
    struct JSONInputError: Encodable { let file: String; let message: String }
    struct JSONEdit: Encodable { let line, column, endLine, endColumn: Int; let replacement: String }
    struct JSONFix: Encodable { let message: String; let safe: Bool; let edits: [JSONEdit] }
    struct JSONNote: Encodable { let message: String; let line: Int?; let column: Int? }
    struct JSONDiagnostic: Encodable {
        let file: String
        let line, column, endLine, endColumn: Int
        let severity: String
        let rule: String
        let message: String
        let notes: [JSONNote]
        let fix: JSONFix?
    }

    func json(_ reports: [FileReport]) -> String {
        var diagnostics: [JSONDiagnostic] = []
        var errors: [JSONInputError] = []
        for report in reports {
            if let error = report.inputError { errors.append(JSONInputError(file: report.path, message: error.message(language))) }
            for diagnostic in report.diagnostics {
                let fix = diagnostic.fix.map { fix in
                    JSONFix(message: fix.message.text(language), safe: fix.isSafe, edits: fix.edits.map {
                        JSONEdit(line: $0.range.start.line, column: $0.range.start.column, endLine: $0.range.end.line,
                                 endColumn: $0.range.end.column, replacement: $0.replacement)
                    })
                }
                diagnostics.append(JSONDiagnostic(
                    file: report.path, line: diagnostic.range.start.line, column: diagnostic.range.start.column,
                    endLine: diagnostic.range.end.line, endColumn: diagnostic.range.end.column,
                    severity: diagnostic.severity.rawValue, rule: diagnostic.ruleID, message: diagnostic.message.text(language),
                    notes: diagnostic.notes.map { JSONNote(message: $0.message.text(language), line: $0.range?.start.line, column: $0.range?.start.column) },
                    fix: fix))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONReport(version: Reporter.jsonSchemaVersion, tool: "doclint", diagnostics: diagnostics, errors: errors))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

public enum DocumentDump {
    /// The parse of one document as JSON (the contract of `doclint dump`).
    public static func json(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The checked text with line numbers, as the rules see it (NFC).
    public static func text(_ source: SourceText) -> String {
        let width = String(source.lines.count).count
        return source.lines.map { line in
            let number = String(line.number)
            return String(repeating: " ", count: width - number.count) + number + " | " + line.text
        }.joined(separator: "\n") + "\n"
    }
}
