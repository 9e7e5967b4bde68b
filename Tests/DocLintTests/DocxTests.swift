import Foundation
import XCTest
@testable import DocLint
@testable import Rules

/// .docx input: fixtures are built in code with DocxBuilder (or by hand for hostile files) and read
/// back through the real reader.
final class DocxTests: XCTestCase {
    static let cleanSpec = """
    @pages 2
    @page-number header center
    @title-page
    @paragraphs before=6 line=1 indent=1.27
    @table
    {size=13}ỦY BAN NHÂN DÂN
    {size=13 b drawn=22}TỈNH LÂM ĐỒNG
    {size=13}Số:     /UBND-VX
    {size=12}V/v tổ chức rà soát hồ sơ lưu trữ
    @cell
    {size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    {size=14 b drawn=62}Độc lập - Tự do - Hạnh phúc
    {size=14 i}Lâm Đồng, ngày   tháng   năm 2026
    @end-table

    {size=14}Kính gửi:
    {size=14}- Sở Nội vụ;
    {size=14}- Sở Tài chính.

    {size=14 split}Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về công tác văn thư[^1], Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo:
    {size=14}1. Giao Sở Nội vụ chủ trì hướng dẫn các cơ quan rà soát hồ sơ lưu trữ điện tử; hoàn thành trước ngày ~~14/4/2026~~++15/4/2026++.
    {size=14}2. Sở Tài chính bố trí kinh phí, báo cáo Ủy ban nhân dân tỉnh trong tháng 5/2026.
    {size=14}Đề nghị các cơ quan triển khai thực hiện./.
    @table
    {size=12 b i}Nơi nhận:
    {size=11}- Như trên;
    {size=11}- Lưu: VT, VX.
    @cell
    {size=14 b}KT. CHỦ TỊCH
    {size=14 b}PHÓ CHỦ TỊCH

    {size=14 b}Trần Minh Khoa
    @end-table
    @footnote 1 Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.
    """

    func load(_ spec: String) throws -> SourceText {
        let data = try DocxBuilder.build(spec)
        switch DocxLoader.load(data: data, path: "t.docx") {
        case .success(let source): return source
        case .failure(let error): XCTFail(error.message(.en)); throw error
        }
    }

