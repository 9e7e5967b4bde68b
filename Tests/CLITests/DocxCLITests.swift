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

        // --diff shows what --fix would change in the text, and writes nothing.
        let diff = try run(["--diff", file.path])
        XCTAssertTrue(diff.out.contains("-- Lưu VT, VP.\n+- Lưu: VT, VP."), diff.out)
        XCTAssertEqual(try Data(contentsOf: file), original)

        // --annotate writes a reviewed copy: a Word comment per finding; the input stays as it was.
        let reviewed = directory.appendingPathComponent("cv-07-ra-soat.docx")
        let annotated = try run(["--annotate", reviewed.path, file.path, "--format", "concise"])
        XCTAssertEqual(annotated.status, 1)
        XCTAssertTrue(annotated.out.contains("cv-07.docx:14:3: error: thiếu dấu hai chấm sau “Lưu”"), annotated.out)
        let findings = annotated.out.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": note: ") }.count
        XCTAssertTrue(annotated.err.contains("Đã ghi bản rà soát \(reviewed.path): \(findings) nhận xét, 0 chỗ sửa được theo dõi."), annotated.err)
        XCTAssertEqual(try Data(contentsOf: file), original)
        guard case .success(let copy) = DocxLoader.load(path: reviewed.path), case .success(let input) = DocxLoader.load(path: file.path) else {
            return XCTFail("the reviewed copy does not read back")
        }
        XCTAssertEqual(copy.lines.map(\.original), input.lines.map(\.original))
        XCTAssertEqual(try run(["--annotate", reviewed.path, file.path, directory.path]).status, 64)

        // --fix writes the fixes into the .docx as tracked changes; read back, they are accepted.
        let fixed = try run(["--fix", file.path])
        XCTAssertTrue(fixed.err.contains("Đã sửa "), fixed.err)
        XCTAssertNotEqual(try Data(contentsOf: file), original)
        let after = try run([file.path, "--format", "concise"])
        XCTAssertFalse(after.out.contains("thiếu dấu hai chấm sau “Lưu”"), after.out)
        let dumped = try run(["dump", "--text", file.path])
        XCTAssertTrue(dumped.out.contains("14 | - Lưu: VT, VP."), dumped.out)

        // A text file named .docx is an input error, exit 2.
        let fake = directory.appendingPathComponent("fake.docx")
        try "Công văn".write(to: fake, atomically: true, encoding: .utf8)
        let refused = try run([fake.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("không phải tệp Word .docx"), refused.err)
    }
}
