import ArgumentParser
import DocLint
import Foundation
import Rules

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage, configuration or input error.
enum Exit {
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
}

struct Shared: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en. / Message language.")
    var lang: String = "vi"

    var language: Language { Language(rawValue: lang) ?? .vi }

    func validateLanguage() throws {
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang phải là vi hoặc en / --lang must be vi or en") }
    }
}

func writeError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Human output of a streamed run, written in blocks of 64 KiB: a write per file (10,000 in the
/// benchmark, most of them empty) cost a system call and a Data each. `flush` before anything goes
/// to standard error, and at the end.
final class OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    init() { bytes.reserveCapacity(limit) }

    /// Lets `write` append to the buffer in place, then writes the buffer out once it is full.
    func append(_ write: (inout [UInt8]) -> Void) {
        write(&bytes)
        if bytes.count >= limit { flush() }
    }

    func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Counts of a run, enough for the summary line and the exit code.
struct Tally {
    var errors = 0, warnings = 0, notes = 0, files = 0, inputErrors = 0
    var worst: Severity?
    mutating func add(_ report: FileReport) {
        files += 1
        if report.inputError != nil { inputErrors += 1 }
        addFindings(report.diagnostics)
    }

    /// Findings of a file already counted.
    mutating func addFindings(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity { case .error: errors += 1; case .warning: warnings += 1; case .note: notes += 1 }
            if worst.map({ diagnostic.severity > $0 }) ?? true { worst = diagnostic.severity }
        }
    }
}

/// Loads rules.yml once per file location (`--config` wins over discovery).
final class ConfigurationCache: @unchecked Sendable {
    let explicit: String?
    let rules: [RuleDescription]
    private var byPath: [String: Configuration] = [:]
    /// rules.yml found for each folder: a repository run asks once per folder, not once per file.
    private var discovered: [String: String?] = [:]
    private let lock = NSLock()

    init(explicit: String?, rules: [RuleDescription]) { self.explicit = explicit; self.rules = rules }

    func configuration(for file: String) throws(ConfigurationError) -> Configuration {
        let path = explicit ?? discover(from: file)
        guard let path else { return Configuration() }
        lock.lock(); defer { lock.unlock() }
        if let cached = byPath[path] { return cached }
        let loaded = try Configuration.load(path: path, rules: rules)
        byPath[path] = loaded
        return loaded
    }

    private func discover(from file: String) -> String? {
        // The folder is only a cache key, so the text before the last "/" serves: NSString's path
        // clean-up per file showed in the profile of a 10,000-file run.
        let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
        lock.lock()
        if let known = discovered[folder] { lock.unlock(); return known }
        lock.unlock()
        let found = Configuration.discover(from: file)
        lock.lock(); discovered[folder] = found; lock.unlock()
        return found
    }
}

/// Reads every document of the paths (directories recursively); an unreadable one is a warning.
func readDocuments(_ paths: [String], include: [String], exclude: [String], config: String? = nil, language: Language) throws -> [Document] {
    let collected = InputFiles(include: include, exclude: exclude).collect(paths)
    for path in collected.missing { writeError("doclint: " + InputError.notFound(path: path).message(language)) }
    if !collected.missing.isEmpty { throw ExitCode(Exit.inputError) }
    let cache = ConfigurationCache(explicit: config, rules: allRuleTypes.map { $0.description })
    var documents: [Document] = []
    for file in collected.files {
        // rules.yml's `excluded` applies here as in lint.
        do { if try cache.configuration(for: file).isExcluded(file) { continue } } catch {
            writeError(error.text(language)); throw ExitCode(Exit.inputError)
        }
        switch TextLoader.load(path: file) {
        case .failure(let error): writeError((language == .vi ? "cảnh báo: bỏ qua " : "warning: skipped ") + error.message(language))
        case .success(let source): documents.append(DocumentParser.parse(source))
        }
    }
    return documents
}