    func lint(_ source: SourceText) -> [Diagnostic] {
        Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 1, day: 15)!).lint(source, configuration: Configuration())
    }

    func testCleanWordDocumentHasNoFindingAtAll() throws {
        let source = try load(Self.cleanSpec)
        XCTAssertEqual(lint(source).map { "\($0.range.start.line):\($0.ruleID) \($0.message.vi)" }, [])
    }

    func testHeaderTableFootnotesAndTrackedChangesAreRead() throws {
        let source = try load(Self.cleanSpec)
        let document = DocumentParser.parse(source)
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"])
        XCTAssertEqual(document.header.nationalTitle?.line, 5)
        XCTAssertEqual(document.header.number?.symbol, "UBND-VX")
        XCTAssertEqual(document.subject?.text, "tổ chức rà soát hồ sơ lưu trữ")
        XCTAssertEqual(document.kind, .congVan)
        XCTAssertEqual(document.recipients.map(\.text), ["Sở Nội vụ;", "Sở Tài chính."])
        // Split runs reassemble; the footnote reference becomes a marker; its text comes after a separator.
        XCTAssertTrue(source.lines[12].text.hasPrefix("Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026"))
        XCTAssertEqual(document.footnoteMarkers.map(\.marker), ["1"])
        XCTAssertEqual(document.footnotes.map(\.text), ["Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh."])
        // Tracked change: the deleted date is gone, the inserted one is there.
        XCTAssertFalse(source.lines[13].text.contains("14/4/2026"))
        XCTAssertEqual(document.tasks.first?.deadline?.date, "2026-04-15")
        XCTAssertEqual(document.signature?.name, "Trần Minh Khoa")
        XCTAssertEqual(document.distribution.last?.text, "Lưu: VT, VX.")
        let layout = try XCTUnwrap(source.layout)
        XCTAssertEqual(layout.sections.count, 1)
        XCTAssertEqual(layout.sections[0].pageNumber, DocxLayout.PageNumber(place: .header, alignment: "center"))
        XCTAssertEqual(layout.sections[0].left.map(DocxLayout.millimetres).map { ($0 * 10).rounded() / 10 }, 30)
    }

    func testWrongMarginsArialRunsAndThemeFontsAreReported() throws {
        let margins = lint(try load("@margins 25.4 25.4 25.4 25.4\n" + Self.cleanSpec))
        XCTAssertEqual(margins.filter { $0.ruleID == "page-margins" }.map(\.message.vi), ["lề trên 25,4 mm (đúng: 20–25), lề dưới 25,4 mm (đúng: 20–25), lề trái 25,4 mm (đúng: 30–35), lề phải 25,4 mm (đúng: 15–20)"])
        let arial = lint(try load(Self.cleanSpec.replacingOccurrences(of: "{size=14}2. Sở Tài chính", with: "{size=14 font=Arial}2. Sở Tài chính")))
        XCTAssertEqual(arial.filter { $0.ruleID == "font-family" }.map { "\($0.range.start.line) \($0.message.vi)" }, ["15 phông “Arial” (từ định dạng trực tiếp); văn bản dùng phông Times New Roman"])
        let theme = lint(try load("@theme-font Calibri\n" + Self.cleanSpec))
        let themeFindings = theme.filter { $0.ruleID == "font-family" }
        XCTAssertEqual(themeFindings.count, 1)
        XCTAssertTrue(themeFindings[0].message.vi.contains("“Calibri” (từ phông chủ đề (minorHAnsi)"), themeFindings[0].message.vi)
    }

    func testTheSameDocumentAsTextAndAsWordGivesTheSameTextFindings() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        let textRules = allRuleTypes.filter { $0.description.category != .layout }
        let linter = Linter(rules: textRules, today: CivilDate(year: 2026, month: 1, day: 15)!)
        for name in names {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            let fromText = linter.lint(SourceText(path: name, text: text), configuration: Configuration())
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            let data = try DocxBuilder.build(lines.joined(separator: "\n"))
            guard case .success(let source) = DocxLoader.load(data: data, path: name) else { return XCTFail(name) }
            let fromWord = linter.lint(source, configuration: Configuration())
            func summary(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID) \($0.message.vi)" } }
            XCTAssertEqual(summary(fromWord), summary(fromText), name)
        }
    }

    // MARK: - Hostile files

    func assertRefused(_ data: Data, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let started = Date()
        let result = DocxLoader.load(data: data, path: "x.docx")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0, "must answer within a second", file: file, line: line)
        guard case .failure(let error) = result else { return XCTFail("accepted a hostile file", file: file, line: line) }
        XCTAssertTrue(error.message(.vi).contains(expected), error.message(.vi), file: file, line: line)
    }

    func testZipBombIsRefused() throws {
        let bomb = Data(repeating: 0x20, count: 40 << 20)
        let data = try DocxBuilder.zip([("word/document.xml", bomb)])
        XCTAssertLessThan(data.count, 1 << 20)
        assertRefused(data, "bom nén")
    }

    func testEntityBombAndDeepNestingAreRefused() throws {
        var entities = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10) + "\">" }
        entities += "]>"
        let billion = "<?xml version=\"1.0\"?>\(entities)<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        assertRefused(try DocxBuilder.zip([("word/document.xml", Data(billion.utf8))]), "DTD")
        let deep = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + String(repeating: "<w:p>", count: 5000) + String(repeating: "</w:p>", count: 5000) + "</w:body></w:document>"
        assertRefused(try DocxBuilder.zip([("word/document.xml", Data(deep.utf8))]), "lồng phần tử")
    }

    func testCorruptNonZipAndEmptyFilesAreInputErrors() throws {
        assertRefused(Data(), "không phải tệp Word")
        assertRefused(Data("Công văn số 12 viết bằng Notepad".utf8), "không phải tệp Word")
        var truncated = try DocxBuilder.build("Một đoạn văn bản.")
        truncated = truncated.prefix(truncated.count / 2)
        let result = DocxLoader.load(data: truncated, path: "x.docx")
        guard case .failure = result else { return XCTFail("a truncated .docx was accepted") }
        assertRefused(try DocxBuilder.zip([("word/styles.xml", Data("<x/>".utf8))]), "word/document.xml")
        assertRefused(try DocxBuilder.zip([("word/document.xml", Data("<w:document><w:body><w:p>".utf8))]), "word/document.xml")
    }
}
