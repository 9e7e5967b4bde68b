import DocLint
import Foundation
import XCTest

extension CLITests {
    func testWordDocumentsFromTheCommandLine() throws {
        let directory = try temporaryDirectory("docx")
        let file = directory.appendingPathComponent("cv-07.docx")
        let text = try String(contentsOf: root.appendingPathComponent("examples/cong-van-loi.txt"), encoding: .utf8)
        let original = try DocxBuilder.build("@margins 25.4 25.4 25.4 25.4\n" + text.trimmingCharacters(in: .newlines))
        try original.write(to: file)

        // Findings name the file and the paragraph.
        let result = try run([directory.path, "--format", "concise"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.out.contains("cv-07.docx:14:3: error: thiếu dấu hai chấm sau “Lưu”"), result.out)
        XCTAssertTrue(result.out.contains("cv-07.docx:1:1: error: lề trên 25,4 mm"), result.out)

        // The view that was checked, with paragraph numbers.
        let dump = try run(["dump", "--text", file.path])
        XCTAssertTrue(dump.out.contains("14 | - Lưu VT, VP."), dump.out)

        // --fix checks a .docx but never rewrites it, and says so.
        let fixed = try run(["--fix", file.path])
        XCTAssertTrue(fixed.err.contains("chưa hỗ trợ sửa tệp .docx"), fixed.err)
        XCTAssertEqual(try Data(contentsOf: file), original)

        // A text file named .docx is an input error, exit 2.
        let fake = directory.appendingPathComponent("fake.docx")
        try "Công văn".write(to: fake, atomically: true, encoding: .utf8)
        let refused = try run([fake.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("không phải tệp Word .docx"), refused.err)
    }
}
