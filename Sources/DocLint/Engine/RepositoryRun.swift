import Foundation

/// A repository run, like a compiler and a linker: every file is read and parsed once; the
/// register is built from those parses in path order; cross-document rules look their collected
/// codes up as soon as the register can answer (`RegisterScope`). Before, every file's head was
/// read and parsed a second time to build the whole register first — a sixth of the run.
extension Linter {
    /// Findings that could only be decided after the last file was registered (a citation of a
    /// document whose path sorts later), for a file whose report was already handed over.
    public struct LateFindings: Sendable {
        /// Position of the file's report among those handed over.
        public let reportIndex: Int
        public let path: String
        public let diagnostics: [Diagnostic]

        /// A report of these findings alone, with the lines they quote read again from the file
        /// (the file's own report is gone: a run streams and forgets texts). `quotingLines` false:
        /// without them, for a report that quotes none (concise), and the file is not read again.
        public func report(quotingLines: Bool = true) -> FileReport {
            let source = quotingLines ? try? TextLoader.load(path: path, keepingLines: Linter.quotedLines(diagnostics)).get() : nil
            return FileReport(path: path, source: source, diagnostics: diagnostics, inputError: nil)
        }
    }

    /// Lints `paths` as one repository: reports go to `report` in path order as files finish, with
    /// every finding that the files registered so far decide; the rest is returned at the end.
    /// Files the configuration excludes are not linted but still registered (they exist, and are
    /// cited), from their heads; `external` is the register of rules.yml.
    public func lintRepository(paths: [String], external: [RegisterEntry],
                               configurationFor: @Sendable (String) throws(ConfigurationError) -> Configuration,
                               report: (FileReport) -> Void) async throws(ConfigurationError) -> [LateFindings] {
        let (jobs, excluded) = try Linter.jobs(paths, configurationFor)
        // Excluded files are registered where they stand in path order (by their position in `paths`).
        var positions = [String: Int]()
        if !excluded.isEmpty { for (position, path) in paths.enumerated() where positions[path] == nil { positions[path] = position } }
        var waitingExcluded: [(Int, RegisterEntry)] = await DocumentRegister.scan(paths: excluded.map(\.1)).entries.compactMap { entry in
            entry.file.flatMap { positions[$0] }.map { ($0, entry) }
        }
        var register = DocumentRegister(entries: external)
        // "Earlier" means a path that sorts first; when the command line's order is not sorted
        // (`doclint b/ a/`), the earlier documents are known only at the end.
        let inSortedOrder = zip(paths, paths.dropFirst()).allSatisfy { $0 <= $1 }
        var late: [LateCheck] = []
        var handedOver = 0
        await inPathOrder(jobs, work: { lintFilesForRepository($0) }) { outcome in
            if !waitingExcluded.isEmpty, let position = positions[outcome.report.path] {
                while let first = waitingExcluded.first, first.0 < position { register.add(first.1); waitingExcluded.removeFirst() }
            }
            if let entry = outcome.entry { register.add(entry) }
            var deliverable = outcome.report
            var suppressions = outcome.suppressions
            let now = inSortedOrder ? outcome.pending.filter { $0.rule.registerScope == .earlierDocuments } : []
            let later = inSortedOrder ? outcome.pending.filter { $0.rule.registerScope != .earlierDocuments } : outcome.pending
            if !now.isEmpty {
                let found = resolve(now, file: deliverable.path, register: register, suppressions: &suppressions)
                if !found.isEmpty {
                    deliverable = FileReport(path: deliverable.path, source: deliverable.source,
                                             diagnostics: Linter.sorted(deliverable.diagnostics + found), inputError: nil)
                }
            }
            if !later.isEmpty || suppressions?.verdicts.isEmpty == false {
                late.append(LateCheck(reportIndex: handedOver, path: deliverable.path, pending: later, suppressions: suppressions))
            }
            report(deliverable)
            handedOver += 1
        }
        for (_, entry) in waitingExcluded { register.add(entry) }
        var result: [LateFindings] = []
        for check in late {
            var suppressions = check.suppressions
            var found = resolve(check.pending, file: check.path, register: register, suppressions: &suppressions)
            if let suppressions { found += suppressions.verdicts.filter { !suppressions.used.contains($0.0) }.map(\.1) }
            if !found.isEmpty { result.append(LateFindings(reportIndex: check.reportIndex, path: check.path, diagnostics: Linter.sorted(found))) }
        }
        return result
    }

