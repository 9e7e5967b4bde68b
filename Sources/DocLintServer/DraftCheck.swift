import DocLint
import Foundation
import Rules

/// One uploaded draft checked the way `doclint lint` checks a file: load → parse once → rules.
/// Text and .docx are read in memory; a PDF or a scanned image is handed to poppler and Tesseract
/// as a file in a private temporary folder, removed when it has been read.
public struct DraftCheck: Sendable {
    /// The name the browser gave; only shown and used to tell .docx from text, never opened.
    public let name: String
    public let report: FileReport
    /// Nil when the upload could not be read (see `report.inputError`).
    public let document: Document?
    public let tasks: [TaskRow]

    public var isDocx: Bool { document?.source.layout != nil }
    /// A PDF or a scan: its text view is not the file, so no fixed copy is offered.
    public var isPDFOrScan: Bool { document?.source.pages != nil }
    /// Findings a safe fix can correct, which the page offers to download as a fixed .txt.
    public var safeFixCount: Int { isDocx || isPDFOrScan ? 0 : report.diagnostics.filter { $0.fix?.isSafe == true }.count }
    /// In a Word file, the findings a safe fix can correct: the reviewed copy can carry them as tracked changes.
    public var docxSafeFixCount: Int { isDocx ? report.diagnostics.filter { $0.fix?.isSafe == true }.count : 0 }

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
        case .success(let source) where source.layout != nil || source.pages != nil: return .success(nil)
        case .success(let source): return .success(linter.fix(source, configuration: configuration, includeUnsafe: false).fixedText)
        }
    }

    /// A Word file reviewed as `doclint lint --annotate` writes it: a comment per finding and, with
    /// `fixes`, the safe fixes as tracked changes. Not a Word file: an input error.
    public static func reviewedDocx(bytes: [UInt8], name: String, configuration: Configuration, linter: Linter, fixes: Bool,
                                    language: Language) -> Result<DocxReviewOutcome, InputError> {
        guard looksLikeDocx(bytes: bytes, name: name) else {
            return .failure(.docx(path: name, reason: language == .vi ? "chỉ tệp Word .docx mới có bản rà soát" : "only Word .docx files get a reviewed copy"))
        }
        switch load(bytes: bytes, name: name) {
        case .failure(let error): return .failure(error)
        case .success(let source):
            let findings = linter.lint(source, configuration: configuration)
            do {
                return .success(try linter.reviewDocx(data: Data(bytes), source: source, configuration: configuration, comments: findings,
                                                      fixes: fixes, includeUnsafe: false, options: DocxReview.Options(language: language)))
            } catch {
                return .failure(.docx(path: name, reason: DocxReview.Failure.message(of: error, language)))
            }
        }
    }

    static func load(bytes: [UInt8], name: String) -> Result<SourceText, InputError> {
        if looksLikeDocx(bytes: bytes, name: name) { return DocxLoader.load(data: Data(bytes), path: name) }
        if let kind = pdfOrImageExtension(bytes: bytes, name: name) { return loadThroughFile(bytes, name: name, extension: kind) }
        return TextLoader.decode(bytes: bytes, path: name)
    }

    /// "pdf", "png", "jpg" or "tif" from the content's signature (or the name's extension).
    static func pdfOrImageExtension(bytes: [UInt8], name: String) -> String? {
        if bytes.starts(with: Array("%PDF".utf8)) { return "pdf" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "tif" }
        guard let ext = TextLoader.fileExtension(name) else { return nil }
        return ext == "pdf" || ScanReader.imageExtensions.contains(ext) ? ext : nil
    }

    /// poppler and Tesseract read files: the upload goes to a private folder for as long as they read.
    static func loadThroughFile(_ bytes: [UInt8], name: String, extension ext: String) -> Result<SourceText, InputError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let file = folder.appendingPathComponent("upload.\(ext)")
            try Data(bytes).write(to: file)
            switch TextLoader.load(path: file.path) {
            case .failure(.pdf(_, let reason)):
                // The error named the temporary file; the clerk knows the upload by its name.
                return .failure(.pdf(path: name, reason: reason))
            case .failure(let error):
                return .failure(.unreadable(path: name, reason: error.message(.vi).replacingOccurrences(of: file.path + ": ", with: "")))
            case .success(let read):
                var source = SourceText(path: name, lines: read.lines, hadByteOrderMark: read.hadByteOrderMark)
                source.pages = read.pages
                source.isOCRText = read.isOCRText
                return .success(source)
            }
        } catch {
            return .failure(.unreadable(path: name, reason: "\(error)"))
        }
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
