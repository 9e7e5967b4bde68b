import Foundation
import XCTest
@testable import DocLint
@testable import Rules

/// `--fix` safety as properties over generated documents: the examples damaged in random, seeded
/// ways (decomposed letters, CRLF or CR line ends, a byte order mark, wrong dashes, missing colons,
/// dropped end marks, duplicated and deleted lines, suppression comments).
final class FixPropertyTests: XCTestCase {
    let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)

    /// SplitMix64: the same documents on every machine and run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    func examples() throws -> [String] {
        let directory = repositoryRoot.appendingPathComponent("examples")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
    }

    /// One damaged document as bytes.
    func damaged(_ text: String, _ random: inout Generator) -> [UInt8] {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<(1 + random.below(5)) {
            let index = random.below(lines.count)
            switch random.below(10) {
            case 0: lines[index] = lines[index].decomposedStringWithCanonicalMapping
            case 1: lines[index] = lines[index].replacingOccurrences(of: " - ", with: " – ")
            case 2: for marker in ["Nơi nhận:", "Lưu:", "Kính gửi:", "Số:"] { lines = lines.map { $0.replacingOccurrences(of: marker, with: String(marker.dropLast())) } }
            case 3: lines = lines.map { $0.replacingOccurrences(of: "./.", with: ".") }
            case 4: lines.insert(lines[index], at: index)
            case 5: if lines.count > 3 { lines.remove(at: index) }
            case 6: lines[index] += "  "
            case 7: lines.insert("<!-- doclint-disable-next-line luu-line -->", at: index)
            case 8: lines = lines.map { $0.replacingOccurrences(of: "ngày 0", with: "ngày ") }
            default: lines[index] = lines[index].replacingOccurrences(of: "/", with: " / ")
            }
        }
        // Line ends: LF, CRLF, CR, or a mix; sometimes a byte order mark.
        var out: [UInt8] = random.below(4) == 0 ? [0xEF, 0xBB, 0xBF] : []
        let style = random.below(4)
        for (index, line) in lines.enumerated() {
            out += Array(line.utf8)
            guard index < lines.count - 1 else { break }
            switch style == 3 ? random.below(3) : style {
            case 1: out += [0x0D, 0x0A]
            case 2: out += [0x0D]
            default: out += [0x0A]
            }
        }
        return out
    }

    func testFixIsIdempotentAndTouchesOnlyWhatItReports() throws {
        let bases = try examples()
        var random = Generator(state: 2026)
        var fixedDocuments = 0, checkedLines = 0
        for round in 0..<240 {
            let bytes = damaged(bases[round % bases.count], &random)
            let source = try TextLoader.decode(bytes: bytes, path: "gen-\(round).txt").get()
            let unsafe = round % 2 == 1
            let outcome = linter.fix(source, configuration: Configuration(), includeUnsafe: unsafe)
            guard let fixedText = outcome.fixedText, let fixedLines = outcome.fixedLines else { continue }
            fixedDocuments += 1

            // Fixing twice equals fixing once.
            let again = try TextLoader.decode(bytes: Array(fixedText.utf8), path: "gen-\(round).txt").get()
            let second = linter.fix(again, configuration: Configuration(), includeUnsafe: unsafe)
            XCTAssertNil(second.fixedText, "round \(round): a second --fix changed the text again")

            // The byte order mark stays as it was; lines keep their order and their own line end.
            XCTAssertEqual(fixedText.unicodeScalars.first == "\u{FEFF}", source.hadByteOrderMark, "round \(round)")
            XCTAssertEqual(fixedLines.map(\.origin), fixedLines.map(\.origin).sorted(), "round \(round)")
            for line in fixedLines { XCTAssertEqual(line.terminator, source.lines[line.origin - 1].terminator, "round \(round) line \(line.origin)") }

            // First pass: a line no edit touches comes out byte for byte as it went in; on an edited
            // line, the text before the first edit and after the last one is unchanged.
            let edits = linter.lint(source, configuration: Configuration()).compactMap(\.fix).filter { $0.isSafe || unsafe }.flatMap(\.edits)
            let touched = Dictionary(grouping: edits.filter { $0.range.start.line == $0.range.end.line }, by: { $0.range.start.line })
            let deletedLines = Set(edits.filter(Fixer.isLineDeletion).flatMap { $0.range.start.line..<$0.range.end.line })
            for line in Fixer.applyLines(edits, to: source) {
                let original = source.lines[line.origin - 1]
                XCTAssertFalse(deletedLines.contains(line.origin), "round \(round): a deleted line survived")
                guard let lineEdits = touched[line.origin] else {
                    XCTAssertTrue(line.text.utf8.elementsEqual(original.original.utf8), "round \(round) line \(line.origin): untouched line changed")
                    checkedLines += 1
                    continue
                }
                let before = Array(original.original.unicodeScalars), after = Array(line.text.unicodeScalars)
                let prefix = (lineEdits.map(\.range.start.column).min() ?? 1) - 1
                let suffix = before.count - ((lineEdits.map(\.range.end.column).max() ?? 1) - 1)
                XCTAssertEqual(Array(after.prefix(prefix)), Array(before.prefix(prefix)), "round \(round) line \(line.origin): text before the edit changed")
                XCTAssertEqual(Array(after.suffix(max(0, suffix))), Array(before.suffix(max(0, suffix))), "round \(round) line \(line.origin): text after the edit changed")
            }
        }
        // The generator must actually produce fixable documents, or the properties prove nothing.
        XCTAssertGreaterThan(fixedDocuments, 150, "generated documents with fixes")
        XCTAssertGreaterThan(checkedLines, 2_000)
    }

    func testInvalidUTF8IsNeverDecodedSoNeverRewritten() throws {
        let bases = try examples()
        var random = Generator(state: 7)
        for round in 0..<60 {
            var bytes = damaged(bases[round % bases.count], &random)
            bytes.insert([0xFF, 0xC3, 0xE1, 0x80][random.below(4)], at: random.below(bytes.count))
            if case .success = TextLoader.decode(bytes: bytes, path: "bad.txt") {
                // 0xC3 or 0xE1 may have completed a sequence with the following bytes by chance;
                // only invalid input matters here.
                if String(validating: bytes, as: UTF8.self) != nil { continue }
                XCTFail("round \(round): invalid UTF-8 decoded")
            }
        }
    }

    func testAFailedWriteLeavesTheOriginalIntact() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-safe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cv.txt")
        let original = Data("Số: 7/UBND-VP\r\nNơi nhận\r\n".utf8)
        try original.write(to: file)
        struct DiskFull: Error {}
        XCTAssertThrowsError(try SafeWriter.replace(path: file.path, with: "changed\n", beforeRename: { throw DiskFull() }))
        XCTAssertEqual(try Data(contentsOf: file), original, "the original is untouched")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["cv.txt"], "no temporary file is left")
        try SafeWriter.replace(path: file.path, with: "changed\n")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "changed\n")
    }
}
