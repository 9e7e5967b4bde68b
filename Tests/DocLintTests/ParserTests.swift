import Foundation
import XCTest
@testable import DocLint
@testable import Rules

/// The repository root, found from this file: tests run on a fresh clone without ../shared.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func parseExample(_ name: String) throws -> Document {
    let path = repositoryRoot.appendingPathComponent("examples/\(name)").path
    return DocumentParser.parse(try TextLoader.load(path: path).get())
}

final class ParserTests: XCTestCase {
    func testCongVanDraftWithMergedHeaderColumns() throws {
        let document = try parseExample("cong-van-sach.txt")
        XCTAssertEqual(document.kind, .congVan)
        XCTAssertEqual(document.regime, .state)
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"])
        XCTAssertEqual(document.header.nationalTitle?.line, 1)
        XCTAssertEqual(document.header.motto?.text, "Độc lập - Tự do - Hạnh phúc")
        XCTAssertNil(document.header.number?.number, "a blank draft number is legal and parses as nil")
        XCTAssertEqual(document.header.number?.symbol, "UBND-VX")
        XCTAssertNil(document.header.number?.typeCode)
        XCTAssertEqual(document.header.placeDate?.place, "Lâm Đồng")
        XCTAssertEqual(document.header.placeDate?.year, 2026)
        XCTAssertNil(document.header.placeDate?.date)
        XCTAssertEqual(document.subject?.text, "tổ chức rà soát hồ sơ lưu trữ điện tử năm 2026")
        XCTAssertEqual(document.recipients.map(\.text), ["Sở Nội vụ;", "Sở Tài chính;", "Ủy ban nhân dân các xã, phường."])
        XCTAssertEqual(document.basis.count, 1)
        XCTAssertEqual(document.sections.map(\.number), ["1", "2", "3"])
        XCTAssertEqual(document.tasks.count, 3)
        XCTAssertEqual(document.tasks[0].lead, "Sở Nội vụ")
        XCTAssertEqual(document.tasks[0].assignees, ["Sở Nội vụ", "Sở Tài chính"])
        XCTAssertEqual(document.tasks[0].deadline?.date, "2026-04-15")
        XCTAssertEqual(document.tasks[1].deadline?.kind, .withinMonth)
        XCTAssertEqual(document.tasks[1].deadline?.date, "2026-05-31")
        XCTAssertEqual(document.tasks[2].deadline?.kind, .recurring)
        XCTAssertEqual(document.references.map(\.code), ["15/KH-UBND"])
        XCTAssertEqual(document.references.first?.date, "2026-01-12")
        XCTAssertEqual(document.signature?.authority, "KT.")
        XCTAssertEqual(document.signature?.position, "PHÓ CHỦ TỊCH")
        XCTAssertEqual(document.signature?.name, "Trần Minh Khoa")
        XCTAssertEqual(document.distribution.last?.text, "Lưu: VT, VX.")
    }

    func testThongBaoWithTitleRomanSectionsAndQuarterDeadline() throws {
        let document = try parseExample("thong-bao-sach.txt")
        XCTAssertEqual(document.kind, .thongBao)
        XCTAssertEqual(document.header.number?.number, "21")
        XCTAssertEqual(document.header.number?.typeCode, "TB")
        XCTAssertEqual(document.header.placeDate?.date, "2026-03-06")
        XCTAssertEqual(document.title?.summary, "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số")
        XCTAssertEqual(document.sections.map(\.number), ["I", "II"])
        XCTAssertEqual(document.sections[1].children.map(\.number), ["1", "2"])
        XCTAssertEqual(document.tasks.map(\.deadline?.date), ["2026-05-29", "2026-06-30"])
        XCTAssertEqual(document.signature?.authority, "TL.")
    }

