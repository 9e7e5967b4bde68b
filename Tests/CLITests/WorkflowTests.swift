import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The hook and CI workflows: reporters, -o, --fix/--diff, baseline, suppressions, inputs, exit codes.
extension CLITests {
    func temporaryDirectory(_ name: String = "wf") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    /// Every reporter's output on the defective công văn is pinned by a golden file; refresh with
    /// DOCLINT_UPDATE_GOLDEN=1 after reviewing the change.
    func testReporterGoldenFiles() throws {
        let rootURI = URL(fileURLWithPath: root.path, isDirectory: true).absoluteString
        for format in ["full", "concise", "json", "sarif", "github", "junit", "gitlab"] {
            let result = try run(["examples/cong-van-loi.txt", "--format", format, "--color", "never"])
            XCTAssertEqual(result.status, 1, format)
            let output = result.out.replacingOccurrences(of: rootURI, with: "file:///ROOT/")
            let golden = root.appendingPathComponent("Tests/CLITests/Golden/cong-van-loi.\(format)")
            if ProcessInfo.processInfo.environment["DOCLINT_UPDATE_GOLDEN"] == "1" { try output.write(to: golden, atomically: true, encoding: .utf8) }
            XCTAssertEqual(output, try String(contentsOf: golden, encoding: .utf8), format)
        }
    }

    func testSARIFHasWhatCodeScanningNeeds() throws {
        let result = try run(["examples/cong-van-loi.txt", "--format", "sarif"])
        let log = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = (log["runs"] as! [[String: Any]])[0]
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        for rule in rules { for key in ["id", "shortDescription", "fullDescription", "help"] { XCTAssertNotNil(rule[key], key) } }
        let results = run["results"] as! [[String: Any]]
        XCTAssertEqual(results.count, 8)
        for result in results {
            let region = (((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])
            XCTAssertGreaterThan(region["endColumn"] as! Int, region["startColumn"] as! Int)
            XCTAssertNotNil((result["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
            let index = result["ruleIndex"] as! Int
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
        }
    }

    func testGitHubCommandsAreEscapedLikeTheToolkit() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("a,b:c.txt")
        try "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try run([file.path, "--format", "github"])
        XCTAssertTrue(result.out.hasPrefix("::error file=\(directory.path)/a%2Cb%3Ac.txt,line=3,col=3,"), result.out)
        XCTAssertTrue(result.out.contains("title=doclint luu-line::thiếu dấu hai chấm"), result.out)
    }

    func testJUnitIsWellFormedXML() throws {
        let result = try run(["examples/cong-van-loi.txt", "examples/cong-van-sach.txt", "--format", "junit"])
        let parser = XMLParser(data: Data(result.out.utf8))
        XCTAssertTrue(parser.parse(), result.out)
        XCTAssertTrue(result.out.contains("<testsuites name=\"doclint\" tests=\"9\" failures=\"8\" errors=\"0\">"), result.out)
    }

    func testOutputFileGetsTheMachineReportAndTheTerminalTheHumanOne() throws {
        let directory = try temporaryDirectory()
        let report = directory.appendingPathComponent("doclint.sarif")
        let result = try run(["examples/cong-van-loi.txt", "--format", "sarif", "-o", report.path, "--color", "never"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.out.contains("examples/cong-van-loi.txt:14:3: error:"), result.out)
        XCTAssertFalse(result.out.contains("\"version\""))
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [String: Any]
        XCTAssertEqual(log["version"] as? String, "2.1.0")
    }

    /// --fix keeps the BOM, CRLF line endings and every byte it did not mean to change; a second
    /// run changes nothing; --diff shows the same change without writing.
    func testFixIsSafeIdempotentAndKeepsEncodingAndLineEndings() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("cv.txt")
        let original = "\u{FEFF}ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nTỈNH LÂM ĐỒNG                 Độc lập – Tự do – Hạnh phúc\r\n\r\nNơi nhận:\r\n- Như trên;\r\n- Lưu VT, VP.\r\n"
        try Data(original.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)

        let preview = try run(["--diff", file.path])
        XCTAssertEqual(preview.status, 1)
        XCTAssertTrue(preview.out.contains("\n-- Lưu VT, VP.\n+- Lưu: VT, VP.\n"), preview.out)
        XCTAssertEqual(try Data(contentsOf: file), Data(original.utf8), "--diff must not write")

        let fixed = try run(["--fix", file.path])
        XCTAssertEqual(fixed.status, 0, fixed.out + fixed.err)
        let expected = "\u{FEFF}ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nTỈNH LÂM ĐỒNG                 Độc lập - Tự do - Hạnh phúc\r\n\r\nNơi nhận:\r\n- Như trên;\r\n- Lưu: VT, VP.\r\n"
        XCTAssertEqual(try Data(contentsOf: file), Data(expected.utf8))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["cv.txt"], "no temporary file left behind")

        let again = try run(["--fix", file.path])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(try Data(contentsOf: file), Data(expected.utf8))
    }

    /// A file whose only defect is decomposed Unicode: String == would call the fix a no-op.
    func testFixRewritesDecomposedTextAsNFC() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("nfd.txt")
        let decomposed = "Thu\u{031B}\u{0323}c hie\u{0302}\u{0323}n nhie\u{0302}\u{0323}m vu\u{0323}.\n"
        try Data(decomposed.utf8).write(to: file)
        let preview = try run(["--diff", file.path])
        XCTAssertEqual(preview.status, 1, preview.out + preview.err)
        XCTAssertEqual(try run(["--fix", file.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: file), Data("Thực hiện nhiệm vụ.\n".precomposedStringWithCanonicalMapping.utf8))
        XCTAssertNotEqual(try Data(contentsOf: file), Data(decomposed.utf8))
    }

    func testUnsafeFixesOnlyWithTheFlagAndInvalidUTF8IsNeverRewritten() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("so.txt")
        try "ỦY BAN NHÂN DÂN\nSố: 7/UBND-VX\nV/v rà soát\n".write(to: file, atomically: true, encoding: .utf8)
        _ = try run(["--fix", file.path])
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("Số: 7/UBND-VX"), "the leading zero is an unsafe fix")
        _ = try run(["--fix", "--unsafe-fixes", file.path])
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("Số: 07/UBND-VX"))

