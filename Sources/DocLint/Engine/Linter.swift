import Foundation

/// Runs the enabled rules over parsed documents: load → normalise → parse → rules → diagnostics.
public struct Linter: Sendable {
    public let rules: [any DocumentRule.Type]
    public let today: CivilDate
    /// Findings of one rule in one file beyond which the rest are summarised in a note.
    public static let maximumPerRule = 500
    /// Set for repository runs: cross-document rules resolve references against it.
    public var register: DocumentRegister?
    /// Documents with at least this many lines (a hostile or pasted file, never an ordinary letter)
    /// have their rules run on all cores.
    public var parallelRulesFrom = 5_000
    /// What the engine reads of each rule's description, taken out once: a `RuleDescription` holds
    /// its examples and messages, and copying it per rule per file showed in the profile.
    private let prepared: [PreparedRule]

    public init(rules: [any DocumentRule.Type], today: CivilDate = Linter.currentDate(), register: DocumentRegister? = nil) {
        self.rules = rules
        self.today = today
        self.register = register
        prepared = rules.map(PreparedRule.init)
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
        lint(document, configuration: configuration, deferringCrossDocumentRules: false).diagnostics
    }

    /// One document's findings. `deferring` (a repository run): cross-document rules only collect
    /// what they will look up once the register is complete, and suppressions that may cover their
    /// findings are judged then (`DeferredSuppressions`).
    func lint(_ document: Document, configuration: Configuration, deferringCrossDocumentRules deferring: Bool) -> DocumentFindings {
        let plan = LintPlan(document, configuration, prepared: prepared, deferring: deferring, today: today, register: register)
        // One large document (thousands of lines) is checked by all cores, rule by rule; small
        // ones are not worth the threads (a repository run already lints files in parallel).
        let findings = ResultSlots<[Diagnostic]>(count: plan.checked.count)
        if document.source.lines.count >= parallelRulesFrom {
            let rules = plan.checked
            DispatchQueue.concurrentPerform(iterations: rules.count) { findings[$0] = check(prepared[rules[$0]], document, plan.effective, plan.shared) }
        } else {
            for index in plan.checked.indices { findings[index] = check(prepared[plan.checked[index]], document, plan.effective, plan.shared) }
        }
        return finish(plan, document, configuration, findings: plan.checked.indices.map { findings[$0] ?? [] })
    }

    /// Several documents' findings, the same as `lint(_:configuration:deferringCrossDocumentRules:)`
    /// of each, with the rules run a group at a time over all of them: one text at a time ran the
    /// code of all fifty-odd rules for each, more than the processor keeps at hand. In groups the
    /// benchmark ran in 0.83 of the wall-clock time for 2 % more instructions (`compare.sh`; the
    /// gain is the processor's, which valgrind's simulated caches do not show).
    func lint(_ documents: [Document], configurations: [Configuration], deferringCrossDocumentRules deferring: Bool) -> [DocumentFindings] {
        // (A large document is checked on its own, by all cores.)
        let together = documents.indices.filter { documents[$0].source.lines.count < parallelRulesFrom }
        let plans = together.map { LintPlan(documents[$0], configurations[$0], prepared: prepared, deferring: deferring, today: today, register: register) }
        var findings = plans.map { [[Diagnostic]](copies: [], count: $0.checked.count) }
        // Rules in groups of `rulesTogether`, each group over every document: a Document passed
        // from an array is a copy (its every field retained and released), so one copy per
        // document and group rather than per rule, while a group's code stays cached.
        var next = [Int](copies: 0, count: plans.count)
        for groupStart in stride(from: 0, to: prepared.count, by: Linter.rulesTogether) {
            let group = groupStart..<min(prepared.count, groupStart + Linter.rulesTogether)
            for position in plans.indices {
                next[position] = checkGroup(group, documents[together[position]], plans[position], from: next[position], into: &findings[position])
            }
        }
        var results: [DocumentFindings?] = Array(copies: nil, count: documents.count)
        for (position, index) in together.enumerated() {
            results[index] = finish(plans[position], documents[index], configurations[index], findings: findings[position])
        }
        for index in documents.indices where results[index] == nil {
            results[index] = lint(documents[index], configuration: configurations[index], deferringCrossDocumentRules: deferring)
        }
        return results.map { $0! }
    }

    /// Rules run over a batch of documents before the next rules (see `lint(_:configurations:…)`).
    static let rulesTogether = 24

    /// The plan's checked rules that fall in `group`, from the plan's position `first` on, over one
    /// document; the position after them.
    private func checkGroup(_ group: Range<Int>, _ document: Document, _ plan: LintPlan, from first: Int, into findings: inout [[Diagnostic]]) -> Int {
        var position = first
        while position < plan.checked.count, group.contains(plan.checked[position]) {
            findings[position] = check(prepared[plan.checked[position]], document, plan.effective, plan.shared)
            position += 1
        }
        return position
    }

