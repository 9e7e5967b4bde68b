import XCTest
import DocLint
@testable import Rules

/// Runs every rule's own examples (house-style: SwiftLint's generated tests): triggering
/// examples must report exactly at the "↓" marks, non-triggering ones nothing, corrections
/// must produce the expected text.
final class RuleExampleTests: XCTestCase {
    static let marker = RuleExamples.marker

    /// Strips the marks and returns their (line, column) positions, 1-based scalars.
    func unmark(_ text: String) -> (String, [SourcePosition]) { RuleExamples.unmark(text) }

    /// "@docx" examples are a DocxBuilder spec: marks count paragraphs (directive lines are not
    /// paragraphs) and columns after a leading "{…}" property block.
    func unmarkDocx(_ text: String) -> (String, [SourcePosition]) {
        var positions: [SourcePosition] = []
        var lines: [String] = []
        var paragraph = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("@") { lines.append(line); continue }
            paragraph += 1
            var body = line
            var prefix = ""
            if line.hasPrefix("{"), let close = line.firstIndex(of: "}") { prefix = String(line[...close]); body = String(line[line.index(after: close)...]) }
            var column = 1
            var clean = String.UnicodeScalarView()
            for scalar in body.unicodeScalars {
                if scalar == Self.marker { positions.append(SourcePosition(line: paragraph, column: column)); continue }
                clean.append(scalar); column += 1
            }
            lines.append(prefix + String(clean))
        }
        return (lines.joined(separator: "\n"), positions)
    }

    func source(_ text: String) -> SourceText {
        guard text.hasPrefix("@docx") else { return SourceText(path: "example.txt", text: text) }
        let data = try! DocxBuilder.build(text)
        guard case .success(let source) = DocxLoader.load(data: data, path: "example.docx") else { fatalError("example did not load: \(text)") }
        return source
    }

    /// Repository examples: the checked document, then other documents of the set, each after a
    /// line "@@@ NAME". All of them form the register; marks belong to the first.
    func lint(_ text: String, only id: String) -> (SourceText, [Diagnostic]) {
        var configuration = Configuration()
        configuration.only = [id]
        let parts = text.components(separatedBy: "\n@@@ ")
        if parts.count > 1 {
            var documents = [DocumentParser.parse(SourceText(path: "a.txt", text: parts[0]))]
            for part in parts.dropFirst() {
                let name = String(part.prefix { $0 != "\n" })
                documents.append(DocumentParser.parse(SourceText(path: name, text: String(part.dropFirst(name.count + 1)))))
            }
            let register = DocumentRegister(entries: documents.map(RegisterEntry.init))
            let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 1, day: 15)!, register: register)
            return (documents[0].source, linter.lint(documents[0], configuration: configuration))
        }
        let source = source(text)
        let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 1, day: 15)!)
        return (source, linter.lint(source, configuration: configuration))
    }

    /// A space inside a code that reads right without it is a note with its fix (typography, the
    /// severity policy), in typed and in OCR text alike; a code in the wrong form stays an error.
    func testSpacesInTheCodeAreANote() {
        let typed = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 84 /QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác cải cách hành chính của tỉnh\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nXét đề nghị của Giám đốc Sở Nội vụ,"
        let stripped = "UY BAN NHAN DAN TINH LAM DONG\nSo: 84 /QD-UBND\n\nQUYET DINH\nVe viec thanh lap To cong tac cai cach hanh chinh cua tinh\n\nCan cu Luat To chuc chinh quyen dia phuong ngay 16 thang 6 nam 2025;\nXet de nghi cua Giam doc So Noi vu,"
        XCTAssertEqual(lint(typed, only: "so-ky-hieu").1.map(\.severity), [.note])
        XCTAssertEqual(lint(typed.replacingOccurrences(of: "84 /QĐ-UBND", with: "84/ QĐUBND"), only: "so-ky-hieu").1.map(\.severity).contains(.error), true)
        let ocr = lint(stripped, only: "so-ky-hieu").1
        XCTAssertEqual(ocr.map(\.severity), [.note])
        XCTAssertEqual(ocr.first?.range.start.line, 2)
    }

    /// A large document's rules run on all cores; the findings must be exactly those of one core.
    /// (Every rule's triggering examples glued together, repeated past the threshold.)
    func testRulesOnAllCoresFindTheSameAsOnOne() {
        let examples = allRuleTypes.flatMap { $0.description.triggering.map { unmark($0).0 } }.filter { !$0.contains("\n@@@ ") && !$0.hasPrefix("@docx") }
        var text = ""
        while text.split(separator: "\n", omittingEmptySubsequences: false).count < 300 { text += examples.joined(separator: "\n\n") + "\n\n" }
        let document = DocumentParser.parse(SourceText(path: "big.txt", text: text))
        var sequential = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 1, day: 15)!)
        sequential.parallelRulesFrom = .max
        var parallel = sequential
        parallel.parallelRulesFrom = 0
        let expected = sequential.lint(document, configuration: Configuration())
        XCTAssertGreaterThan(Set(expected.map(\.ruleID)).count, 15)
        for _ in 0..<5 { XCTAssertEqual(parallel.lint(document, configuration: Configuration()), expected) }
    }

    func testRegistryListsEveryRuleOnceWithKebabCaseIDs() {
        let ids = allRuleTypes.map { $0.description.id }
        XCTAssertFalse(ids.isEmpty)
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ids { XCTAssertNotNil(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression), id) }
    }

    func testEveryRuleCarriesItsSourceAndExamples() {
        for rule in allRuleTypes {
            let description = rule.description
            XCTAssertFalse(description.source.isEmpty, description.id)
            XCTAssertFalse(description.rationale.vi.isEmpty, description.id)
            XCTAssertFalse(description.rationale.en.isEmpty, description.id)
            XCTAssertFalse(description.triggering.isEmpty, "\(description.id) has no triggering example")
            XCTAssertFalse(description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
        }
    }

    func testTriggeringExamplesReportAtTheMarks() {
        for rule in allRuleTypes {
            let id = rule.description.id
            for example in rule.description.triggering {
                let (text, expected) = example.hasPrefix("@docx") ? unmarkDocx(example) : unmark(example)
                let (_, diagnostics) = lint(text, only: id)
                XCTAssertEqual(diagnostics.map(\.range.start), expected, "\(id): \(example)")
                XCTAssertTrue(diagnostics.allSatisfy { $0.ruleID == id })
            }
        }
    }

    func testNonTriggeringExamplesReportNothing() {
        for rule in allRuleTypes {
            let id = rule.description.id
            for example in rule.description.nonTriggering {
                XCTAssertEqual(lint(example, only: id).1, [], "\(id): \(example)")
            }
        }
    }

    func testCorrectionsProduceTheExpectedText() {
        for rule in allRuleTypes {
            let id = rule.description.id
            for correction in rule.description.corrections {
                let (text, _) = unmark(correction.before)
                let (source, diagnostics) = lint(text, only: id)
                let fixed = Fixer.apply(diagnostics.compactMap(\.fix).filter(\.isSafe).flatMap(\.edits), to: source)
                // Scalars, not String ==, which ignores the NFC/NFD difference a fix may be about.
                XCTAssertEqual(Array(fixed.unicodeScalars), Array(correction.after.unicodeScalars), id)
                // Idempotent: fixing the fixed text changes nothing.
                let (again, more) = lint(fixed, only: id)
                XCTAssertEqual(Array(Fixer.apply(more.compactMap(\.fix).flatMap(\.edits), to: again).unicodeScalars), Array(fixed.unicodeScalars), id)
            }
        }
    }
}
