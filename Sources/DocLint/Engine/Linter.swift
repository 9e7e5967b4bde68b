import Foundation

/// Runs the enabled rules over parsed documents: load → normalise → parse → rules → diagnostics.
public struct Linter: Sendable {
    public let rules: [any DocumentRule.Type]
    public let today: CivilDate
    /// Findings of one rule in one file beyond which the rest are summarised in a note.
    public static let maximumPerRule = 500
    /// Set for repository runs: cross-document rules resolve references against it.
    public var register: DocumentRegister?

    public init(rules: [any DocumentRule.Type], today: CivilDate = Linter.currentDate(), register: DocumentRegister? = nil) {
        self.rules = rules
        self.today = today
        self.register = register
    }

    public static func currentDate() -> CivilDate {
        // Vietnam time (UTC+7): a deadline is a local day.
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return CivilDate(dayNumber: seconds / 86_400)
    }

    public var descriptions: [RuleDescription] { rules.map { $0.description } }

    /// Lints one decoded text.
    public func lint(_ source: SourceText, configuration: Configuration) -> [Diagnostic] {
        let document = DocumentParser.parse(source)
        return lint(document, configuration: configuration)
    }

    public func lint(_ document: Document, configuration: Configuration) -> [Diagnostic] {
        let effective = configuration.rules(for: document.file)
        let enabled = rules.filter { effective.isEnabled($0.description) }
        let ocr = document.textCondition == .ocrDegraded
        let skipped = ocr ? enabled.filter { $0.description.needsExactText }.map { $0.description.id } : []
        var diagnostics: [Diagnostic] = []
        for rule in enabled {
            let description = rule.description
            if ocr && description.needsExactText { continue }
            let settings = effective.settings[description.id]
            var options = Dictionary(uniqueKeysWithValues: description.parameters.map { ($0.name, $0.defaultValue) })
            options.merge(settings?.options ?? [:]) { $1 }
            let context = RuleContext(ruleID: description.id, severity: settings?.severity ?? description.defaultSeverity,
                                      options: options, calendar: configuration.calendar, today: today, skippedForOCR: skipped,
                                      register: register)
            var found = rule.init().check(document, context)
            if found.count > Linter.maximumPerRule {
                // A pathological file (one phrase repeated a million times) must not flood the
                // report or the memory: keep the first ones and say how many more there were.
                let rest = found.count - Linter.maximumPerRule
                found = Array(Linter.sorted(found).prefix(Linter.maximumPerRule))
                if var last = found.popLast() {
                    last.notes.append(DiagnosticNote(message: Message(vi: "và \(rest + 1) phát hiện khác của quy tắc \(description.id) trong tệp này không được liệt kê",
                                                                      en: "and \(rest + 1) more findings of \(description.id) in this file, not listed")))
                    found.append(last)
                }
            }
            diagnostics.append(contentsOf: found)
        }
        let suppressions = Suppressions.scan(document.source)
        if !suppressions.isEmpty {
            let unused = enabled.first { $0.description.id == Suppressions.unusedRuleID }
            let unusedSeverity = unused.map { effective.settings[Suppressions.unusedRuleID]?.severity ?? $0.description.defaultSeverity }
            let ran = Set(enabled.map { $0.description.id }).subtracting(skipped)
            diagnostics = Suppressions.apply(suppressions, to: diagnostics, source: document.source, ranRules: ran,
                                             knownRules: Set(rules.map { $0.description.id }), unusedSeverity: unusedSeverity)
        }
        return Linter.sorted(diagnostics)
    }

    /// Deterministic order (line, column, rule) without duplicates.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sorted {
            ($0.range.start.line, $0.range.start.column, $0.ruleID) < ($1.range.start.line, $1.range.start.column, $1.ruleID)
        }
    }

    /// Lints files in parallel (chunked TaskGroup: swift-notes §6) and returns reports in path order.
    public func lint(paths: [String], configurationFor: @Sendable (String) throws(ConfigurationError) -> Configuration) async throws(ConfigurationError) -> [FileReport] {
        // Resolve configurations up front so that a config error stops the run before any output.
        var jobs: [(String, Configuration)] = []
        for path in paths {
            let configuration = try configurationFor(path)
            if !configuration.isExcluded(path) { jobs.append((path, configuration)) }
        }
        let chunkCount = max(1, min(jobs.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (jobs.count + chunkCount - 1) / max(1, chunkCount)
        let results = await withTaskGroup(of: [(Int, FileReport)].self) { group in
            for chunkStart in stride(from: 0, to: jobs.count, by: max(1, chunkSize)) {
                let chunk = Array(jobs.enumerated())[chunkStart..<min(jobs.count, chunkStart + chunkSize)]
                group.addTask {
                    chunk.map { ($0.offset, self.lintFile($0.element.0, configuration: $0.element.1)) }
                }
            }
            var collected: [(Int, FileReport)] = []
            for await part in group { collected.append(contentsOf: part) }
            return collected
        }
        return results.sorted { $0.0 < $1.0 }.map(\.1)
    }

    public func lintFile(_ path: String, configuration: Configuration) -> FileReport {
        switch TextLoader.load(path: path) {
        case .failure(let error):
            return FileReport(path: path, source: nil, diagnostics: [], inputError: error)
        case .success(let source):
            return FileReport(path: path, source: source, diagnostics: lint(source, configuration: configuration), inputError: nil)
        }
    }
}