    /// What is checked of one document: the rules enabled for its file, which of them run now,
    /// which a repository run defers, and which step back on OCR text.
    struct LintPlan {
        let effective: EffectiveRules
        let ocr: Bool
        /// Positions in `prepared`, in its order, not filtered copies of it: each copy of a rule's
        /// facts retained its strings and dictionary, three filters per file.
        let enabled: [Int], checked: [Int], deferred: [Int]
        let skipped: [String]
        let custom: [CustomRule]
        let shared: RuleContext.Shared

        fileprivate init(_ document: Document, _ configuration: Configuration, prepared: [PreparedRule], deferring: Bool, today: CivilDate, register: DocumentRegister?) {
            let effective = configuration.rules(for: document.file)
            let ocr = document.textCondition == .ocrDegraded
            var enabled: [Int] = [], checked: [Int] = [], deferred: [Int] = []
            var skipped: [String] = []
            enabled.reserveCapacity(prepared.count)
            checked.reserveCapacity(prepared.count)
            for index in prepared.indices where effective.isEnabled(id: prepared[index].id, isOptIn: prepared[index].isOptIn) {
                enabled.append(index)
                if ocr && prepared[index].needsExactText { skipped.append(prepared[index].id) }
                else if deferring && prepared[index].crossDocument != nil { deferred.append(index) }
                else { checked.append(index) }
            }
            // The office's rules match exact wording: on OCR text they step back like the typography rules.
            let custom = configuration.customRules.filter { effective.isEnabled(id: $0.id, isOptIn: false) }
            if ocr { skipped += custom.map(\.id) }
            (self.effective, self.ocr, self.enabled, self.checked, self.deferred, self.skipped, self.custom) = (effective, ocr, enabled, checked, deferred, skipped, custom)
            shared = RuleContext.Shared(calendar: configuration.calendar, today: today, skippedForOCR: skipped, register: register)
        }
    }

    /// The rest of a document's check once its rules ran (`findings`, one list per checked rule in
    /// the plan's order): house rules, what cross-document rules collect, suppressions, pages.
    private func finish(_ plan: LintPlan, _ document: Document, _ configuration: Configuration, findings: [[Diagnostic]]) -> DocumentFindings {
        let effective = plan.effective, shared = plan.shared, custom = plan.custom, enabled = plan.enabled, skipped = plan.skipped
        var diagnostics: [Diagnostic] = []
        for found in findings { diagnostics.append(contentsOf: found) }
        if !plan.ocr {
            for rule in custom {
                diagnostics += Linter.capped(rule.check(document, severity: effective.settings[rule.id]?.severity ?? rule.severity), ruleID: rule.id)
            }
        }
        var pending: [PendingCheck] = []
        for index in plan.deferred {
            let rule = prepared[index]
            guard let crossDocument = rule.crossDocument else { continue }
            let context = context(rule, effective, shared)
            if let collected = crossDocument.collectErased(document, context) {
                pending.append(PendingCheck(rule: crossDocument, context: context, pending: collected))
            }
        }
        var deferredSuppressions: DeferredSuppressions?
        let suppressions = Suppressions.scan(document.source)
        if !suppressions.isEmpty {
            let unused = enabled.first { prepared[$0].id == Suppressions.unusedRuleID }.map { prepared[$0] }
            let unusedSeverity = unused.map { effective.settings[Suppressions.unusedRuleID]?.severity ?? $0.defaultSeverity }
            let ran = Set(enabled.map { prepared[$0].id } + custom.map(\.id)).subtracting(skipped)
            let known = Set(prepared.map(\.id) + configuration.customRules.map(\.id))
            var used = Set<Int>()
            diagnostics = Suppressions.filter(suppressions, diagnostics, used: &used)
            // A suppression that may silence a finding still to come (a cross-document rule of a
            // repository run) is judged after that finding came; any other is judged now.
            let deferredIDs = Set(pending.map(\.context.ruleID))
            var judgedLater: [(Int, Diagnostic)] = []
            for index in suppressions.indices where !used.contains(index) {
                guard let severity = unusedSeverity,
                      let verdict = Suppressions.unusedDiagnostic(suppressions[index], source: document.source, ranRules: ran,
                                                                  knownRules: known, severity: severity) else { continue }
                let rules = suppressions[index].rules
                let mayCoverLater = !deferredIDs.isEmpty && (rules.isEmpty || rules.contains(where: deferredIDs.contains))
                if mayCoverLater { judgedLater.append((index, verdict)) } else { diagnostics.append(verdict) }
            }
            if !pending.isEmpty { deferredSuppressions = DeferredSuppressions(suppressions: suppressions, used: used, verdicts: judgedLater) }
        }
        if let pages = document.source.pages { diagnostics = diagnostics.map { Linter.onPage($0, pages) } }
        return DocumentFindings(diagnostics: Linter.sorted(diagnostics), pending: pending, suppressions: deferredSuppressions)
    }

