import Foundation
import XCTest

/// PDFs and scans end to end. The fixtures are the repository's own examples: cong-van-loi.pdf laid
/// out from examples/cong-van-loi.txt by scripts/pdf/make_pdf.py, cong-van-sach-scan.png a
/// simulated scan of examples/cong-van-sach.txt (rendered at 300 dpi, turned a degree, speckled,
/// made bilevel), and cong-van-sach-scan.pdf that image as a PDF without a text layer. Tests that need poppler or Tesseract skip, saying so, where they are missing
/// (.ci/run installs them).
extension CLITests {
    var fixtures: String { "Tests/CLITests/Fixtures" }

    func requireTool(_ name: String) throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
        if !found { throw XCTSkip("\(name) is not installed (.ci/run installs poppler-utils and tesseract-ocr-vie)") }
    }

    func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return (object as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? object as? [[String: Any]] ?? []
    }

    func testABornDigitalPDFGivesTheFindingsOfItsText() throws {
        try requireTool("pdftotext")
        let pdf = try run(["lint", "\(fixtures)/cong-van-loi.pdf", "--format", "json"])
        let text = try run(["lint", "examples/cong-van-loi.txt", "--format", "json"])
        XCTAssertEqual(pdf.status, 1, pdf.err)
        func kinds(_ list: [[String: Any]]) -> [String] { list.map { "\($0["rule"] ?? "") \($0["severity"] ?? "")" }.sorted() }
        let fromPDF = try findings(pdf.out), fromText = try findings(text.out)
        XCTAssertFalse(fromText.isEmpty)
        XCTAssertEqual(kinds(fromPDF), kinds(fromText))
        XCTAssertTrue(fromPDF.allSatisfy { ($0["message"] as? String)?.hasSuffix("(trang 1)") == true }, pdf.out)
        // The Lưu line's finding points at its line of the PDF's text view and quotes it.
        let dump = try run(["dump", "\(fixtures)/cong-van-loi.pdf", "--text"])
        let luu = try XCTUnwrap(fromPDF.first { $0["rule"] as? String == "luu-line" })
        let line = try XCTUnwrap(luu["line"] as? Int)
        XCTAssertTrue(dump.out.split(separator: "\n").contains { $0.hasPrefix(String(format: "%2d | - Lưu VT", line)) }, dump.out)
        // The register reads PDFs like text: number, date and trích yếu.
        let folder = try temporaryDirectory("pdf")
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("\(fixtures)/cong-van-loi.pdf").path, toPath: folder.appendingPathComponent("cv-07.pdf").path)
        let index = try run(["index", folder.path])
        XCTAssertEqual(index.status, 0, index.err)
        XCTAssertTrue(index.out.contains(",cong-van,7,UBND-VP,2026-03-05,") && index.out.contains("V/v báo cáo tình hình giải quyết thủ tục hành chính"), index.out)
    }

    func testPDFsThatCannotBeReadAreClearInputErrors() throws {
        // Without poppler: the package to install is named.
        let missing = try run(["\(fixtures)/cong-van-loi.pdf"], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("poppler-utils") && missing.err.contains("[input-pdf]"), missing.err)
        try requireTool("pdftotext")
        let broken = try temporaryDirectory("broken").appendingPathComponent("hong.pdf")
        try Data("%PDF-1.7\nnot really a PDF\n".utf8).write(to: broken)
        let garbage = try run([broken.path])
        XCTAssertEqual(garbage.status, 2)
        XCTAssertTrue(garbage.err.contains("[input-pdf]"), garbage.err)
        let tooLong = try run(["\(fixtures)/cong-van-loi.pdf"], environment: ["DOCLINT_PDF_MAX_PAGES": "0"])
        XCTAssertEqual(tooLong.status, 2)
        XCTAssertTrue(tooLong.err.contains("quá giới hạn 0 trang"), tooLong.err)
    }

    func testAScanIsReadByTesseractOnceAndThenFromTheCache() throws {
        try requireTool("tesseract")
        try requireTool("sha256sum")
        let cache = try temporaryDirectory("cache")
        let first = try run(["\(fixtures)/cong-van-sach-scan.png", "--format", "json"], environment: ["XDG_CACHE_HOME": cache.path])
        if first.err.contains("tesseract-ocr-vie") { throw XCTSkip("Tesseract has no Vietnamese data (tesseract-ocr-vie)") }
        // A clean scan of a clean letter: Tesseract is sure of it, its misreadings ("2_") are
        // mended, it is judged as typed text, and nothing is wrong with it.
        XCTAssertEqual(first.status, 0, first.out + first.err)
        let found = try findings(first.out)
        XCTAssertEqual(found.filter { ["error", "warning"].contains($0["severity"] as? String ?? "") }.count, 0, first.out)
        XCTAssertFalse(found.contains { $0["rule"] as? String == "ocr-degraded" }, first.out)
        let dump = try run(["dump", "\(fixtures)/cong-van-sach-scan.png", "--format", "json"], environment: ["XDG_CACHE_HOME": cache.path])
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["textCondition"] as? String, "clean")
        XCTAssertEqual((parsed["tasks"] as? [Any])?.count, 3, dump.out)
        let stored = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("doclint/ocr").path)
        XCTAssertEqual(stored.count, 1, "\(stored)")
        // Again without Tesseract on PATH: the cache answers, the same findings come out.
        let bin = cache.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for tool in ["sha256sum"] {
            let path = try XCTUnwrap((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) })
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent(tool).path, withDestinationPath: path)
        }
        let second = try run(["\(fixtures)/cong-van-sach-scan.png", "--format", "json"], environment: ["XDG_CACHE_HOME": cache.path, "PATH": bin.path])
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertEqual(second.out, first.out)
        // A folder of a born-digital PDF and a scanned one: the register lists both.
        try requireTool("pdftoppm")
        let folder = cache.appendingPathComponent("van-ban")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["cong-van-loi.pdf", "cong-van-sach-scan.pdf"] {
            try FileManager.default.copyItem(atPath: root.appendingPathComponent("\(fixtures)/\(name)").path, toPath: folder.appendingPathComponent(name).path)
        }
        let index = try run(["index", folder.path], environment: ["XDG_CACHE_HOME": cache.path])
        XCTAssertEqual(index.status, 0, index.err)
        XCTAssertTrue(index.out.contains("cong-van-loi.pdf,cong-van,7,UBND-VP,2026-03-05,"), index.out)
        XCTAssertTrue(index.out.contains("cong-van-sach-scan.pdf,cong-van,,UBND-VX,") && index.out.contains("V/v tổ chức rà soát hồ sơ lưu trữ điện tử năm 2026"), index.out)
        // And with the cache turned off, the missing Tesseract is named.
        let uncached = try run(["\(fixtures)/cong-van-sach-scan.png", "--no-cache"], environment: ["XDG_CACHE_HOME": cache.path, "PATH": bin.path])
        XCTAssertEqual(uncached.status, 2)
        XCTAssertTrue(uncached.err.contains("tesseract-ocr-vie"), uncached.err)
        // A PDF is never rewritten by --fix: its text view is not the file.
        try requireTool("pdftotext")
        let copy = cache.appendingPathComponent("cv.pdf")
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("\(fixtures)/cong-van-loi.pdf").path, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        _ = try run([copy.path, "--fix"])
        XCTAssertEqual(try Data(contentsOf: copy), before)
    }
}
