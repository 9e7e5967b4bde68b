import Foundation
import XCTest

/// Broken input gets an answer — a finding or an input error (exit 2) — never a crash or a hang.
extension CLITests {
    func testBrokenFilesGetAnAnswerNotACrash() throws {
        let directory = try temporaryDirectory("hostile")
        var generator = SystemRandomNumberGenerator()
        let cases: [(String, Data, Int32)] = [
            ("random.txt", Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }), 2),
            ("mid-invalid.txt", Data("Công văn số 12/UBND-VX\n".utf8) + Data([0xFF, 0xFE, 0x80]) + Data("tiếp theo\n".utf8), 2),
            ("nul.txt", Data("Kế hoạch\u{0}số 12\n".utf8), 2),
            ("empty.txt", Data(), 0),
            ("spaces.txt", Data(String(repeating: " \t\n", count: 5_000).utf8), 0),
            ("empty.docx", Data(), 2),
            ("deep.txt", Data((1...500).map { Array(repeating: "1", count: $0).joined(separator: ".") + ". Nội dung" }.joined(separator: "\n").utf8), 0),
        ]
        for (name, data, expected) in cases {
            let file = directory.appendingPathComponent(name)
            try data.write(to: file)
            let result = try run([file.path, "--format", "concise", "--exit-zero"])
            XCTAssertEqual(result.status, expected, "\(name): \(result.err)")
            if expected == 2 { XCTAssertTrue(result.err.contains(name), "\(name): \(result.err)") }
        }
        // A directory that links to itself is walked once.
        let loop = directory.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: loop, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: loop.appendingPathComponent("again"), withDestinationURL: loop)
        try "Nơi nhận:\n- Lưu VT.\n".write(to: loop.appendingPathComponent("cv.txt"), atomically: true, encoding: .utf8)
        let walked = try run([loop.path, "--format", "concise"])
        XCTAssertEqual(walked.out.split(separator: "\n").filter { $0.contains("[luu-line]") }.count, 1, walked.out)
    }

    /// A pasted dump in one line: bounded, and said so.
    func testAnOversizedLineIsSkippedAndReported() throws {
        let directory = try temporaryDirectory("long")
        let file = directory.appendingPathComponent("long.txt")
        try ("Mở đầu.\n" + String(repeating: "Kế hoạch số ", count: 50_000) + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try run([file.path, "--format", "concise"])
        XCTAssertTrue(result.out.contains(":2:1: note: dòng 2 dài 600000 ký tự; các quy tắc đọc từng từ đã bỏ qua dòng này [oversized-line]"), result.out)
        XCTAssertLessThan(result.out.utf8.count, 10_000, "the report must not repeat the line")
    }
}