    func testReferenceSplitAcrossLinesAndPartyForm() {
        let text = "Căn cứ Kế hoạch số 63/KH-UBND\n\nngày 10/9/2025 và Nghị quyết số 57- NQ/TW, ngày 22/12/2024 của Bộ Chính trị."
        let document = DocumentParser.parse(SourceText(path: "r.txt", text: text))
        XCTAssertEqual(document.references.map(\.code), ["63/KH-UBND", "57-NQ/TW"])
        XCTAssertEqual(document.references[0].date, "2025-09-10")
        XCTAssertEqual(document.references[1].style, .party)
        XCTAssertEqual(document.references[1].spacesInside.count, 1)
        XCTAssertEqual(document.references[1].date, "2024-12-22")
        XCTAssertEqual(document.references[1].issuer, "Bộ Chính trị")
    }

    func testOCRHeaderIsRecovered() {
        let text = """
        UY BAN NHAN DAN CONG HOA XA HOQI CHU NGHIA VIET NAM
        TINH BINH DINH Déc 1ap - Tu do - Hanh phuc
        S6:15  /TB-UBND Binh Dinh, ngay 03 thdng 4 nam 2026
        THONG BAO
        Két luén cua Chu tich Uy ban nhan dan tinh
        Cac so, nganh cua tinh trién khai cac nhiém vu va bao cao két qua cho Uy ban nhan dan tinh.
        Cac so, nganh cua tinh trién khai cac nhiém vu va bao cao két qua cho Uy ban nhan dan tinh.
        """
        let document = DocumentParser.parse(SourceText(path: "ocr.txt", text: text))
        XCTAssertEqual(document.textCondition, .ocrDegraded)
        XCTAssertEqual(document.kind, .thongBao)
        XCTAssertEqual(document.header.number?.number, "15")
        XCTAssertEqual(document.header.number?.symbol, "TB-UBND")
        XCTAssertEqual(document.header.placeDate?.date, "2026-04-03")
        // Read in the restored view, which keeps the original's columns.
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"])
        XCTAssertTrue(document.isRestored)
        XCTAssertEqual(document.source.lines[1].original, "TINH BINH DINH Déc 1ap - Tu do - Hanh phuc")
    }

