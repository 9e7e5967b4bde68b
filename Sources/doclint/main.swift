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

@main
struct DocLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doclint",
        abstract: "Kiểm tra thể thức văn bản hành chính Việt Nam (NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW, \"6 rõ\").",
        discussion: "Checks Vietnamese administrative documents against the format rules of Decree 30/2020 and the Party guideline.",
        version: "0.1.0",
        subcommands: [Lint.self, Dump.self, RulesCommand.self],
        defaultSubcommand: Lint.self)
}

/// Expands files and directories (recursively: .txt and .md) into a sorted list of files.
func collectFiles(_ paths: [String]) -> (files: [String], missing: [String]) {
    var files: [String] = []
    var missing: [String] = []
    let fileManager = FileManager.default
    for path in paths {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
        guard isDirectory.boolValue else { files.append(path); continue }
        var found: [String] = []
        var visited = Set<String>()
        func walk(_ directory: String, depth: Int) {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            guard depth < 64, visited.insert(real).inserted,
                  let entries = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
            for entry in entries where !entry.hasPrefix(".") {
                let child = directory == "." ? entry : (directory as NSString).appendingPathComponent(entry)
                var childIsDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
                if childIsDirectory.boolValue {
                    walk(child, depth: depth + 1)
                } else if ["txt", "md"].contains((entry as NSString).pathExtension.lowercased()) {
                    found.append(child)
                }
            }
        }
        walk(path, depth: 0)
        files.append(contentsOf: found.sorted())
    }
    return (files, missing)
}

/// Loads rules.yml once per file location (`--config` wins over discovery).
final class ConfigurationCache: @unchecked Sendable {
    let explicit: String?
    let rules: [RuleDescription]
    private var byPath: [String: Configuration] = [:]
    private let lock = NSLock()

    init(explicit: String?, rules: [RuleDescription]) { self.explicit = explicit; self.rules = rules }

    func configuration(for file: String) throws(ConfigurationError) -> Configuration {
        let path = explicit ?? Configuration.discover(from: file)
        guard let path else { return Configuration() }
        lock.lock(); defer { lock.unlock() }
        if let cached = byPath[path] { return cached }
        let loaded = try Configuration.load(path: path, rules: rules)
        byPath[path] = loaded
        return loaded
    }
}

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra tệp và thư mục (mặc định). / Lint files and directories (default).")

    @Argument(help: "Tệp hoặc thư mục (.txt, .md). / Files or directories.")
    var paths: [String] = []

    @Option(name: .long, help: "Tệp rules.yml (mặc định: tìm từ thư mục của từng tệp trở lên).")
    var config: String?

    @Option(name: .long, help: "Định dạng: full, concise, json.")
    var format: String = "full"

    @Option(name: .long, help: "Mức gây lỗi: error (mặc định), warning, note.")
    var failOn: String = "error"

    @Option(name: .long, help: "Màu: auto, always, never.")
    var color: String = "auto"

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard OutputFormat(rawValue: format) != nil else { throw ValidationError("--format: full, concise, json") }
        guard Severity(rawValue: failOn) != nil else { throw ValidationError("--fail-on: error, warning, note") }
        guard ["auto", "always", "never"].contains(color) else { throw ValidationError("--color: auto, always, never") }
    }

    func run() async throws {
        let language = shared.language
        guard !paths.isEmpty else {
            writeError(language == .vi ? "doclint: cần ít nhất một tệp hoặc thư mục (xem doclint --help)" : "doclint: give at least one file or directory (see doclint --help)")
            throw ExitCode(Exit.inputError)
        }
        let linter = Linter(rules: allRuleTypes)
        if let config, !FileManager.default.fileExists(atPath: config) {
            writeError(InputError.notFound(path: config).message(language))
            throw ExitCode(Exit.inputError)
        }
        let (files, missing) = collectFiles(paths)
        for path in missing { writeError("doclint: " + InputError.notFound(path: path).message(language)) }
        let cache = ConfigurationCache(explicit: config, rules: linter.descriptions)
        let reports: [FileReport]
        do {
            reports = try await linter.lint(paths: files) { (file) throws(ConfigurationError) -> Configuration in try cache.configuration(for: file) }
        } catch {
            writeError(error.text(language))
            throw ExitCode(Exit.inputError)
        }
        let excludedFree = reports
        let useColor = color == "always" || (color == "auto" && isatty(STDOUT_FILENO) != 0 && format == "full")
        let reporter = Reporter(format: OutputFormat(rawValue: format)!, language: language, color: useColor)
        for report in excludedFree where report.inputError != nil && format != "json" {
            writeError(report.inputError!.message(language))
        }
        writeOut(reporter.render(excludedFree))
        let inputFailed = !missing.isEmpty || excludedFree.contains { $0.inputError != nil }
        let failLevel = Severity(rawValue: failOn)!
        let failing = excludedFree.flatMap(\.diagnostics).contains { $0.severity >= failLevel }
        if format == "full" {
            let all = excludedFree.flatMap(\.diagnostics)
            let errors = all.filter { $0.severity == .error }.count
            let warnings = all.filter { $0.severity == .warning }.count
            let notes = all.filter { $0.severity == .note }.count
            if !all.isEmpty {
                writeError(language == .vi ? "\(errors) lỗi, \(warnings) cảnh báo, \(notes) ghi chú trong \(excludedFree.count) tệp."
                                           : "\(errors) errors, \(warnings) warnings, \(notes) notes in \(excludedFree.count) files.")
            }
        }
        if inputFailed { throw ExitCode(Exit.inputError) }
        if failing { throw ExitCode(Exit.findings) }
    }
}

struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "In mô hình văn bản đã phân tích. / Print the parsed document model.")

    @Argument(help: "Tệp văn bản.")
    var file: String

    @Option(name: .long, help: "json (mặc định).")
    var format: String = "json"

    @Flag(name: .long, help: "In văn bản đã kiểm tra kèm số dòng. / Print the checked text with line numbers.")
    var text = false

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard format == "json" else { throw ValidationError("--format: json") }
    }

    func run() async throws {
        switch TextLoader.load(path: file) {
        case .failure(let error):
            writeError(error.message(shared.language))
            throw ExitCode(Exit.inputError)
        case .success(let source):
            writeOut(text ? DocumentDump.text(source) : DocumentDump.json(DocumentParser.parse(source)))
        }
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Liệt kê hoặc giải thích quy tắc. / List or explain rules.")

    @Argument(help: "Mã quy tắc cần giải thích.")
    var id: String?

    @Option(name: .long, help: "text (mặc định) hoặc json.")
    var format: String = "text"

    @Option(name: .long, help: "Tệp rules.yml để biết quy tắc nào đang bật.")
    var config: String?

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["text", "json"].contains(format) else { throw ValidationError("--format: text, json") }
    }

    func run() throws {
        let descriptions = allRuleTypes.map { $0.description }.sorted { $0.id < $1.id }
        var configuration = Configuration()
        if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath + "/x") {
            do { configuration = try Configuration.load(path: path, rules: descriptions) } catch {
                writeError(error.text(shared.language)); throw ExitCode(Exit.inputError)
            }
        }
        let effective = configuration.rules(for: "x")
        if let id {
            guard let description = descriptions.first(where: { $0.id == id }) else {
                writeError(shared.language == .vi ? "doclint: không có quy tắc '\(id)'" : "doclint: no rule '\(id)'")
                throw ExitCode(Exit.inputError)
            }
            writeOut(format == "json" ? RuleCatalogue.json([description]) : RuleCatalogue.explain(description, language: shared.language))
            return
        }
        writeOut(format == "json" ? RuleCatalogue.json(descriptions) : RuleCatalogue.table(descriptions, enabled: { effective.isEnabled($0) }, settings: effective.settings, language: shared.language))
    }
}
