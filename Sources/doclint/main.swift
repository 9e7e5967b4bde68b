import ArgumentParser
import DocLint
import Foundation
import Rules
#if Server
import DocLintServer
import Logging
#endif

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
        subcommands: [Lint.self, Dump.self, RulesCommand.self, Index.self, Tasks.self, Serve.self],
        defaultSubcommand: Lint.self)
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

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra tệp và thư mục (mặc định). / Lint files and directories (default).")

    @Argument(help: "Tệp hoặc thư mục (.txt, .md); “-” đọc từ đầu vào chuẩn. / Files or directories; “-” reads standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "Tệp rules.yml (mặc định: tìm từ thư mục của từng tệp trở lên).")
    var config: String?

    @Option(name: .long, help: "Định dạng: full, concise, json, sarif, github, junit, gitlab.")
    var format: String = "full"

    @Option(name: [.short, .customLong("output")], help: "Ghi báo cáo --format vào tệp; màn hình vẫn nhận bản cho người đọc. / Write the --format report to FILE; the terminal still gets the human output.")
    var output: String?

    @Option(name: .long, help: "Mức gây lỗi: error (mặc định), warning, note.")
    var failOn: String = "error"

    @Flag(name: .long, help: "Luôn trả mã 0 khi có phát hiện (lỗi đầu vào vẫn là 2). / Exit 0 even with findings.")
    var exitZero = false

    @Flag(name: [.short, .long], help: "Không in dòng tổng kết và thông báo sửa. / No summary lines.")
    var quiet = false

    @Flag(name: .long, help: "Sửa các lỗi có cách sửa an toàn, ghi đè tệp. / Apply safe fixes in place.")
    var fix = false

    @Flag(name: .long, help: "Cùng với --fix hoặc --diff: áp dụng cả cách sửa không an toàn.")
    var unsafeFixes = false

    @Flag(name: .long, help: "In phần sẽ sửa (diff) mà không ghi tệp. / Show the fixes as a diff without writing.")
    var diff = false

    @Option(name: .long, help: "Ghi các phát hiện hiện có vào tệp baseline. / Write current findings to a baseline file.")
    var writeBaseline: String?

    @Option(name: .long, help: "Bỏ qua các phát hiện đã có trong baseline. / Ignore findings recorded in a baseline.")
    var baseline: String?

    @Option(name: .long, help: "Chỉ lấy tệp khớp mẫu này khi duyệt thư mục (lặp lại được). / Glob for files found in directories.")
    var include: [String] = []

    @Option(name: .long, help: "Bỏ qua đường dẫn khớp mẫu (lặp lại được). / Glob of paths to skip.")
    var exclude: [String] = []

    @Option(name: .long, help: "Tên tệp dùng cho đầu vào chuẩn (“-”): để báo lỗi và tìm rules.yml.")
    var stdinFilename: String?

    @Option(name: .long, help: "Màu: auto, always, never.")
    var color: String = "auto"

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard OutputFormat(rawValue: format) != nil else { throw ValidationError("--format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))") }
        guard Severity(rawValue: failOn) != nil else { throw ValidationError("--fail-on: error, warning, note") }
        guard ["auto", "always", "never"].contains(color) else { throw ValidationError("--color: auto, always, never") }
        if unsafeFixes && !fix && !diff { throw ValidationError("--unsafe-fixes đi cùng --fix hoặc --diff / needs --fix or --diff") }
        if fix && diff { throw ValidationError("--fix và --diff không dùng cùng nhau / use one of --fix, --diff") }
        if paths.filter({ $0 == "-" }).count > 1 || (paths.contains("-") && paths.count > 1) { throw ValidationError("“-” (đầu vào chuẩn) đứng một mình / “-” stands alone") }
    }

    /// Human formats print each file's report as soon as it is ready and forget the text.
    var streams: Bool {
        ["full", "concise", "github"].contains(format) && output == nil && baseline == nil && writeBaseline == nil && !fix && !diff && paths != ["-"]
    }

    func run() async throws {
        let language = shared.language
        guard !paths.isEmpty else {
            writeError(language == .vi ? "doclint: cần ít nhất một tệp hoặc thư mục (xem doclint --help)" : "doclint: give at least one file or directory (see doclint --help)")
            throw ExitCode(Exit.inputError)
        }
        var linter = Linter(rules: allRuleTypes)
        for path in [config, baseline].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: path) {
            writeError("doclint: " + InputError.notFound(path: path).message(language))
            throw ExitCode(Exit.inputError)
        }
        let cache = ConfigurationCache(explicit: config, rules: linter.descriptions)
        var reports: [FileReport]
        var missing: [String] = []
        var fixedFiles = 0, appliedFixes = 0
        var streamed: Tally?
        do {
            if paths == ["-"] {
                let (report, fixedText) = try lintStandardInput(linter, cache)
                reports = [report]
                // ruff's convention: `--fix` on standard input prints the fixed document, nothing else.
                if fix, let fixedText { writeOut(fixedText); return }
            } else {
                let inputs = InputFiles(include: include, exclude: exclude)
                let collected = inputs.collect(paths)
                missing = collected.missing
                for path in missing { writeError("doclint: " + InputError.notFound(path: path).message(language)) }
                // A repository run (a directory, or a register in rules.yml): references resolve across files.
                let external = try externalRegister(collected.files, cache, language)
                let configurationFor = { @Sendable (file: String) throws(ConfigurationError) -> Configuration in try cache.configuration(for: file) }
                if fix || diff {
                    if let external { linter.register = await DocumentRegister.scan(paths: collected.files, external: external) }
                    let documents = collected.files.filter(TextLoader.isDocx)
                    if !documents.isEmpty {
                        writeError(language == .vi ? "doclint: chưa hỗ trợ sửa tệp .docx; \(documents.count) tệp .docx chỉ được kiểm tra, không bị ghi lại."
                                                   : "doclint: fixing .docx files is not supported yet; \(documents.count) .docx files are checked but not rewritten.")
                    }
                    let outcomes = try await fixFiles(collected.files, linter, cache)
                    reports = outcomes.map(\.0)
                    for (_, outcome) in outcomes {
                        guard let outcome, let lines = outcome.fixedLines, let text = outcome.fixedText else { continue }
                        appliedFixes += outcome.appliedFixes
                        if diff {
                            writeOut(FixDiff.unified(path: outcome.path, original: outcome.original, fixed: lines))
                        } else {
                            do { try SafeWriter.replace(path: outcome.path, with: text); fixedFiles += 1 } catch {
                                writeError("doclint: \(outcome.path): " + (language == .vi ? "không ghi được bản sửa: " : "could not write the fix: ") + "\(error)")
                                throw ExitCode(Exit.inputError)
                            }
                        }
                    }
                } else {
                    if streams {
                        // Human output is printed file by file as windows finish; only the findings
                        // are kept (for the summary and the exit code), not the texts.
                        let reporter = Reporter(format: OutputFormat(rawValue: format)!, language: language,
                                                color: color == "always" || (color == "auto" && isatty(STDOUT_FILENO) != 0 && format == "full"))
                        var tally = Tally()
                        let emit = { (report: FileReport) in
                            writeOut(reporter.render([report]))
                            if let error = report.inputError { writeError(error.message(language)) }
                            tally.add(report)
                        }
                        if let external {
                            // Findings about citations of files that sort later come after the last
                            // file, as a linker's come after the compiler's.
                            let late = try await linter.lintRepository(paths: collected.files, external: external, configurationFor: configurationFor, report: emit)
                            for findings in late {
                                writeOut(reporter.render([findings.report()]))
                                tally.addFindings(findings.diagnostics)
                            }
                        } else {
                            try await linter.lint(paths: collected.files, configurationFor: configurationFor, report: emit)
                        }
                        streamed = tally
                        reports = []
                    } else if let external {
                        reports = try await linter.lintRepository(paths: collected.files, external: external, configurationFor: configurationFor)
                    } else {
                        reports = try await linter.lint(paths: collected.files, configurationFor: configurationFor)
                    }
                }
            }
        } catch let error as ConfigurationError {
            writeError(error.text(language))
            throw ExitCode(Exit.inputError)
        }

        if let writeBaseline {
            do { try Baseline(reports: reports).encoded().write(toFile: writeBaseline, atomically: true, encoding: .utf8) } catch {
                writeError("doclint: \(writeBaseline): \(error)"); throw ExitCode(Exit.inputError)
            }
            if !quiet { writeError(language == .vi ? "doclint: đã ghi baseline \(writeBaseline)" : "doclint: wrote the baseline \(writeBaseline)") }
            return
        }
        if let baseline {
            do { reports = try Baseline.load(path: baseline).filter(reports).reports } catch {
                writeError("doclint: \(baseline): " + (language == .vi ? "không đọc được baseline: " : "cannot read the baseline: ") + "\(error)")
                throw ExitCode(Exit.inputError)
            }
        }

        let outputFormat = OutputFormat(rawValue: format)!
        let humanFormat: OutputFormat = outputFormat == .concise ? .concise : .full
        let useColor = color == "always" || (color == "auto" && isatty(STDOUT_FILENO) != 0)
        if streams {
            // Already printed.
        } else if let output {
            let machine = Reporter(format: outputFormat, language: language, color: false, rules: linter.descriptions)
            do { try machine.render(reports).write(toFile: output, atomically: true, encoding: .utf8) } catch {
                writeError("doclint: \(output): \(error)"); throw ExitCode(Exit.inputError)
            }
            writeOut(Reporter(format: humanFormat, language: language, color: useColor && humanFormat == .full).render(reports))
        } else if !diff {
            writeOut(Reporter(format: outputFormat, language: language, color: useColor && outputFormat == .full, rules: linter.descriptions).render(reports))
        }
        let machineOnStdout = output == nil && ![.full, .concise].contains(outputFormat)
        if !machineOnStdout && !streams {
            for report in reports { if let error = report.inputError { writeError(error.message(language)) } }
        }
        var tally = streamed ?? Tally()
        if streamed == nil { for report in reports { tally.add(report) } }
        let failLevel = Severity(rawValue: failOn)!
        if diff && !quiet {
            writeError(language == .vi ? "\(appliedFixes) chỗ sẽ được sửa (chạy lại với --fix để ghi)." : "\(appliedFixes) fixes would be applied (run again with --fix to write them).")
        } else if !quiet && (outputFormat == .full || output != nil) {
            if tally.errors + tally.warnings + tally.notes > 0 {
                writeError(language == .vi ? "\(tally.errors) lỗi, \(tally.warnings) cảnh báo, \(tally.notes) ghi chú trong \(tally.files) tệp."
                                           : "\(tally.errors) errors, \(tally.warnings) warnings, \(tally.notes) notes in \(tally.files) files.")
            }
        }
        if fix && !quiet && fixedFiles > 0 {
            writeError(language == .vi ? "Đã sửa \(appliedFixes) lỗi trong \(fixedFiles) tệp." : "Fixed \(appliedFixes) findings in \(fixedFiles) files.")
        }
        if !missing.isEmpty || tally.inputErrors > 0 { throw ExitCode(Exit.inputError) }
        if diff && appliedFixes > 0 && !exitZero { throw ExitCode(Exit.findings) }
        if !exitZero && tally.worst.map({ $0 >= failLevel }) == true { throw ExitCode(Exit.findings) }
    }

    /// For a repository run, the entries of the external registers rules.yml names (often none);
    /// nil when the run checks single files.
    private func externalRegister(_ files: [String], _ cache: ConfigurationCache, _ language: Language) throws(ConfigurationError) -> [RegisterEntry]? {
        var registers = Set<String>()
        for file in files { if let register = try cache.configuration(for: file).register { registers.insert(register) } }
        let walksDirectory = paths.contains { path in var isDirectory: ObjCBool = false; return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue }
        guard walksDirectory || !registers.isEmpty else { return nil }
        var external: [RegisterEntry] = []
        for path in registers.sorted() {
            do { external += try DocumentRegister.loadExternal(path: path) } catch {
                writeError("doclint: \(path): " + (language == .vi ? "không đọc được sổ đăng ký: " : "cannot read the register: ") + "\(error)")
            }
        }
        return external
    }

    /// Lints standard input; with `--fix` also returns the fixed text (the input itself when nothing applies).
    private func lintStandardInput(_ linter: Linter, _ cache: ConfigurationCache) throws(ConfigurationError) -> (FileReport, String?) {
        let name = stdinFilename ?? "<stdin>"
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let configuration = try cache.configuration(for: stdinFilename ?? FileManager.default.currentDirectoryPath + "/stdin.txt")
        switch TextLoader.decode(bytes: bytes, path: name) {
        case .failure(let error):
            return (FileReport(path: name, source: nil, diagnostics: [], inputError: error), nil)
        case .success(let source):
            if fix || diff {
                let outcome = linter.fix(source, configuration: configuration, includeUnsafe: unsafeFixes)
                if diff, let lines = outcome.fixedLines { writeOut(FixDiff.unified(path: name, original: source, fixed: lines)) }
                return (outcome.report, fix ? outcome.fixedText ?? String(decoding: bytes, as: UTF8.self) : nil)
            }
            return (FileReport(path: name, source: source, diagnostics: linter.lint(source, configuration: configuration), inputError: nil), nil)
        }
    }

    /// Fixes files in parallel; files that cannot be read keep their input error and are never written.
    private func fixFiles(_ files: [String], _ linter: Linter, _ cache: ConfigurationCache) async throws(ConfigurationError) -> [(FileReport, FixOutcome?)] {
        var jobs: [(String, Configuration)] = []
        for file in files {
            let configuration = try cache.configuration(for: file)
            if !configuration.isExcluded(file) { jobs.append((file, configuration)) }
        }
        let unsafe = unsafeFixes
        return await withTaskGroup(of: (Int, FileReport, FixOutcome?).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask {
                    switch TextLoader.load(path: job.0) {
                    case .failure(let error): return (index, FileReport(path: job.0, source: nil, diagnostics: [], inputError: error), nil)
                    case .success(let source) where source.layout != nil:
                        // .docx: checked, never rewritten (fixing Word files is not supported yet).
                        return (index, FileReport(path: job.0, source: source, diagnostics: linter.lint(source, configuration: job.1), inputError: nil), nil)
                    case .success(let source):
                        let outcome = linter.fix(source, configuration: job.1, includeUnsafe: unsafe)
                        return (index, outcome.report, outcome)
                    }
                }
            }
            var results: [(Int, FileReport, FixOutcome?)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
        }
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

    @Flag(name: .long, help: "Với --text: in văn bản OCR đã khôi phục dấu (văn bản khác in nguyên). / With --text: print OCR text with its diacritics restored (other text as it is).")
    var restored = false

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard format == "json" else { throw ValidationError("--format: json") }
        guard !restored || text else { throw ValidationError("--restored: dùng cùng --text / use with --text") }
    }

    func run() async throws {
        switch TextLoader.load(path: file) {
        case .failure(let error):
            writeError(error.message(shared.language))
            throw ExitCode(Exit.inputError)
        case .success(let source):
            if text {
                writeOut(DocumentDump.text(restored ? DocumentParser.parse(source).source : source))
            } else {
                writeOut(DocumentDump.json(DocumentParser.parse(source)))
            }
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

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sổ đăng ký các văn bản tìm thấy, theo ngày. / The register of the documents found, by date.")

    @Argument(help: "Tệp hoặc thư mục.") var paths: [String]
    @Option(name: .long, help: "csv (mặc định), json, markdown.") var format: String = "csv"
    @Option(name: .long, help: "Bỏ qua đường dẫn khớp mẫu.") var exclude: [String] = []
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["csv", "json", "markdown"].contains(format) else { throw ValidationError("--format: csv, json, markdown") }
    }

    func run() throws {
        let documents = try readDocuments(paths, include: [], exclude: exclude, language: shared.language)
        let entries = RepositoryReports.sortedByDate(documents.map(RegisterEntry.init))
        switch format {
        case "json": writeOut(RepositoryReports.json(entries))
        case "markdown": writeOut(RepositoryReports.indexMarkdown(entries))
        default: writeOut(RepositoryReports.indexCSV(entries))
        }
    }
}

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Các nhiệm vụ được giao và thời hạn. / Assigned tasks and their deadlines.")

    @Argument(help: "Tệp hoặc thư mục.") var paths: [String]
    @Option(name: .long, help: "csv (mặc định), json, ics, markdown.") var format: String = "csv"
    @Option(name: .long, help: "Chỉ nhiệm vụ giao cơ quan này, ví dụ \"Sở Nội vụ\".") var assignee: String?
    @Option(name: .long, help: "Chỉ nhiệm vụ đến hạn trước ngày này (YYYY-MM-DD hoặc dd/mm/yyyy).") var dueBefore: String?
    @Option(name: .long, help: "Tệp rules.yml (lịch ngày nghỉ).") var config: String?
    @Option(name: .long, help: "Bỏ qua đường dẫn khớp mẫu.") var exclude: [String] = []
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["csv", "json", "ics", "markdown"].contains(format) else { throw ValidationError("--format: csv, json, ics, markdown") }
        if let dueBefore, Tasks.date(dueBefore) == nil { throw ValidationError("--due-before: YYYY-MM-DD hoặc dd/mm/yyyy") }
    }

    static func date(_ text: String) -> CivilDate? {
        if let iso = CivilDate(iso: text) { return iso }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        return parts.count == 3 ? CivilDate(year: parts[2], month: parts[1], day: parts[0]) : nil
    }

    func run() throws {
        let language = shared.language
        let documents = try readDocuments(paths, include: [], exclude: exclude, config: config, language: language)
        let cache = ConfigurationCache(explicit: config, rules: allRuleTypes.map { $0.description })
        var rows: [TaskRow] = []
        for document in documents {
            let calendar: WorkCalendar
            do { calendar = try cache.configuration(for: document.file).calendar } catch {
                writeError(error.text(language)); throw ExitCode(Exit.inputError)
            }
            rows += TaskRow.rows(document, calendar: calendar)
        }
        if let assignee {
            let wanted = VietnameseFold.fold(assignee)
            rows = rows.filter { $0.assignees.contains { VietnameseFold.fold($0).contains(wanted) } }
        }
        if let dueBefore, let limit = Tasks.date(dueBefore) {
            rows = rows.filter { $0.due.flatMap(CivilDate.init(iso:)).map { $0 < limit } ?? false }
        }
        switch format {
        case "json": writeOut(RepositoryReports.json(rows))
        case "ics": writeOut(RepositoryReports.tasksICS(rows))
        case "markdown": writeOut(RepositoryReports.tasksMarkdown(rows))
        default: writeOut(RepositoryReports.tasksCSV(rows))
        }
        let undated = rows.filter { $0.flag == "no-deadline" }.count
        if undated > 0 && format != "json" {
            writeError(language == .vi ? "\(rows.count) nhiệm vụ, \(undated) nhiệm vụ chưa có thời hạn." : "\(rows.count) tasks, \(undated) without a deadline.")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Trang web kiểm tra văn bản cho văn thư. / The clerk's web page and JSON API.")

    @Option(name: .long, help: "Địa chỉ lắng nghe (mặc định chỉ máy này: 127.0.0.1). / Bind address.")
    var host: String = "127.0.0.1"
    @Option(name: .long, help: "Cổng. / Port.")
    var port: Int = 8080
    @Option(name: .long, help: "Tệp rules.yml dùng cho mọi văn bản gửi lên (mặc định: tìm từ thư mục hiện tại).")
    var config: String?
    @Option(name: .long, help: "Kích thước tệp tối đa, MB. / Upload limit in MB.")
    var maxUploadMb: Int = 10
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard (1...65_535).contains(port) else { throw ValidationError("--port: 1–65535") }
        guard (1...100).contains(maxUploadMb) else { throw ValidationError("--max-upload-mb: 1–100") }
    }

    func run() async throws {
        let vi = shared.language == .vi
        #if Server
        var configuration = Configuration()
        if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath + "/x") {
            do { configuration = try Configuration.load(path: path, rules: allRuleTypes.map { $0.description }) } catch {
                writeError(error.text(shared.language)); throw ExitCode(Exit.inputError)
            }
            writeError((vi ? "doclint serve: dùng cấu hình " : "doclint serve: using configuration ") + path)
        }
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(host)
        let shown = host.contains(":") ? "[\(host)]" : host
        writeError("doclint serve: http://\(shown):\(port)/ — " + (loopback
            ? (vi ? "chỉ máy này truy cập được (--host 0.0.0.0 để mở cho mạng nội bộ)." : "reachable from this machine only (--host 0.0.0.0 opens it to the network).")
            : (vi ? "ĐANG MỞ CHO MẠNG: mọi máy tới được địa chỉ này đều gửi được văn bản để kiểm tra." : "OPEN TO THE NETWORK: any machine that reaches this address can submit documents.")))
        var logger = Logger(label: "doclint-serve")
        logger.logLevel = .notice
        let server = ClerkServer(configuration: configuration, options: .init(maxUploadBytes: maxUploadMb * 1_048_576))
        do { try await server.run(host: host, port: port, logger: logger) } catch {
            writeError((vi ? "doclint serve: không mở được \(host):\(port): " : "doclint serve: cannot listen on \(host):\(port): ") + "\(error)")
            throw ExitCode(Exit.inputError)
        }
        #else
        // The default build leaves the web stack out (Package.swift, trait Server).
        writeError(vi ? "doclint serve: bản dựng này không kèm trang web; dựng lại với trang web: swift build -c release --traits Server"
                      : "doclint serve: this build has no web page; rebuild with it: swift build -c release --traits Server")
        throw ExitCode(Exit.inputError)
        #endif
    }
}
