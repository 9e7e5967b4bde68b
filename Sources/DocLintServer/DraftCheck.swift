import DocLint
import Foundation
import Rules

/// One uploaded draft checked the way `doclint lint` checks a file: load → parse once → rules.
/// Everything happens in memory; the upload is never written to disk.
public struct DraftCheck: Sendable {
    /// The name the browser gave; only shown and used to tell .docx from text, never opened.
    public let name: String
    public let report: FileReport
    /// Nil when the upload could not be read (see `report.inputError`).
    public let document: Document?
    public let tasks: [TaskRow]

    public var isDocx: Bool { document?.source.layout != nil }
    /// Findings a safe fix can correct, which the page offers to download as a fixed .txt.
    public var safeFixCount: Int { isDocx ? 0 : report.diagnostics.filter { $0.fix?.isSafe == true }.count }

    public static func run(bytes: [UInt8], name: String, configuration: Configuration, linter: Linter) -> DraftCheck {
        switch load(bytes: bytes, name: name) {
        case .failure(let error):
            return DraftCheck(name: name, report: FileReport(path: name, source: nil, diagnostics: [], inputError: error), document: nil, tasks: [])
        case .success(let source):
            let document = DocumentParser.parse(source)
            let diagnostics = linter.lint(document, configuration: configuration)
            return DraftCheck(name: name, report: FileReport(path: name, source: source, diagnostics: diagnostics, inputError: nil),
                              document: document, tasks: TaskRow.rows(document, calendar: configuration.calendar))
        }
    }

    /// The text with every safe fix applied (as `doclint lint --fix`), or nil when nothing applies.
    /// Word files are never rewritten, as on the command line.
    public static func fixedText(bytes: [UInt8], name: String, configuration: Configuration, linter: Linter) -> Result<String?, InputError> {
        switch load(bytes: bytes, name: name) {
        case .failure(let error): return .failure(error)
        case .success(let source) where source.layout != nil: return .success(nil)
        case .success(let source): return .success(linter.fix(source, configuration: configuration, includeUnsafe: false).fixedText)
        }
    }

    static func load(bytes: [UInt8], name: String) -> Result<SourceText, InputError> {
        if looksLikeDocx(bytes: bytes, name: name) { return DocxLoader.load(data: Data(bytes), path: name) }
        return TextLoader.decode(bytes: bytes, path: name)
    }

    /// A .docx name, or a ZIP signature under any name (browsers sometimes drop the extension).
    static func looksLikeDocx(bytes: [UInt8], name: String) -> Bool {
        name.lowercased().hasSuffix(".docx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// A display name from the client: no directories, no control characters, at most 200 scalars.
    public static func displayName(_ raw: String?) -> String {
        let base = (raw ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(String.UnicodeScalarView(base.unicodeScalars.filter { !$0.properties.isNoncharacterCodePoint && $0.value >= 0x20 && $0.value != 0x7F }.prefix(200)))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "van-ban.txt" : cleaned
    }
}