    func testARequestClosingTheOpeningSentenceGivesItsDashItemsAsOneTask() {
        let head = "SỞ NỘI VỤ TỈNH HÀ GIANG\nSố: 40/SNV-VP\nV/v rà soát hồ sơ cán bộ\nHà Giang, ngày 10 tháng 6 năm 2025\n\n"
        let dashes = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        Căn cứ Kế hoạch số 12/KH-UBND ngày 02/6/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã:
        - Rà soát hồ sơ cán bộ thuộc phạm vi quản lý;
        - Gửi báo cáo về Sở Nội vụ trước ngày 30/6/2025.

        Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.
        """))
        XCTAssertEqual(dashes.tasks.map(\.line), [6])
        XCTAssertEqual(dashes.tasks.first?.endLine, 8, "the closing request after the blank line is not an item")
        XCTAssertEqual(dashes.tasks.first?.deadlines.map(\.date), ["2025-06-30"])
        XCTAssertEqual(dashes.tasks.first?.assignees.first, "các sở")
        XCTAssertEqual(dashes.basis.count, 1, "the căn cứ is still read as one")
        // Numbered items after the sentence are tasks of their own; "theo đề nghị của …" cites one.
        let numbered = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        Thực hiện Kế hoạch số 12/KH-UBND, Sở Nội vụ đề nghị các đơn vị:
        1. Sở Tài chính bố trí kinh phí trước ngày 30/6/2025.
        2. Ủy ban nhân dân các xã rà soát hồ sơ trước ngày 15/7/2025.
        """))
        XCTAssertEqual(numbered.tasks.map(\.line), [7, 8])
        let proposal = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        Thực hiện Kế hoạch số 12/KH-UBND, theo đề nghị của Phòng Tổ chức cán bộ:
        - Sở Nội vụ thông báo lịch làm việc của đoàn;
        - Lịch làm việc gửi kèm theo.
        """))
        XCTAssertTrue(proposal.tasks.allSatisfy { $0.line != 6 })
    }

    /// A closing request is a formula, unless a clause after it gives work with a time of its own;
    /// a nghị quyết's execution article (carry out, supervise "Nghị quyết này") is no task either.
    func testClosingFormulasAndWhatFollowsThem() {
        let head = "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 08/CT-UBND\nNinh Bình, ngày 12 tháng 01 năm 2027\n\nCHỈ THỊ\nVề phòng, chống dịch bệnh gia cầm\n\n"
        let reporting = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        1. Sở Nông nghiệp và Môi trường hướng dẫn tiêm phòng; hoàn thành trước ngày 26/02/2027.

        Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường và các hộ chăn nuôi nghiêm túc thực hiện Chỉ thị này; định kỳ trước ngày 25 hằng tháng báo cáo kết quả về Sở Nông nghiệp và Môi trường./.
        """))
        XCTAssertEqual(reporting.tasks.map(\.line), [8, 10], "the monthly report after the formula is work")
        let formula = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        1. Sở Nông nghiệp và Môi trường hướng dẫn tiêm phòng; hoàn thành trước ngày 26/02/2027.

        Yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này; trong quá trình thực hiện, nếu có vướng mắc, báo cáo Ủy ban nhân dân tỉnh để xem xét, giải quyết./.
        """))
        XCTAssertEqual(formula.tasks.map(\.line), [8])
        let resolution = DocumentParser.parse(SourceText(path: "t.txt", text: """
        HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH
        Số: 03/2027/NQ-HĐND
        Ninh Bình, ngày 12 tháng 01 năm 2027

        NGHỊ QUYẾT
        Về mức hỗ trợ tiêm phòng gia cầm

        Điều 1. Mức hỗ trợ là 2.000 đồng/liều vắc xin.
        Điều 2. Tổ chức thực hiện
        1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
        2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
        3. Giao Sở Tài chính kiểm tra, giám sát việc chi trả hỗ trợ tại các xã.
        """))
        XCTAssertEqual(resolution.tasks.map(\.line), [12], "only the third item gives work of its own")
    }

    /// A header kept as a Markdown table: its rows are read as two columns, and findings point
    /// into the row as written.
    func testAHeaderWrittenAsATable() {
        let text = """
        | ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        |---|---|
        | TỈNH CAO BẰNG | Độc lập - Tự do - Hạnh phúc |
        | Số: 77/UBND-NC | Cao Bằng, ngày 4 tháng 12 năm 2026 |
        | V/v rà soát biên chế năm 2027 | |

        Kính gửi: Sở Nội vụ

        Đề nghị Sở Nội vụ rà soát biên chế, báo cáo trước ngày 18/12/2026./.
        """
        let source = SourceText(path: "t.md", text: text)
        let document = DocumentParser.parse(source)
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"])
        XCTAssertEqual(document.header.number?.symbol, "UBND-NC")
        XCTAssertEqual(document.subject?.text, "rà soát biên chế năm 2027")
        let findings = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 12, day: 4)!).lint(source, configuration: Configuration())
        let day = findings.first { $0.ruleID == "date-line" }
        XCTAssertEqual(day.map { [$0.range.start.line, $0.range.start.column] }, [4, 35], "the day without its zero, in the row as written")
        XCTAssertFalse(findings.contains { $0.severity == .error && $0.ruleID != "date-line" }, "\(findings.map(\.message))")
    }

    /// The ornaments typed under the header's lines ("---o0o---", one per column) are rules, also
    /// when a copy puts the Quốc hiệu before the issuing body.
    func testOrnamentedRulesInTheHeader() {
        let body = "\nKính gửi: Sở Nội vụ\n\nĐề nghị Sở Nội vụ rà soát biên chế, báo cáo trước ngày 18/12/2026./.\n"
        let columns = DocumentParser.parse(SourceText(path: "t.txt", text: """
        ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH CAO BẰNG                         Độc lập - Tự do - Hạnh phúc
        -----oOo-----                         ---------o0o---------
        Số: 77/UBND-NC                Cao Bằng, ngày 04 tháng 12 năm 2026
        V/v rà soát biên chế năm 2027
        """ + body))
        XCTAssertEqual(columns.header.number?.symbol, "UBND-NC")
        let titleFirst = DocumentParser.parse(SourceText(path: "t.txt", text: """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---o0o---
        ỦY BAN NHÂN DÂN
        TỈNH CAO BẰNG
        Số: 77/UBND-NC
        V/v rà soát biên chế năm 2027
        Cao Bằng, ngày 04 tháng 12 năm 2026
        """ + body))
        XCTAssertEqual(titleFirst.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"])
        XCTAssertEqual(titleFirst.header.number?.symbol, "UBND-NC")
    }

    func testTheAddresseeStopsWhereAWebCopyGoesOnWithTheBody() {
        // No blank line after "Kính gửi: …": a short wrapped line continues the name, a paragraph
        // opening with a date does not.
        let document = DocumentParser.parse(SourceText(path: "t.txt", text: """
        BỘ NỘI VỤ
        Số: 120/BNV-TCBC
        V/v hướng dẫn sắp xếp biên chế
        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố
        trực thuộc Trung ương
        Ngày 02/3/2026, Bộ Nội vụ nhận được đề nghị của một số địa phương về việc hướng dẫn sắp xếp biên chế sau hợp nhất.
        Bộ Nội vụ hướng dẫn như sau:
        """))
        XCTAssertEqual(document.recipients.map(\.text), ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])
    }

    func testASummaryOneBlankLineBelowTheTitleIsTheTitles() {
        // Scans and PDF extracts space the title block; a body paragraph after a bare title (it
        // ends a sentence) is not taken for a summary.
        let head = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 21/TB-UBND\nHà Giang, ngày 10 tháng 6 năm 2025\nTHÔNG BÁO\n\n"
        let spaced = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        Kết luận của Chủ tịch Ủy ban nhân dân tỉnh
        tại buổi làm việc với các sở về chuyển đổi số

        Ngày 05/6/2025, Chủ tịch Ủy ban nhân dân tỉnh làm việc với các sở. Chủ tịch kết luận như sau:
        """))
        XCTAssertEqual(spaced.title?.summary, "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với các sở về chuyển đổi số")
        let bare = DocumentParser.parse(SourceText(path: "t.txt", text: head + """
        Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân tháng 7 năm 2025 như sau.

        1. Ngày 05/7/2025: Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân.
        """))
        XCTAssertEqual(bare.title?.summary, "")
    }

    /// Every example's parse is pinned by a golden dump; review a change, then refresh with
    /// DOCLINT_UPDATE_GOLDEN=1.
    func testGoldenDumpsOfAllExamples() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(examples.count, 6)
        for name in examples {
            let document = try parseExample(name)
            let dump = DocumentDump.json(document).replacingOccurrences(of: repositoryRoot.path + "/", with: "")
            let goldenURL = repositoryRoot.appendingPathComponent("Tests/DocLintTests/Golden/\((name as NSString).deletingPathExtension).dump.json")
            if ProcessInfo.processInfo.environment["DOCLINT_UPDATE_GOLDEN"] == "1" {
                try dump.write(to: goldenURL, atomically: true, encoding: .utf8)
            }
            XCTAssertEqual(dump, try String(contentsOf: goldenURL, encoding: .utf8), name)
        }
    }

    /// The repository scan parses only what a register entry needs; on every example (whole and cut
    /// to the head the scan reads) the entry must equal the one from a full parse.
    /// The repository register reads only each file's head, and only its header and title: the
    /// fields cross-references read must come out as a full parse gives them.
    func testHeadParseGivesTheSameRegisterEntryAsAFullParse() throws {
        func citable(_ entry: RegisterEntry) -> [String?] {
            [entry.file, entry.type, entry.number, entry.symbol, entry.code, entry.date, entry.issuer, entry.title, entry.line.map(String.init)]
        }
        let folders = ["examples", "examples/kho-van-ban"]
        var compared = 0
        for folder in folders {
            let directory = repositoryRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".txt") {
                let path = directory.appendingPathComponent(name).path
                let whole = try TextLoader.load(path: path).get()
                let head = try TextLoader.loadHead(path: path, maxLines: DocumentRegister.headLines).get()
                for source in [whole, head] {
                    XCTAssertEqual(citable(RegisterEntry(DocumentParser.parseHead(source))), citable(RegisterEntry(DocumentParser.parse(source))), name)
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 20)
    }

    func testQuyetDinhBasisAndPartyDocument() throws {
        let decision = try parseExample("quyet-dinh-sach.txt")
        XCTAssertEqual(decision.kind, .quyetDinh)
        XCTAssertEqual(decision.basis.count, 3)
        XCTAssertEqual(decision.sections.map(\.style), [.article, .article, .article])
        XCTAssertEqual(decision.references.map(\.code), ["75/QĐ-UBND"], "the document's own number is not a citation")
        let party = try parseExample("dang-ke-hoach.txt")
        XCTAssertEqual(party.regime, .party)
        XCTAssertEqual(party.header.number?.number, "05")
        XCTAssertEqual(party.header.number?.symbol, "KH/BCĐ")
        XCTAssertEqual(party.header.number?.hasColon, false)
        XCTAssertEqual(party.signature?.authority, "T/M")
        XCTAssertEqual(party.tasks.first?.deadline?.kind, .withinQuarter)
    }

    func testConfigurationErrorsAreLocated() {
        let yaml = "disabled_rules: [luu-line]\nluu-lien: warning\n"
        XCTAssertThrowsError(try Configuration.parse(yaml, path: "rules.yml", rules: [])) { error in
            let located = error as! ConfigurationError
            XCTAssertEqual(located.line, 1)
            XCTAssertEqual(located.column, 18)
        }
    }

    /// Hostile rules.yml: an alias "billion laughs", a huge value, wrong types — each a located
    /// error or a clean load, quickly, never a crash.
    func testHostileConfigurationsFailFastWithALocation() throws {
        let rules = allRuleTypes.map { $0.description }
        var bomb = "overrides:\n  - paths: &a0 [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
        for level in 1...8 { bomb += "  - paths: &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n" }
        bomb += "excluded: *a8\n"
        let started = Date()
        XCTAssertThrowsError(try Configuration.parse(bomb, path: "rules.yml", rules: rules)) { error in
            XCTAssertNotNil(error as? ConfigurationError)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
        let huge = "excluded: [\"" + String(repeating: "x", count: 1 << 20) + "\"]\n"
        XCTAssertThrowsError(try Configuration.parse(huge, path: "rules.yml", rules: rules)) { error in
            XCTAssertTrue((error as? ConfigurationError)?.message.vi.contains("quá lớn") == true, "\(error)")
        }
        for (yaml, line) in [("luu-line: 42\n", 1), ("calendar:\n  holidays: [2026-13-45]\n", 2), ("task-deadline:\n  ongoing_counts: maybe\n", 2), ("[1, 2\n", 2)] {
            XCTAssertThrowsError(try Configuration.parse(yaml, path: "rules.yml", rules: rules), yaml) { error in
                XCTAssertEqual((error as? ConfigurationError)?.line, line, yaml)
            }
        }
    }

    /// A trích yếu is a phrase; the paragraph of prose after it, on one line as Word and web copies
    /// give it, is the body's first paragraph, not more of the summary.
    func testTheFirstBodyParagraphOfAThongBaoIsNotItsSummary() {
        let text = """
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số: 41/TB-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lâm Đồng, ngày 05 tháng 3 năm 2026
        THÔNG BÁO
        Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp
        về chuyển đổi số của tỉnh
        Sáng ngày 04/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp với các sở, ngành về chuyển đổi số. Sau khi nghe báo cáo, Chủ tịch kết luận như sau:
        1. Giao Sở Khoa học và Công nghệ xây dựng kế hoạch chuyển đổi số, hoàn thành trước ngày 30/4/2026.
        """
        let document = DocumentParser.parse(SourceText(path: "tb.txt", text: text))
        XCTAssertEqual(document.title?.summary, "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số của tỉnh")
        XCTAssertEqual(document.title?.summaryLines, [7, 8])
    }

}