    /// One rule over one document, with its configured severity and options.
    private func check(_ rule: PreparedRule, _ document: Document, _ effective: EffectiveRules, _ shared: RuleContext.Shared) -> [Diagnostic] {
        let context = context(rule, effective, shared)
        let found = Linter.capped(rule.type.init().check(document, context), ruleID: rule.id)
        return document.isRestored && rule.id != "ocr-degraded" ? found.map(Linter.onRestoredText) : found
    }

    /// A finding in a PDF's or a scan's text says on which page it is: the line numbers are those
    /// of the text view, which the clerk does not see.
    static func onPage(_ diagnostic: Diagnostic, _ pages: [Int]) -> Diagnostic {
        let line = diagnostic.range.start.line - 1
        guard pages.indices.contains(line) else { return diagnostic }
        var marked = diagnostic
        marked.message = Message(vi: diagnostic.message.vi + " (trang \(pages[line]))", en: diagnostic.message.en + " (page \(pages[line]))")
        return marked
    }

    /// A finding on OCR text judged in its restored view says so, so that the clerk checks the
    /// original; its fix is dropped (it was worked out on letters the file does not hold).
    static func onRestoredText(_ diagnostic: Diagnostic) -> Diagnostic {
        var marked = diagnostic
        marked.message = Message(vi: diagnostic.message.vi + " (văn bản OCR, đã khôi phục dấu)",
                                 en: diagnostic.message.en + " (OCR text, diacritics restored)")
        marked.fix = nil
        return marked
    }

    private func context(_ rule: PreparedRule, _ effective: EffectiveRules, _ shared: RuleContext.Shared) -> RuleContext {
        // (No look-up when rules.yml sets nothing: the default run hashed every rule's id here.)
        let settings = effective.settings.isEmpty ? nil : effective.settings[rule.id]
        var options = rule.defaultOptions
        if let configured = settings?.options, !configured.isEmpty { options.merge(configured) { $1 } }
        return RuleContext(ruleID: rule.id, severity: settings?.severity ?? rule.defaultSeverity, options: options, shared: shared)
    }

    /// A pathological file (one phrase repeated a million times) must not flood the report or the
    /// memory: the first findings of a rule are kept, with a note of how many more there were.
    static func capped(_ found: [Diagnostic], ruleID: String) -> [Diagnostic] {
        guard found.count > Linter.maximumPerRule else { return found }
        let rest = found.count - Linter.maximumPerRule
        var kept = Array(Linter.sorted(found).prefix(Linter.maximumPerRule))
        if var last = kept.popLast() {
            last.notes.append(DiagnosticNote(message: Message(vi: "và \(rest + 1) phát hiện khác của quy tắc \(ruleID) trong tệp này không được liệt kê",
                                                              en: "and \(rest + 1) more findings of \(ruleID) in this file, not listed")))
            kept.append(last)
        }
        return kept
    }

    /// Deterministic order (line, column, rule) without duplicates.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Sorting first puts equal diagnostics next to each other (they share line, column and
        // rule), so duplicates are found by comparing neighbours, not by hashing every message.
        let order = diagnostics.indices.sorted { left, right in
            let a = diagnostics[left].range.start, b = diagnostics[right].range.start
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            if diagnostics[left].ruleID != diagnostics[right].ruleID { return diagnostics[left].ruleID < diagnostics[right].ruleID }
            return left < right
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(order.count)
        var runStart = 0
        for index in order {
            let diagnostic = diagnostics[index]
            if let last = result.last, last.range.start != diagnostic.range.start || last.ruleID != diagnostic.ruleID { runStart = result.count }
            if !result[runStart...].contains(diagnostic) { result.append(diagnostic) }
        }
        return result
    }

    /// Lints files in parallel and returns reports in path order.
    public func lint(paths: [String], configurationFor: @Sendable (String) throws(ConfigurationError) -> Configuration) async throws(ConfigurationError) -> [FileReport] {
        var reports: [FileReport] = []
        try await lint(paths: paths, configurationFor: configurationFor) { reports.append($0) }
        return reports
    }

    /// Files one task lints: small enough to balance two cores, large enough that scheduling
    /// costs nothing next to the parsing.
    public static let chunkSize = 8
    /// Finished chunks that may wait for an earlier, slower one before no new work is started:
    /// memory stays bounded by this, not by the number of files.
    public static let maximumWaiting = 64