        let legacy = directory.appendingPathComponent("tcvn3.txt")
        let bytes = Data([0x51, 0x75, 0x79, 0xD5, 0x74, 0x20, 0xAE, 0xDE, 0x6E, 0x68, 0x0A])
        try bytes.write(to: legacy)
        let result = try run(["--fix", legacy.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try Data(contentsOf: legacy), bytes)
    }

    func testBaselineSilencesKnownFindingsButNotNewOnes() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("cv.txt")
        try "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n".write(to: file, atomically: true, encoding: .utf8)
        let baseline = directory.appendingPathComponent("baseline.json")
        XCTAssertEqual(try run([file.path, "--write-baseline", baseline.path]).status, 0)
        XCTAssertEqual(try run([file.path, "--baseline", baseline.path]).status, 0)
        // Lines moved: still known (matched on text, not line numbers).
        try "Đề nghị các cơ quan thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu VT, VP.\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run([file.path, "--baseline", baseline.path]).status, 0)
        // A new finding fails.
        try "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n\nNơi nhận:\n- Lưu VT.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try run([file.path, "--baseline", baseline.path, "--format", "concise"])
        XCTAssertEqual(result.status, 1, result.out)
    }

    func testSuppressionCommentsAndUnusedSuppression() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("cv.txt")
        try "Nơi nhận:\n- Như trên;\n<!-- doclint-disable-next-line luu-line -->\n- Lưu VT, VP.\n".write(to: file, atomically: true, encoding: .utf8)
        let silenced = try run([file.path, "--format", "concise"])
        XCTAssertEqual(silenced.status, 0, silenced.out)
        XCTAssertEqual(silenced.out, "")
        try "<!-- doclint-disable-next-line luu-line -->\nĐề nghị các cơ quan thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n".write(to: file, atomically: true, encoding: .utf8)
        let unused = try run([file.path, "--format", "concise", "--fail-on", "warning"])
        XCTAssertEqual(unused.status, 1)
        XCTAssertTrue(unused.out.contains(":1:1: warning: chú thích tắt quy tắc (luu-line) không che lỗi nào; hãy xóa nó [unused-suppression]"), unused.out)
    }

    func testStandardInputDirectoriesIgnoreFileAndExitFlags() throws {
        let directory = try temporaryDirectory()
        let defective = "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n"
        // Standard input, named for the report.
        let piped = try run(["-", "--stdin-filename", "van-ban/cv.txt", "--format", "concise"], stdin: defective)
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.out.hasPrefix("van-ban/cv.txt:3:3: error:"), piped.out)
        let fixedPipe = try run(["-", "--fix"], stdin: defective)
        XCTAssertEqual(Data(fixedPipe.out.utf8), Data("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n".utf8))

        // Directories: recursion, .doclintignore, --exclude, --include.
        for path in ["docs/a.txt", "docs/nhap/b.txt", "docs/c.md", "docs/d.pdf", "docs/skip/e.txt"] {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try defective.write(to: url, atomically: true, encoding: .utf8)
        }
        try "# drafts\nnhap/\n".write(to: directory.appendingPathComponent(".doclintignore"), atomically: true, encoding: .utf8)
        func files(_ arguments: [String]) throws -> [String] {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments + ["--format", "concise"]
            process.currentDirectoryURL = directory
            let out = Pipe()
            process.standardOutput = out
            process.standardError = Pipe()
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Array(Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map { String($0.split(separator: ":")[0]) })).sorted()
        }
        XCTAssertEqual(try files(["docs"]), ["docs/a.txt", "docs/c.md", "docs/skip/e.txt"])
        XCTAssertEqual(try files(["docs", "--exclude", "docs/skip/**"]), ["docs/a.txt", "docs/c.md"])
        XCTAssertEqual(try files(["docs", "--include", "**/*.md"]), ["docs/c.md"])

        // Exit codes: --exit-zero, --quiet, a missing path.
        let file = directory.appendingPathComponent("docs/a.txt").path
        XCTAssertEqual(try run([file, "--exit-zero"]).status, 0)
        let quiet = try run([file, "--quiet"])
        XCTAssertEqual(quiet.err, "")
        XCTAssertEqual(try run([file, "khong-co-tep.txt"]).status, 2)
    }

    /// Output order is deterministic (path, line, column, rule) even though files are linted in parallel.
    func testParallelRunsAreDeterministic() throws {
        let directory = try temporaryDirectory()
        for index in 0..<40 {
            try String(contentsOf: root.appendingPathComponent("examples/ke-hoach-loi.txt"), encoding: .utf8)
                .write(to: directory.appendingPathComponent(String(format: "kh-%02d.txt", index)), atomically: true, encoding: .utf8)
        }
        let first = try run([directory.path, "--format", "concise"])
        let second = try run([directory.path, "--format", "concise"])
        XCTAssertEqual(first.out, second.out)
        // Files in path order; then, in path order too, the citations that could only be decided
        // after the last file was registered.
        let lines = first.out.split(separator: "\n")
        let late = lines.drop { !$0.hasSuffix("[reference-unresolved]") }
        let paths = lines.dropLast(late.count).map { String($0.split(separator: ":")[0]) }
        let latePaths = late.map { String($0.split(separator: ":")[0]) }
        XCTAssertEqual(paths, paths.sorted())
        XCTAssertEqual(latePaths, latePaths.sorted())
        XCTAssertTrue(late.allSatisfy { $0.hasSuffix("[reference-unresolved]") })
        // 17 findings per copy; as a repository the 40 copies also share one number (39
        // duplicate-number errors, in place) and each cites a plan of its issuer that is not in the set.
        XCTAssertEqual(paths.count, 40 * 17 + 39)
        XCTAssertEqual(late.count, 40)
    }
}
