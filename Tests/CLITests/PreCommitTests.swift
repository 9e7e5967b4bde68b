import Foundation
import XCTest

/// The pre-commit hook for real: a temporary git repository, `pre-commit` from PyPI, a commit with
/// a defective document refused and a clean one let through, silently. `.ci/run` installs
/// pre-commit; where it is not on PATH the test is skipped and says so.
extension CLITests {
    func which(_ tool: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @discardableResult
    func shell(_ executable: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["GIT_AUTHOR_NAME"] = "Văn thư"; environment["GIT_AUTHOR_EMAIL"] = "vanthu@example.invalid"
        environment["GIT_COMMITTER_NAME"] = "Văn thư"; environment["GIT_COMMITTER_EMAIL"] = "vanthu@example.invalid"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe; process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testPreCommitHookRefusesADefectiveDocumentAndPassesACleanOne() throws {
        guard let preCommit = which("pre-commit"), let git = which("git") else {
            throw XCTSkip("pre-commit is not installed (.ci/run installs it from PyPI)")
        }
        let repository = try temporaryDirectory("hook")
        try shell(git, ["init", "-q", "-b", "main"], in: repository)
        let config = """
        repos:
          - repo: local
            hooks:
              - id: doclint
                name: doclint
                entry: \(binary.path) --format concise --quiet
                language: system
                files: \\.(txt|md|docx)$
        """
        try config.write(to: repository.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        let install = try shell(preCommit, ["install"], in: repository)
        XCTAssertEqual(install.status, 0, install.output)

        let folder = repository.appendingPathComponent("van-ban")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/cong-van-loi.txt"), to: folder.appendingPathComponent("cv-07.txt"))
        try shell(git, ["add", "."], in: repository)
        let refused = try shell(git, ["commit", "-q", "-m", "Công văn 07"], in: repository)
        XCTAssertNotEqual(refused.status, 0, refused.output)
        XCTAssertTrue(refused.output.contains("van-ban/cv-07.txt:14:3: error:") && refused.output.contains("[luu-line]"), refused.output)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("cv-07.txt"))
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/cong-van-sach.txt"), to: folder.appendingPathComponent("cv-08.txt"))
        try shell(git, ["add", "-A"], in: repository)
        let accepted = try shell(git, ["commit", "-q", "-m", "Công văn 08"], in: repository)
        XCTAssertEqual(accepted.status, 0, accepted.output)
        // Quiet on success: pre-commit's own "Passed" line and nothing from doclint.
        XCTAssertFalse(accepted.output.contains("error:") || accepted.output.contains("warning:"), accepted.output)
        XCTAssertTrue(accepted.output.contains("Passed"), accepted.output)
    }
}