    /// Lints files in parallel (TaskGroup, swift-notes §6), handing each report to `report` in path
    /// order as soon as every earlier file is done.
    public func lint(paths: [String], configurationFor: @Sendable (String) throws(ConfigurationError) -> Configuration,
                     report: (FileReport) -> Void) async throws(ConfigurationError) {
        let jobs = try Linter.jobs(paths, configurationFor).linted
        await inPathOrder(jobs, work: { $0.map { lintFile($0.0, configuration: $0.1) } }, deliver: report)
    }

    /// The files to lint with their configurations, and those the configuration excludes.
    /// Configurations are resolved up front so that a config error stops the run before any output.
    static func jobs(_ paths: [String], _ configurationFor: (String) throws(ConfigurationError) -> Configuration) throws(ConfigurationError)
        -> (linted: [(String, Configuration)], excluded: [(Int, String)]) {
        var linted: [(String, Configuration)] = []
        var excluded: [(Int, String)] = []
        for (position, path) in paths.enumerated() {
            let configuration = try configurationFor(path)
            if configuration.isExcluded(path) { excluded.append((position, path)) } else { linted.append((path, configuration)) }
        }
        return (linted, excluded)
    }

    /// Runs `work` over the jobs on all cores and hands the results to `deliver` in job order. Chunks
    /// start as others finish — no window barrier where cores wait for the slowest file of a batch —
    /// and no new chunk starts while `maximumWaiting` finished ones wait for an earlier one.
    /// (`work` takes a chunk of jobs and returns one outcome per job, in order.)
    func inPathOrder<Outcome: Sendable>(_ jobs: [(String, Configuration)], work: @escaping @Sendable (ArraySlice<(String, Configuration)>) -> [Outcome],
                                        deliver: (Outcome) -> Void) async {
        let chunks = stride(from: 0, to: jobs.count, by: Linter.chunkSize).map { jobs[$0..<min(jobs.count, $0 + Linter.chunkSize)] }
        let running = max(1, ProcessInfo.processInfo.activeProcessorCount) * 2
        await withTaskGroup(of: (Int, [Outcome]).self) { group in
            var started = 0, inFlight = 0, nextToReport = 0
            var finished: [Int: [Outcome]] = [:]
            func startMore() {
                while started < chunks.count, inFlight < running, finished.count < Linter.maximumWaiting {
                    let index = started, chunk = chunks[index]
                    group.addTask { (index, work(chunk)) }
                    started += 1; inFlight += 1
                }
            }
            startMore()
            while let (index, outcomes) = await group.next() {
                inFlight -= 1
                finished[index] = outcomes
                while let ready = finished.removeValue(forKey: nextToReport) {
                    ready.forEach(deliver)
                    nextToReport += 1
                }
                startMore()
            }
        }
    }

    public func lintFile(_ path: String, configuration: Configuration) -> FileReport {
        switch TextLoader.load(path: path) {
        case .failure(let error):
            return FileReport(path: path, source: nil, diagnostics: [], inputError: error)
        case .success(let source):
            let diagnostics = lint(source, configuration: configuration)
            // Keep only the lines the report shows: a repository run must not hold every text.
            return FileReport(path: path, source: source.keepingLines(Linter.quotedLines(diagnostics)), diagnostics: diagnostics, inputError: nil)
        }
    }
}

/// A rule with the parts of its description the engine needs for every file.
private final class PreparedRule: Sendable {
    let type: any DocumentRule.Type
    let id: String
    let isOptIn: Bool
    let needsExactText: Bool
    let defaultSeverity: Severity
    let defaultOptions: [String: RuleParameter.Value]
    /// Set for a rule that compares documents with the register.
    let crossDocument: (any CrossDocumentRule.Type)?

    init(_ type: any DocumentRule.Type) {
        let description = type.description
        self.type = type
        id = description.id
        isOptIn = description.isOptIn
        needsExactText = description.needsExactText
        defaultSeverity = description.defaultSeverity
        defaultOptions = Dictionary(uniqueKeysWithValues: description.parameters.map { ($0.name, $0.defaultValue) })
        crossDocument = type.asCrossDocumentRule
    }
}

/// One slot per parallel job, each written by exactly one job (`concurrentPerform` iterations do
/// not share an index), read after all have finished.
final class ResultSlots<Value>: @unchecked Sendable {
    // Raw memory, not an Array: writing distinct elements of one Array from several threads
    // still goes through the Array's shared uniqueness check.
    private let slots: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.baseAddress?.deinitialize(count: slots.count)
        slots.deallocate()
    }
    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
