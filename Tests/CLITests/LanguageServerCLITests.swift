import Foundation
import XCTest

/// `doclint lsp` as an editor runs it: a process spoken to over stdin and stdout.
extension CLITests {
    /// A running server with framed messages in and out.
    final class LanguageServerSession {
        let process = Process()
        let input = Pipe(), output = Pipe()
        var buffer = Data()

        init(_ binary: URL, in folder: URL) throws {
            process.executableURL = binary
            process.arguments = ["lsp"]
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func send(_ message: [String: Any]) throws {
            let body = try JSONSerialization.data(withJSONObject: message)
            input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }

        /// The next message from the server (blocking).
        func receive() -> [String: Any]? {
            while true {
                if let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                    let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                    guard let length = header.split(separator: "\r\n").compactMap({ line -> Int? in
                        let parts = line.split(separator: ":", maxSplits: 1)
                        return parts.count == 2 && parts[0].lowercased() == "content-length" ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
                    }).first else { return nil }
                    if buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length {
                        let body = buffer[headerEnd.upperBound..<(headerEnd.upperBound + length)]
                        buffer = Data(buffer[(headerEnd.upperBound + length)...])
                        return try? JSONSerialization.jsonObject(with: body) as? [String: Any]
                    }
                }
                let more = output.fileHandleForReading.availableData
                if more.isEmpty { return nil }
                buffer.append(more)
            }
        }

        /// Messages until one matches.
        func receive(until match: ([String: Any]) -> Bool) -> [String: Any]? {
            while let message = receive() { if match(message) { return message } }
            return nil
        }
    }

    func cliDiagnostics(_ file: String) throws -> [[String: Any]] {
        let result = try run(["lint", "--format", "json", file])
        return (try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    func testLanguageServerConversationMatchesTheCommandLineAppliesAFixAndEndsWithZero() throws {
        let file = "examples/cong-van-loi.txt"
        let uri = root.appendingPathComponent(file).absoluteString
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        let session = try LanguageServerSession(binary, in: root)
        try session.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:], "rootUri": root.absoluteString]])
        let initialized = session.receive { $0["id"] as? Int == 1 }
        XCTAssertEqual(((initialized?["result"] as? [String: Any])?["capabilities"] as? [String: Any])?["positionEncoding"] as? String, "utf-16")
        try session.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        try session.send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                          "params": ["textDocument": ["uri": uri, "languageId": "text", "version": 1, "text": text]]])
        let published = try XCTUnwrap(session.receive { $0["method"] as? String == "textDocument/publishDiagnostics" })
        let diagnostics = try XCTUnwrap((published["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])

        // The same findings as `doclint lint --format json`: rule, and range after conversion (the
        // example's letters are all in the Basic Multilingual Plane: a UTF-16 unit per scalar).
        func key(_ rule: Any?, _ line: Any?, _ column: Any?, _ endLine: Any?, _ endColumn: Any?) -> String {
            "\(rule ?? "?") \(line ?? "?"):\(column ?? "?")-\(endLine ?? "?"):\(endColumn ?? "?")"
        }
        let fromCLI = try cliDiagnostics(file).map { key($0["rule"], $0["line"], $0["column"], $0["endLine"], $0["endColumn"]) }
        let fromServer = diagnostics.map { diagnostic -> String in
            let range = diagnostic["range"] as? [String: Any], start = range?["start"] as? [String: Any], end = range?["end"] as? [String: Any]
            return key(diagnostic["code"], (start?["line"] as? Int).map { $0 + 1 }, (start?["character"] as? Int).map { $0 + 1 },
                       (end?["line"] as? Int).map { $0 + 1 }, (end?["character"] as? Int).map { $0 + 1 })
        }
        XCTAssertFalse(fromCLI.isEmpty)
        XCTAssertEqual(fromServer.sorted(), fromCLI.sorted())

        // The quick fix for “Lưu VT” applied as the editor would, then the finding is gone.
        let luu = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "luu-line" })
        try session.send(["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                          "params": ["textDocument": ["uri": uri], "range": luu["range"]!, "context": ["diagnostics": [luu]]]])
        let actions = try XCTUnwrap(session.receive { $0["id"] as? Int == 2 }?["result"] as? [[String: Any]])
        let fix = try XCTUnwrap(actions.first { $0["isPreferred"] as? Bool == true })
        let edit = try XCTUnwrap((((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])?.first)
        let position = try XCTUnwrap((edit["range"] as? [String: Any])?["start"] as? [String: Any])
        var lines = text.components(separatedBy: "\n")
        let lineIndex = try XCTUnwrap(position["line"] as? Int), character = try XCTUnwrap(position["character"] as? Int)
        var utf16 = Array(lines[lineIndex].utf16)
        utf16.insert(contentsOf: Array((edit["newText"] as? String ?? "").utf16), at: character)
        lines[lineIndex] = String(decoding: utf16, as: UTF16.self)
        try session.send(["jsonrpc": "2.0", "method": "textDocument/didChange",
                          "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": lines.joined(separator: "\n")]]]])
        let republished = try XCTUnwrap(session.receive {
            $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? [String: Any])?["version"] as? Int == 2
        })
        let codes = ((republished["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        XCTAssertFalse(codes.contains("luu-line"), "\(codes)")
        XCTAssertEqual(codes.count, fromCLI.count - 1)

        // Hover names the rule and its legal source.
        try session.send(["jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
                          "params": ["textDocument": ["uri": uri], "position": (diagnostics[0]["range"] as? [String: Any])?["start"] ?? [:]]])
        let hover = ((session.receive { $0["id"] as? Int == 3 }?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        XCTAssertTrue(hover.contains("**\(diagnostics[0]["code"] as? String ?? "?")**"), hover)
        XCTAssertTrue(hover.contains("NĐ 30/2020"), hover)

        try session.send(["jsonrpc": "2.0", "id": 4, "method": "shutdown"])
        XCTAssertNotNil(session.receive { $0["id"] as? Int == 4 })
        try session.send(["jsonrpc": "2.0", "method": "exit"])
        session.process.waitUntilExit()
        XCTAssertEqual(session.process.terminationStatus, 0)
    }

    func testLanguageServerExitWithoutShutdownIsOneAndABrokenHeaderIsTwo() throws {
        let session = try LanguageServerSession(binary, in: root)
        try session.send(["jsonrpc": "2.0", "method": "exit"])
        session.process.waitUntilExit()
        XCTAssertEqual(session.process.terminationStatus, 1)

        let broken = try LanguageServerSession(binary, in: root)
        broken.input.fileHandleForWriting.write(Data("Content-Type: text/plain\r\n\r\n{}".utf8))
        try broken.input.fileHandleForWriting.close()
        broken.process.waitUntilExit()
        XCTAssertEqual(broken.process.terminationStatus, 2)
    }
}
