import Foundation
import XCTest
@testable import DocLint
@testable import Rules

/// Every input the fuzzer (scripts/fuzz.sh) ever broke doclint with, kept in FuzzRegressions/ and
/// run through the same path as its fuzz target: load, parse, every rule, locations inside the text.
final class FuzzRegressionTests: XCTestCase {
    let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)

    func testEveryReproducerIsAnsweredWithoutACrash() throws {
        let directory = repositoryRoot.appendingPathComponent("Tests/DocLintTests/FuzzRegressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let loaded = name.hasSuffix(".docx") ? DocxLoader.load(data: data, path: name) : TextLoader.decode(bytes: Array(data), path: name)
            guard case .success(let source) = loaded else { continue }
            let findings = linter.lint(source, configuration: Configuration())
            if name.hasSuffix(".docx") {
                // Reviewed as --fix --annotate writes it: a copy that reads back, or a clear error
                // for a damaged part the checker did not need (a corrupt [Content_Types].xml).
                do {
                    let options = DocxReview.Options(date: Date(timeIntervalSince1970: 0))
                    let commented = try linter.reviewDocx(data: data, source: source, configuration: Configuration(), comments: findings, fixes: false,
                                                          includeUnsafe: false, options: options)
                    guard case .success(let reread) = DocxLoader.load(data: commented.data, path: name) else { XCTFail("\(name): does not read back"); continue }
                    XCTAssertEqual(reread.lines.map(\.original), source.lines.map(\.original), "\(name): comments changed the text")
                    _ = try linter.reviewDocx(data: data, source: source, configuration: Configuration(), comments: findings, fixes: true,
                                              includeUnsafe: true, options: options)
                } catch DocxReview.Failure.unreadablePart(let part) {
                    XCTAssertTrue(part.hasPrefix("[Content_Types].xml"), "\(name): \(part)")
                } catch DocxReview.Failure.textWouldChange(let line) {
                    // Malformed XML the parser recovers from: refused, never written.
                    XCTAssertTrue(name.contains("recovered"), "\(name): refused at line \(line)")
                }
            }
            for diagnostic in findings {
                for position in [diagnostic.range.start, diagnostic.range.end] {
                    XCTAssertTrue((1...max(1, source.lines.count)).contains(position.line), "\(name): \(diagnostic.ruleID)")
                    let length = source.lines.isEmpty ? 0 : source.lines[min(source.lines.count, max(1, position.line)) - 1].originalScalarCount
                    XCTAssertTrue((1...(length + 1)).contains(position.column), "\(name): column \(position.column) of line \(position.line) [\(diagnostic.ruleID)]")
                }
            }
        }
    }

    /// Found by the fuzzer: a Lưu line sharing its line with the signer's name after a column gap
    /// got its final stop appended at the end of the line, after the name, again at every run.
    func testFixingTheLuuLineBesideASignerNameIsIdempotent() throws {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/DocLintTests/FuzzRegressions/document-luu-line-beside-signer-name.txt"))
        guard case .success(let source) = TextLoader.decode(bytes: Array(data), path: "t.txt") else { return XCTFail("the reproducer loads") }
        func fixed(_ source: SourceText) -> String {
            Fixer.apply(linter.lint(source, configuration: Configuration()).compactMap(\.fix).filter(\.isSafe).flatMap(\.edits), to: source)
        }
        let once = fixed(source)
        XCTAssertEqual(fixed(SourceText(path: "t.txt", text: once)), once)
    }

    func testASectionMarkerWithoutATitleIsASection() throws {
        // "+ " crashed the section parser: the title started after the trimmed end of the line.
        let document = DocumentParser.parse(SourceText(path: "a.txt", text: "+ "))
        XCTAssertLessThanOrEqual(document.sections.count, 1)
        XCTAssertEqual(document.sections.first?.title ?? "", "")
    }

    func testAZipWithoutCentralDirectoryIsRefusedBeforeZIPFoundationOpensIt() {
        // ZIPFoundation leaks its in-memory buffer when such an open fails (LeakSanitizer, FuzzDocx).
        XCTAssertFalse(DocxArchive.hasEndOfCentralDirectory(Data("PK".utf8) + Data(repeating: 0x4B, count: 84)))
        guard case .failure(let error) = DocxLoader.load(data: Data("PK".utf8) + Data(repeating: 0x4B, count: 84), path: "x.docx") else {
            return XCTFail("garbage read as a Word file")
        }
        XCTAssertTrue(error.message(.vi).contains("không phải tệp Word"), error.message(.vi))
        var empty = Data([0x50, 0x4B, 0x05, 0x06]); empty += Data(count: 18)
        XCTAssertTrue(DocxArchive.hasEndOfCentralDirectory(empty))
        XCTAssertTrue(DocxArchive.hasEndOfCentralDirectory(Data(repeating: 0, count: 100) + empty + Data(repeating: 0x20, count: 300)), "after a comment")
    }

    /// FoundationXML reports success after errors it recovered from: such a document.xml (a mangled
    /// end tag, a w:t across paragraphs) is a damaged file, refused, not a text that stops early.
    func testMalformedXMLTheParserRecoversFromIsRefused() throws {
        let directory = repositoryRoot.appendingPathComponent("Tests/DocLintTests/FuzzRegressions")
        for name in ["docx-text-element-closed-by-a-mangled-tag.docx", "docx-text-element-across-paragraphs.docx", "docx-mismatched-end-tag-recovered.docx"] {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            guard case .failure(let error) = DocxLoader.load(data: data, path: name) else { XCTFail("\(name) was read"); continue }
            XCTAssertTrue(error.message(.vi).contains("XML hỏng (mã lỗi"), "\(name): \(error.message(.vi))")
        }
    }

    func testAVMLLineOfAbsurdLengthIsNoLengthNotATrap() {
        XCTAssertNil(DocxBodyHandler.vmlLength("0,0", "1e308pt,1e308pt"))
        XCTAssertNil(DocxBodyHandler.vmlLength("0,0", "infpt,0"))
        XCTAssertEqual(DocxBodyHandler.vmlLength("0,0", "171pt,0"), 3420)
        XCTAssertEqual(DocxBodyHandler.vmlLength("10pt,5pt", "10pt,5pt"), 0)
    }

    func testHostileSpacingAndSizesInAWordFileAreNoOverflow() throws {
        let spec = "@docx\n@paragraphs after=6 line=1 indent=1.27\n@table\n{size=13}ỦY BAN NHÂN DÂN\n{size=13 b}XÃ HÒA BÌNH\n{drawn=20}\nSố: 15/UBND-VP\n@cell\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n{drawn=60}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table\n\nỦy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn và báo cáo kết quả.\nCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./."
        let huge = "9223372036854775807"
        let data = try DocxBuilder.build(spec)
        let archive = try DocxArchive(data: data)
        var reader = archive
        let document = String(decoding: try reader.read("word/document.xml")!, as: UTF8.self)
            .replacingOccurrences(of: "<w:pPr>", with: "<w:pPr><w:spacing w:before=\"\(huge)\" w:after=\"\(huge)\" w:line=\"\(huge)\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"\(huge)\"/>")
            .replacingOccurrences(of: "<w:sz w:val=\"26\"/>", with: "<w:sz w:val=\"\(huge)\"/>")
        let hostile = try DocxPackageWriter.write(archive, replacing: ["word/document.xml": Data(document.utf8)], adding: [])
        guard case .success(let source) = DocxLoader.load(data: hostile, path: "x.docx") else { return XCTFail("does not read") }
        let findings = linter.lint(source, configuration: Configuration())
        XCTAssertTrue(findings.contains { $0.ruleID == "paragraph-format" })
    }

    func testADirectoryThatPointsPastTheEndIsACorruptFile() throws {
        // ZIPFoundation trapped reading past the end of its in-memory file (FuzzDocx).
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/DocLintTests/FuzzRegressions/docx-offset-past-end.docx"))
        XCTAssertNotNil(DocxArchive.structureProblem(data))
        // A real archive (written by ZIPFoundation, through DocxBuilder) passes.
        XCTAssertNil(DocxArchive.structureProblem(try DocxBuilder.build("Nội dung")))
        var damaged = try DocxBuilder.build("Nội dung")
        // Point the first entry's local header offset past the end.
        let directory = Int(damaged[damaged.count - 6]) | Int(damaged[damaged.count - 5]) << 8 | Int(damaged[damaged.count - 4]) << 16
        damaged[directory + 42] = 0xFF; damaged[directory + 43] = 0xFF; damaged[directory + 44] = 0x00
        XCTAssertEqual(DocxArchive.structureProblem(damaged), "mục ZIP trỏ ra ngoài tệp")
    }

    func testAnXMLPartThatIsNotUTF8NeverReachesFoundationXML() {
        // FoundationXML traps on an element name with invalid UTF-8 (FuzzDocx, minimised to 5 bytes).
        let part = Data([0x3C, 0xE1, 0xBB, 0x44, 0xC3])
        XCTAssertThrowsError(try DocxXML.precheck(part, part: "word/document.xml")) { error in
            XCTAssertEqual((error as? DocxXML.Refused)?.reason, "word/document.xml: không phải UTF-8 hợp lệ")
        }
        XCTAssertNoThrow(try DocxXML.precheck(Data("<w:t>Ủy ban</w:t>".utf8), part: "p"))
    }

    func testADeflateStreamCutOffBeforeItsEndIsACorruptFileNotAHang() throws {
        // ZIPFoundation's Archive looped for ever on such an entry (FuzzDocx timeout); the reader
        // now hands zlib only the entry's bytes. Here: the directory says document.xml is half as long.
        var data = try DocxBuilder.build(String(repeating: "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì thực hiện.\n", count: 200))
        func u16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var position = u32(data.count - 6)
        while u32(position) == 0x0201_4B50 {
            let nameLength = u16(position + 28)
            if String(decoding: data[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self) == "word/document.xml" {
                let half = u32(position + 20) / 2
                for k in 0..<4 { data[position + 20 + k] = UInt8((half >> (8 * k)) & 0xFF) }
            }
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        let started = Date()
        guard case .failure(let error) = DocxLoader.load(data: data, path: "cut.docx") else { return XCTFail("a cut-off part was read") }
        XCTAssertTrue(error.message(.vi).contains("word/document.xml: dữ liệu nén bị cắt"), error.message(.vi))
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }
}
