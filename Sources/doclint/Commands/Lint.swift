import ArgumentParser
import DocLint
import Foundation
import Rules

#if canImport(Glibc)
import Glibc
#endif

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

    @Option(name: .long, help: "Với một tệp .docx: ghi bản rà soát vào OUT.docx, mỗi phát hiện một nhận xét Word; cùng --fix, các chỗ sửa thành thay đổi được theo dõi. / Write a reviewed copy of the .docx: a Word comment per finding; with --fix, the fixes as tracked changes.")
    var annotate: String?

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

    @Flag(name: .long, help: "Đọc lại bản quét bằng OCR, không dùng kết quả đã lưu. / Read scans again with OCR, ignoring the cache.")
    var noCache = false

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
        if let annotate {
            guard paths.count == 1, TextLoader.isDocx(paths[0]) else { throw ValidationError("--annotate cần đúng một tệp .docx / --annotate takes exactly one .docx file") }
            guard TextLoader.isDocx(annotate) else { throw ValidationError("--annotate: tệp ghi ra phải là .docx / the output must be a .docx") }
            if diff { throw ValidationError("--annotate và --diff không dùng cùng nhau / use one of --annotate, --diff") }
            if URL(fileURLWithPath: annotate).standardizedFileURL == URL(fileURLWithPath: paths[0]).standardizedFileURL {
                throw ValidationError("--annotate: ghi ra tệp khác tệp gốc (để sửa tại chỗ dùng --fix) / write to another file (--fix fixes in place)")
            }
        }
        if paths.filter({ $0 == "-" }).count > 1 || (paths.contains("-") && paths.count > 1) { throw ValidationError("“-” (đầu vào chuẩn) đứng một mình / “-” stands alone") }
    }

    /// Human formats print each file's report as soon as it is ready and forget the text.
    var streams: Bool {
        ["full", "concise", "github"].contains(format) && output == nil && baseline == nil && writeBaseline == nil && !fix && !diff && annotate == nil && paths != ["-"]
    }

    func run() async throws {
        let language = shared.language
        // The scan reader reads its cache switch from the environment (it runs in the library).
        if noCache { setenv("DOCLINT_NO_CACHE", "1", 1) }
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
        if let annotate { return try reviewDocx(paths[0], into: annotate, linter, cache) }
        var reports: [FileReport]
        var missing: [String] = []
        var fixedFiles = 0, appliedFixes = 0, suggestedFixes = 0
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
                    let outcomes = try await fixFiles(collected.files, linter, cache)
                    reports = outcomes.map(\.0)
                    for (report, _, reviewed) in outcomes {
                        // A .docx keeps its formatting: the fixes go in as tracked changes.
                        guard let reviewed, reviewed.summary.trackedChanges + reviewed.summary.suggestions > 0 else { continue }
                        do { try SafeWriter.replace(path: report.path, with: reviewed.data); fixedFiles += 1 } catch {
                            writeError("doclint: \(report.path): " + (language == .vi ? "không ghi được bản sửa: " : "could not write the fix: ") + "\(error)")
                            throw ExitCode(Exit.inputError)
                        }
                        appliedFixes += reviewed.summary.trackedChanges
                        suggestedFixes += reviewed.summary.suggestions
                    }
                    for (_, outcome, _) in outcomes {
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
                        let out = OutputBuffer()
                        defer { out.flush() }
                        let emit = { (report: FileReport) in
                            out.append { reporter.renderBytes([report], to: &$0) }
                            if let error = report.inputError { out.flush(); writeError(error.message(language)) }
                            tally.add(report)
                        }
                        if let external {
                            // Findings about citations of files that sort later come after the last
                            // file, as a linker's come after the compiler's.
                            let late = try await linter.lintRepository(paths: collected.files, external: external, configurationFor: configurationFor, report: emit)
                            for findings in late {
                                out.append { reporter.renderBytes([findings.report(quotingLines: reporter.quotesSourceLines)], to: &$0) }
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
        if fix && !quiet && suggestedFixes > 0 {
            writeError(language == .vi ? "\(suggestedFixes) chỗ sửa trong tệp .docx không ghi được thành thay đổi được theo dõi (trong trường, liên kết, vùng nội dung…): đã để thành nhận xét đề xuất."
                                       : "\(suggestedFixes) fixes in .docx files could not be tracked changes (inside a field, a link, a content control…): left as suggesting comments.")
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
    /// A .docx is fixed with tracked changes (with --diff, its text view's diff is shown instead).
    private func fixFiles(_ files: [String], _ linter: Linter, _ cache: ConfigurationCache) async throws(ConfigurationError) -> [(FileReport, FixOutcome?, DocxReviewOutcome?)] {
        var jobs: [(String, Configuration)] = []
        for file in files {
            let configuration = try cache.configuration(for: file)
            if !configuration.isExcluded(file) { jobs.append((file, configuration)) }
        }
        let unsafe = unsafeFixes
        let writesDocx = fix
        let language = shared.language
        let options = DocxReview.Options(language: language)
        return await withTaskGroup(of: (Int, FileReport, FixOutcome?, DocxReviewOutcome?).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask {
                    switch TextLoader.load(path: job.0) {
                    case .failure(let error): return (index, FileReport(path: job.0, source: nil, diagnostics: [], inputError: error), nil, nil)
                    case .success(let source) where source.layout != nil && TextLoader.isDocx(job.0) && writesDocx:
                        do {
                            let data = try Data(contentsOf: URL(fileURLWithPath: job.0))
                            let reviewed = try linter.reviewDocx(data: data, source: source, configuration: job.1, comments: nil, fixes: true,
                                                                 includeUnsafe: unsafe, options: options)
                            return (index, FileReport(path: job.0, source: reviewed.reviewed, diagnostics: reviewed.remaining, inputError: nil), nil, reviewed)
                        } catch {
                            return (index, FileReport(path: job.0, source: nil, diagnostics: [], inputError: .docx(path: job.0, reason: DocxReview.Failure.message(of: error, language))), nil, nil)
                        }
                    case .success(let source) where (source.layout != nil && !TextLoader.isDocx(job.0)) || source.pages != nil:
                        // PDF, scan: checked, never rewritten (their text view is not the file).
                        return (index, FileReport(path: job.0, source: source, diagnostics: linter.lint(source, configuration: job.1), inputError: nil), nil, nil)
                    case .success(let source):
                        let outcome = linter.fix(source, configuration: job.1, includeUnsafe: unsafe)
                        return (index, outcome.report, outcome, nil)
                    }
                }
            }
            var results: [(Int, FileReport, FixOutcome?, DocxReviewOutcome?)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2, $0.3) }
        }
    }

    /// `--annotate OUT.docx`: the reviewed copy of one .docx — a comment per finding, and with --fix
    /// the fixes as tracked changes; the input is not touched.
    private func reviewDocx(_ path: String, into output: String, _ linter: Linter, _ cache: ConfigurationCache) throws {
        let language = shared.language
        let source: SourceText
        switch TextLoader.load(path: path) {
        case .success(let loaded): source = loaded
        case .failure(let error): writeError(error.message(language)); throw ExitCode(Exit.inputError)
        }
        let configuration: Configuration
        do { configuration = try cache.configuration(for: path) } catch { writeError(error.text(language)); throw ExitCode(Exit.inputError) }
        let findings = linter.lint(source, configuration: configuration)
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let reviewed = try linter.reviewDocx(data: data, source: source, configuration: configuration, comments: findings, fixes: fix,
                                                 includeUnsafe: unsafeFixes, options: DocxReview.Options(language: language))
            try SafeWriter.replace(path: output, with: reviewed.data)
            let report = FileReport(path: path, source: source, diagnostics: findings, inputError: nil)
            let useColor = color == "always" || (color == "auto" && isatty(STDOUT_FILENO) != 0)
            writeOut(Reporter(format: OutputFormat(rawValue: format)!, language: language, color: useColor && format == "full", rules: linter.descriptions).render([report]))
            if !quiet {
                let summary = reviewed.summary
                writeError(language == .vi
                    ? "Đã ghi bản rà soát \(output): \(summary.comments) nhận xét, \(summary.trackedChanges) chỗ sửa được theo dõi" + (summary.suggestions > 0 ? ", \(summary.suggestions) chỗ sửa để thành nhận xét đề xuất (không sửa tự động được ở vị trí đó)." : ".")
                    : "Wrote the reviewed copy \(output): \(summary.comments) comments, \(summary.trackedChanges) tracked changes" + (summary.suggestions > 0 ? ", \(summary.suggestions) fixes left as suggesting comments (not fixable there)." : "."))
            }
        } catch {
            writeError("doclint: \(path): " + (language == .vi ? "không ghi được bản rà soát: " : "could not write the reviewed copy: ") + DocxReview.Failure.message(of: error, language))
            throw ExitCode(Exit.inputError)
        }
        let failLevel = Severity(rawValue: failOn)!
        if !exitZero && findings.contains(where: { $0.severity >= failLevel }) { throw ExitCode(Exit.findings) }
    }
}
