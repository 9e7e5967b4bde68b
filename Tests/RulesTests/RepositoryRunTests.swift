import XCTest
import DocLint
@testable import Rules

/// A repository run parses each file once and resolves cross-document rules as the register fills;
/// its findings must be exactly those of linting every file against a register built first.
final class RepositoryRunTests: XCTestCase {
    let today = CivilDate(year: 2026, month: 3, day: 15)!

    /// The example repository copied under names that put a citation before the cited file, plus
    /// a suppression that silences a citation finding and one that silences nothing. The cited plan
    /// is excluded by the configuration: not linted, still registered.
    func makeRepository() throws -> (paths: [String], configuration: Configuration) {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/kho-van-ban").standardized
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        func copy(_ name: String, to newName: String, editing edit: (String) -> String = { $0 }) throws {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            try edit(text).write(to: directory.appendingPathComponent(newName), atomically: true, encoding: .utf8)
        }
        let citation = "Ngày 09/3/2026"
        try copy("tb-07-ubnd.txt", to: "a-tb-07.txt")
        try copy("kh-15-ubnd.txt", to: "b-kh-15.txt")
        try copy("cv-20-ubnd-vx.txt", to: "c-cv-20-vx.txt")
        try copy("cv-20-ubnd-kt.txt", to: "d-cv-20-kt.txt") {
            $0.replacingOccurrences(of: "\n\n", with: "\n\n<!-- doclint-disable-next-line reference-unresolved -->\n", options: [], range: $0.range(of: "\n\n"))
        }
        try copy("tb-07-ubnd.txt", to: "e-tb-07-suppressed.txt") {
            $0.replacingOccurrences(of: citation, with: "<!-- doclint-disable-next-line reference-mismatch -->\n" + citation)
        }
        let paths = ["a-tb-07.txt", "b-kh-15.txt", "c-cv-20-vx.txt", "d-cv-20-kt.txt", "e-tb-07-suppressed.txt"].map { directory.appendingPathComponent($0).path }
        var configuration = Configuration()
        configuration.baseDirectory = directory.path
        configuration.excluded = ["b-kh-15.txt"]
        return (paths, configuration)
    }

    func expected(_ paths: [String], _ configuration: Configuration) async throws -> [FileReport] {
        let register = await DocumentRegister.scan(paths: paths)
        return try await Linter(rules: allRuleTypes, today: today, register: register).lint(paths: paths) { _ in configuration }
    }

    func testOnePassFindsWhatARegisterBuiltFirstFinds() async throws {
        let (paths, configuration) = try makeRepository()
        let expected = try await expected(paths, configuration)
        let rules = Set(expected.flatMap(\.diagnostics).map(\.ruleID))
        XCTAssertTrue(rules.isSuperset(of: ["duplicate-number", "reference-mismatch", "reference-unresolved", "unused-suppression"]), "\(rules)")
        XCTAssertEqual(expected.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["a-tb-07.txt", "c-cv-20-vx.txt", "d-cv-20-kt.txt", "e-tb-07-suppressed.txt"])

        let linter = Linter(rules: allRuleTypes, today: today)
        let merged = try await linter.lintRepository(paths: paths, external: [], configurationFor: { _ in configuration })
        XCTAssertEqual(merged.map(\.path), expected.map(\.path))
        for (found, wanted) in zip(merged, expected) { XCTAssertEqual(found.diagnostics, wanted.diagnostics, found.path) }
        // Every finding, late ones too, keeps the line it quotes.
        for report in merged {
            let text = try TextLoader.load(path: report.path).get()
            for diagnostic in report.diagnostics {
                let line = diagnostic.range.start.line - 1
                XCTAssertEqual(report.source?.lines[line].original, text.lines[line].original, "\(report.path):\(line + 1) \(diagnostic.ruleID)")
            }
        }

        // Streamed: duplicate numbers in place, citations (and the verdict on a suppression of
        // one) after the last file; together, the same findings.
        var streamed: [FileReport] = []
        let late = try await linter.lintRepository(paths: paths, external: [], configurationFor: { _ in configuration }) { streamed.append($0) }
        XCTAssertEqual(Set(late.flatMap(\.diagnostics).map(\.ruleID)), ["reference-mismatch", "reference-unresolved", "unused-suppression"])
        XCTAssertTrue(streamed.flatMap(\.diagnostics).contains { $0.ruleID == "duplicate-number" })
        for (index, report) in streamed.enumerated() {
            let lateHere = late.filter { $0.reportIndex == index }
            XCTAssertTrue(lateHere.allSatisfy { $0.path == report.path })
            XCTAssertEqual(Linter.sorted(report.diagnostics + lateHere.flatMap(\.diagnostics)), expected[index].diagnostics, report.path)
        }
        // A late finding quotes its line, read again from the file.
        let mismatch = try XCTUnwrap(late.first { $0.diagnostics.contains { $0.ruleID == "reference-mismatch" } })
        let line = mismatch.diagnostics[0].range.start.line
        XCTAssertTrue(try XCTUnwrap(mismatch.report().source).lines[line - 1].original.contains("15/KH-UBND"))
        // A concise report quotes nothing: the file is not read again, the findings are the same.
        let unquoted = mismatch.report(quotingLines: false)
        XCTAssertNil(unquoted.source)
        XCTAssertEqual(unquoted.diagnostics, mismatch.diagnostics)
        let concise = Reporter(format: .concise, language: .vi, color: false)
        XCTAssertFalse(concise.quotesSourceLines)
        XCTAssertEqual(concise.render([unquoted]), concise.render([mismatch.report()]))
    }

    /// `doclint b/ a/`: a file's earlier documents (by path) may come later in the run, so
    /// duplicate numbers are decided at the end too, and nothing is lost.
    func testUnsortedPathsLoseNoDuplicateNumber() async throws {
        let (paths, configuration) = try makeRepository()
        let reversed = Array(paths.reversed())
        let expected = try await expected(reversed, configuration)
        XCTAssertTrue(expected.flatMap(\.diagnostics).contains { $0.ruleID == "duplicate-number" })
        let merged = try await Linter(rules: allRuleTypes, today: today).lintRepository(paths: reversed, external: [], configurationFor: { _ in configuration })
        XCTAssertEqual(merged.map(\.path), expected.map(\.path))
        for (found, wanted) in zip(merged, expected) { XCTAssertEqual(found.diagnostics, wanted.diagnostics, found.path) }
    }
}