    /// The same, collecting every report: late findings are merged into their files' reports, so
    /// the result equals that of linting each file against a register known in advance.
    public func lintRepository(paths: [String], external: [RegisterEntry],
                               configurationFor: @Sendable (String) throws(ConfigurationError) -> Configuration) async throws(ConfigurationError) -> [FileReport] {
        var reports: [FileReport] = []
        let late = try await lintRepository(paths: paths, external: external, configurationFor: configurationFor) { reports.append($0) }
        for findings in late {
            let report = reports[findings.reportIndex]
            reports[findings.reportIndex] = FileReport(path: report.path, source: report.source,
                                                       diagnostics: Linter.sorted(report.diagnostics + findings.diagnostics), inputError: nil)
        }
        return reports
    }

    /// Cross-document findings of one file, without those its suppressions silence.
    private func resolve(_ checks: [PendingCheck], file: String, register: DocumentRegister, suppressions: inout DeferredSuppressions?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for check in checks {
            let context = check.context.with(register: register)
            found += Linter.capped(check.rule.resolveErased(check.pending, file: file, context), ruleID: context.ruleID)
        }
        guard var state = suppressions else { return found }
        found = Suppressions.filter(state.suppressions, found, used: &state.used)
        suppressions = state
        return found
    }

    /// Files of a repository run, one outcome each in order: its report (local findings, and the
    /// lines that cross-document findings may quote), its register entry and what cross-document
    /// rules will look up. The files are loaded and parsed first, then checked together
    /// (`lint(_:configurations:deferringCrossDocumentRules:)`), a group of rules at a time.
    func lintFilesForRepository(_ jobs: ArraySlice<(String, Configuration)>) -> [RepositoryFileOutcome] {
        var outcomes: [RepositoryFileOutcome?] = []
        // The parsed files side by side, each array in the same order (no tuple of a source and a
        // document copied per access).
        var positions: [Int] = [], sources: [SourceText] = [], documents: [Document] = [], configurations: [Configuration] = []
        for (path, configuration) in jobs {
            switch TextLoader.load(path: path) {
            case .failure(let error):
                outcomes.append(RepositoryFileOutcome(report: FileReport(path: path, source: nil, diagnostics: [], inputError: error),
                                                      entry: nil, pending: [], suppressions: nil))
            case .success(let source):
                positions.append(outcomes.count)
                documents.append(DocumentParser.parse(source))
                sources.append(source)
                configurations.append(configuration)
                outcomes.append(nil)
            }
        }
        let findings = lint(documents, configurations: configurations, deferringCrossDocumentRules: true)
        for file in findings.indices {
            let found = findings[file]
            var shown = Linter.quotedLines(found.diagnostics)
            for check in found.pending { shown.formUnion(check.pending.lines) }
            for (_, verdict) in found.suppressions?.verdicts ?? [] { shown.insert(verdict.range.start.line) }
            let path = jobs[jobs.startIndex + positions[file]].0
            let report = FileReport(path: path, source: sources[file].keepingLines(shown), diagnostics: found.diagnostics, inputError: nil)
            outcomes[positions[file]] = RepositoryFileOutcome(report: report, entry: RegisterEntry(documents[file]), pending: found.pending,
                                                              suppressions: found.suppressions)
        }
        return outcomes.map { $0! }
    }

    /// The 1-based lines a report quotes for its diagnostics and their notes.
    static func quotedLines(_ diagnostics: [Diagnostic]) -> Set<Int> {
        var shown = Set<Int>()
        for diagnostic in diagnostics {
            shown.insert(diagnostic.range.start.line)
            for note in diagnostic.notes { if let range = note.range { shown.insert(range.start.line) } }
        }
        return shown
    }
}

/// A document's findings; in a repository run also what its cross-document rules still look up.
struct DocumentFindings {
    var diagnostics: [Diagnostic]
    var pending: [PendingCheck]
    var suppressions: DeferredSuppressions?
}

/// What one cross-document rule collected from one document, with its configured context.
struct PendingCheck: Sendable {
    let rule: any CrossDocumentRule.Type
    let context: RuleContext
    let pending: any CrossDocumentPending
}

/// A document's suppressions while some of its findings are still to come: which ones silenced
/// something so far, and the `unused-suppression` findings to give for those that never do.
struct DeferredSuppressions: Sendable {
    let suppressions: [Suppression]
    var used: Set<Int>
    let verdicts: [(Int, Diagnostic)]
}

/// What is left to decide of a handed-over file once the last file is registered.
struct LateCheck {
    let reportIndex: Int
    let path: String
    let pending: [PendingCheck]
    let suppressions: DeferredSuppressions?
}

struct RepositoryFileOutcome: Sendable {
    let report: FileReport
    let entry: RegisterEntry?
    let pending: [PendingCheck]
    let suppressions: DeferredSuppressions?
}

extension RuleContext {
    /// The same context with the register a cross-document rule resolves against.
    func with(register: DocumentRegister) -> RuleContext {
        RuleContext(ruleID: ruleID, severity: severity, options: options, calendar: calendar, today: today,
                    skippedForOCR: skippedForOCR, register: register)
    }
}
