import XCTest
import DocLint
@testable import Rules

/// House rules in rules.yml (`custom_rules:`): every `extends` kind through the configuration
/// loader and the linter, their located configuration errors, and the example configuration
/// shipped in examples/quy-uoc-rieng, whose own examples must pass.
final class CustomRuleTests: XCTestCase {
    let builtIn = allRuleTypes.map { $0.description }
    let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 1, day: 15)!)

    func configuration(_ yaml: String) throws -> Configuration {
        try Configuration.parse(yaml, path: "rules.yml", rules: builtIn)
    }

    /// The custom findings of a text, as "line:column rule".
    func findings(_ text: String, _ yaml: String) throws -> [String] {
        let configuration = try configuration(yaml)
        let custom = Set(configuration.customRules.map(\.id))
        return linter.lint(SourceText(path: "a.txt", text: text), configuration: configuration)
            .filter { custom.contains($0.ruleID) }
            .map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID)" }
    }

    func testExistenceFindsEveryTokenAtWordBoundariesAndHonoursIgnoreCase() throws {
        let yaml = "custom_rules:\n  cam-tinh:\n    extends: existence\n    tokens: [vô cùng, ban]\n"
        XCTAssertEqual(try findings("Việc này vô cùng cấp bách, Ban tổ chức và ban điều hành; bank không phải.", yaml),
                       ["1:10 cam-tinh", "1:43 cam-tinh"])
        XCTAssertEqual(try findings("Vô cùng cấp bách.", yaml), [])
        XCTAssertEqual(try findings("Vô   cùng cấp bách.", yaml + "    ignorecase: true\n"), ["1:1 cam-tinh"])
    }

    func testSubstitutionOffersASafeFixKeepingTheCapital() throws {
        let yaml = "custom_rules:\n  ten-day-du:\n    extends: substitution\n    ignorecase: true\n    message: \"Viết “%s” thay cho “%s”\"\n    swap:\n      ubnd tỉnh: ủy ban nhân dân tỉnh\n"
        let configuration = try configuration(yaml)
        let source = SourceText(path: "a.txt", text: "Báo cáo UBND tỉnh. Ubnd tỉnh chỉ đạo.")
        let found = linter.lint(source, configuration: configuration).filter { $0.ruleID == "ten-day-du" }
        XCTAssertEqual(found.map(\.message.vi), ["Viết “Ủy ban nhân dân tỉnh” thay cho “UBND tỉnh”", "Viết “Ủy ban nhân dân tỉnh” thay cho “Ubnd tỉnh”"])
        XCTAssertTrue(found.allSatisfy { $0.fix?.isSafe == true })
        XCTAssertEqual(Fixer.apply(found.compactMap(\.fix).flatMap(\.edits), to: source), "Báo cáo Ủy ban nhân dân tỉnh. Ủy ban nhân dân tỉnh chỉ đạo.")
    }

    func testOccurrenceReportsPastTheMaximumAndBelowTheMinimum() throws {
        let most = "custom_rules:\n  khan:\n    extends: occurrence\n    ignorecase: true\n    token: khẩn trương\n    max: 1\n"
        XCTAssertEqual(try findings("Khẩn trương rà soát.\nKhẩn trương báo cáo.\nKhẩn trương tổng hợp.", most), ["2:1 khan"])
        XCTAssertEqual(try findings("Khẩn trương rà soát.", most), [])
        let least = "custom_rules:\n  can-cu:\n    extends: occurrence\n    token: Căn cứ\n    min: 1\n"
        XCTAssertEqual(try findings("Thực hiện chỉ đạo của tỉnh.", least), ["1:1 can-cu"])
        XCTAssertEqual(try findings("Căn cứ Luật Tổ chức chính quyền địa phương;", least), [])
    }

    func testConsistencyFlagsTheSpellingTheDocumentUsesLessWhateverItsCase() throws {
        let yaml = "custom_rules:\n  dau-thanh:\n    extends: consistency\n    either:\n      ủy: uỷ\n"
        XCTAssertEqual(try findings("Ủy ban tỉnh; Uỷ ban huyện; ủy ban xã.", yaml), ["1:14 dau-thanh"])
        XCTAssertEqual(try findings("Uỷ ban tỉnh; ủy ban xã.", yaml), ["1:14 dau-thanh"])  // a tie: the first one used stands
        XCTAssertEqual(try findings("Ủy ban tỉnh; ủy ban xã.", yaml), [])
        let configuration = try configuration(yaml)
        let fix = linter.lint(SourceText(path: "a.txt", text: "Ủy ban; ủy ban; Uỷ ban."), configuration: configuration).first { $0.ruleID == "dau-thanh" }?.fix
        XCTAssertEqual(fix?.edits.first?.replacement, "Ủy")
        XCTAssertEqual(fix?.isSafe, false)
    }

    func testCapitalizationLeavesCapitalsAndSentenceStartsAlone() throws {
        let yaml = "custom_rules:\n  ten-so:\n    extends: capitalization\n    match: [Sở Tài chính, sở ngành]\n"
        XCTAssertEqual(try findings("Giao Sở tài chính; giao sở tài chính; SỞ TÀI CHÍNH; Sở Tài chính.", yaml), ["1:6 ten-so", "1:25 ten-so"])
        XCTAssertEqual(try findings("Các sở ngành phối hợp. Sở ngành nào chậm thì báo cáo.\n- Sở ngành liên quan;", yaml), [])
        XCTAssertEqual(try findings("Các Sở ngành phối hợp.", yaml), ["1:5 ten-so"])
    }

    func testScopeLimitsTheLinesARuleReads() throws {
        let text = """
        ỦY BAN NHÂN DÂN
        TỈNH LÂM ĐỒNG
        Số: 12/UBND-VX
        V/v rà soát hồ sơ

        Kính gửi: Sở Nội vụ.

        Đề nghị Sở Nội vụ rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 15/4/2026./.

        Nơi nhận:
        - Như trên;
        - Lưu: VT, UBND tỉnh.
        """
        let body = "custom_rules:\n  viet-tat:\n    extends: existence\n    tokens: [UBND tỉnh]\n    scope: body\n"
        XCTAssertEqual(try findings(text, body), ["8:42 viet-tat"])
        XCTAssertEqual(try findings(text, body.replacingOccurrences(of: "scope: body", with: "scope: noi-nhan")), ["12:12 viet-tat"])
        XCTAssertEqual(try findings(text, body.replacingOccurrences(of: "scope: body", with: "scope: whole")), ["8:42 viet-tat", "12:12 viet-tat"])
        let recipients = "custom_rules:\n  noi-vu:\n    extends: existence\n    tokens: [Sở Nội vụ]\n    scope: recipients\n"
        XCTAssertEqual(try findings(text, recipients), ["6:11 noi-vu"])
        let decision = """
        ỦY BAN NHÂN DÂN
        TỈNH LÂM ĐỒNG
        Số: 12/QĐ-UBND

        QUYẾT ĐỊNH
        Về việc kiện toàn Tổ công tác rà soát hồ sơ

        Điều 1. Kiện toàn Tổ công tác rà soát hồ sơ của tỉnh.
        """
        let title = "custom_rules:\n  to-cong-tac:\n    extends: existence\n    tokens: [Tổ công tác]\n    scope: title\n"
        XCTAssertEqual(try findings(decision, title), ["6:19 to-cong-tac"])
        XCTAssertEqual(try findings(decision, title.replacingOccurrences(of: "scope: title", with: "scope: header")), [])
    }

    func testCustomRulesTakeSeveritiesOverridesSuppressionsAndStepBackOnOCR() throws {
        let yaml = """
        custom_rules:
          cam-tinh:
            extends: existence
            tokens: [vô cùng]
        cam-tinh: error
        overrides:
          - paths: ["nhap/**"]
            disabled_rules: [cam-tinh]
        """
        let configuration = try configuration(yaml)
        let text = "Việc này vô cùng cấp bách."
        XCTAssertEqual(linter.lint(SourceText(path: "a.txt", text: text), configuration: configuration).filter { $0.ruleID == "cam-tinh" }.map(\.severity), [.error])
        XCTAssertEqual(linter.lint(SourceText(path: "nhap/a.txt", text: text), configuration: configuration).filter { $0.ruleID == "cam-tinh" }, [])
        let suppressed = "<!-- doclint-disable-next-line cam-tinh -->\n" + text
        let found = linter.lint(SourceText(path: "a.txt", text: suppressed), configuration: configuration)
        XCTAssertEqual(found.filter { $0.ruleID == "cam-tinh" || $0.ruleID == Suppressions.unusedRuleID }, [])
        // Column into the original text of a decomposed (NFD) line.
        let decomposed = "Vi\u{0323}e\u{0302}c na\u{0300}y vô cùng cấp bách."
        XCTAssertEqual(linter.lint(SourceText(path: "a.txt", text: decomposed), configuration: configuration)
                        .first { $0.ruleID == "cam-tinh" }?.range.start, SourcePosition(line: 1, column: 13))
        // Diacritic-stripped text is OCR-degraded: the rule steps back and ocr-degraded names it.
        let stripped = String(repeating: "Viec nay cua cac co quan va don vi duoc thuc hien ngay, vo cung cap bach.\n", count: 5)
        let ocr = linter.lint(SourceText(path: "a.txt", text: stripped), configuration: configuration)
        XCTAssertFalse(ocr.contains { $0.ruleID == "cam-tinh" })
        XCTAssertTrue(ocr.contains { $0.ruleID == "ocr-degraded" && $0.message.vi.contains("cam-tinh") })
    }

    func testConfigurationMistakesAreLocated() {
        let cases: [(String, Int, Int, String)] = [
            ("custom_rules:\n  a-b:\n    extends: existance\n    tokens: [x]\n", 3, 14, "existence"),
            ("custom_rules:\n  a-b:\n    extends: existence\n    tokens: x\n", 4, 13, "danh sách"),
            ("custom_rules:\n  a-b:\n    extends: existence\n    tokens: []\n", 4, 5, "rỗng"),
            ("custom_rules:\n  a-b:\n    extends: existence\n    tokens: [\"  \"]\n", 4, 14, "rỗng"),
            ("custom_rules:\n  a-b:\n    extends: existence\n    swap: {a: b}\n", 4, 5, "swap"),
            ("custom_rules:\n  a-b:\n    tokens: [x]\n", 3, 5, "extends"),
            ("custom_rules:\n  Sai Ma:\n    extends: existence\n    tokens: [x]\n", 2, 3, "mã quy tắc"),
            ("custom_rules:\n  spelling:\n    extends: existence\n    tokens: [x]\n", 2, 3, "có sẵn"),
            ("custom_rules:\n  a-b:\n    extends: occurrence\n    token: x\n", 3, 5, "max"),
            ("custom_rules:\n  a-b:\n    extends: occurrence\n    token: x\n    max: -1\n", 5, 10, "số nguyên"),
            ("custom_rules:\n  a-b:\n    extends: capitalization\n    match: [X]\n    scope: footer\n", 5, 12, "scope"),
            ("custom_rules:\n  a-b:\n    extends: substitution\n    swap: [a, b]\n", 4, 11, "bảng"),
            ("custom_rules: [a]\n", 1, 15, "custom_rules"),
            ("disabled_rules: [a-c]\ncustom_rules:\n  a-b:\n    extends: existence\n    tokens: [x]\n", 1, 18, "a-b"),
        ]
        for (yaml, line, column, words) in cases {
            XCTAssertThrowsError(try configuration(yaml), yaml) { error in
                guard let error = error as? ConfigurationError else { return XCTFail("\(error)") }
                XCTAssertEqual([error.line, error.column], [line, column], "\(yaml) → \(error)")
                XCTAssertTrue(error.message.vi.contains(words), "\(yaml) → \(error)")
            }
        }
        // A custom rule's id is a rule id everywhere else in the file, before or after its definition.
        XCTAssertNoThrow(try configuration("disabled_rules: [a-b]\ncustom_rules:\n  a-b:\n    extends: existence\n    tokens: [x]\na-b: note\n"))
    }

    /// The shipped example configuration covers every kind, and its examples pass as the generic
    /// rule test's do; a broken example is reported (the check can fail).
    func testExampleConfigurationPassesItsOwnExamples() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/quy-uoc-rieng/rules.yml").standardized.path
        let configuration = try Configuration.load(path: path, rules: builtIn)
        XCTAssertEqual(Set(configuration.customRules.map(\.kind)), Set(CustomRule.Kind.allCases))
        for rule in configuration.customRules {
            XCTAssertFalse(rule.description.triggering.isEmpty, rule.id)
            XCTAssertFalse(rule.description.nonTriggering.isEmpty, rule.id)
            XCTAssertEqual(RuleExamples.failures(of: rule.description, linter: linter, configuration: configuration).map(\.en), [], rule.id)
        }
        let broken = try self.configuration("custom_rules:\n  a-b:\n    extends: existence\n    tokens: [x]\n    triggering: [\"↓y\"]\n    nonTriggering: [\"x\"]\n")
        XCTAssertEqual(RuleExamples.failures(of: broken.customRules[0].description, linter: linter, configuration: broken).count, 2)
    }
}
