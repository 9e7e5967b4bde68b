import DocLint
import Foundation
import Rules
import XCTest

/// `doclint lsp` in process: JSON-RPC messages in, answers and diagnostics out.
final class LanguageServerTests: XCTestCase {
    /// Collects what the server sends.
    final class Outbox: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [[String: Any]] = []
        func add(_ message: [String: Any]) { lock.withLock { items.append(message) } }
        var messages: [[String: Any]] { lock.withLock { items } }
        func published(_ uri: String) -> [[String: Any]] {
            messages.compactMap { message in
                guard message["method"] as? String == "textDocument/publishDiagnostics", let params = message["params"] as? [String: Any],
                      params["uri"] as? String == uri else { return nil }
                return params
            }
        }
        func response(_ id: Int) -> [String: Any]? { messages.first { $0["id"] as? Int == id } }
    }

    let draft = """
    ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                     Độc lập – Tự do – Hạnh phúc
    Số: 15/UBND-VX                   Lâm Đồng, ngày 5 tháng 3 năm 2026
    V/v rà soát hồ sơ 𝐀

    Kính gửi: Sở Y tế

    1. Giao Sở Y tế rà soát hồ sơ trước ngày 20/3/2026.

    Nơi nhận:
    - Như trên;
    - Lưu VT.
                                                  CHỦ TỊCH

                                                  Nguyễn Văn An
    """

    func server(_ outbox: Outbox, encodings: [String] = [], lang: String? = nil, documentation: String? = nil) -> LanguageServer {
        let server = LanguageServer(rules: allRuleTypes, debounce: .milliseconds(5)) { outbox.add($0) }
        var params: [String: Any] = ["capabilities": ["general": ["positionEncodings": encodings]]]
        var options: [String: Any] = [:]
        if let lang { options["lang"] = lang }
        if let documentation { options["rulesDocumentation"] = documentation }
        params["initializationOptions"] = options
        server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params])
        server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        return server
    }

    func open(_ server: LanguageServer, _ uri: String, _ text: String, version: Int = 1) {
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                       "params": ["textDocument": ["uri": uri, "languageId": "text", "version": version, "text": text]]])
    }

    func testPositionEncodingIsNegotiatedAndColumnsConvertExactly() {
        XCTAssertEqual(PositionEncoding.negotiate([]), .utf16)
        XCTAssertEqual(PositionEncoding.negotiate(["utf-16", "utf-8"]), .utf8)
        XCTAssertEqual(PositionEncoding.negotiate(["utf-8", "utf-32"]), .utf32)
        // "a𝐀ệb": 𝐀 is astral (2 UTF-16 units, 4 UTF-8 bytes), ệ is 3 UTF-8 bytes.
        let text = LSPText("x\r\na𝐀ệb\nz")
        XCTAssertEqual(text.position(line: 2, column: 4, .utf16).character, 4)
        XCTAssertEqual(text.position(line: 2, column: 4, .utf8).character, 8)
        XCTAssertEqual(text.position(line: 2, column: 4, .utf32).character, 3)
        for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
            for column in 1...5 {
                let position = text.position(line: 2, column: column, encoding)
                XCTAssertEqual(position.line, 1)
                XCTAssertEqual(text.column(line: position.line, character: position.character, encoding), column, "\(encoding) \(column)")
            }
        }
        let outbox = Outbox()
        _ = server(outbox, encodings: ["utf-16", "utf-32"])
        let capabilities = (outbox.response(1)?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        XCTAssertEqual(capabilities?["positionEncoding"] as? String, "utf-32")
    }

    func testIncrementalChangesEditTheTextLikeTheClient() {
        var text = LSPText("Kính gửi: Sở 𝐀 Y tế\nHết")
        // Replace "Y tế" (after the astral letter) with "Tài chính", positions in UTF-16.
        text.apply(range: ((0, 16), (0, 20)), text: "Tài chính", .utf16)
        XCTAssertEqual(text.text, "Kính gửi: Sở 𝐀 Tài chính\nHết")
        text.apply(range: ((0, 25), (1, 0)), text: " ", .utf16)
        XCTAssertEqual(text.text, "Kính gửi: Sở 𝐀 Tài chính Hết")
        text.apply(range: nil, text: "mới", .utf16)
        XCTAssertEqual(text.text, "mới")
    }

    func testDiagnosticsArePublishedWithRuleCodesAndOnlyForTheLatestVersion() throws {
        let outbox = Outbox()
        let server = server(outbox, documentation: "https://wiki.example/doclint#{rule}")
        let uri = "file:///nonexistent-folder/cong-van.txt"
        open(server, uri, draft)
        // Three quick edits: only the last version's findings may be published after them.
        for version in 2...4 {
            server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange",
                           "params": ["textDocument": ["uri": uri, "version": version],
                                      "contentChanges": [["text": draft + String(repeating: "\n", count: version)]]]])
        }
        server.drain()
        Thread.sleep(forTimeInterval: 0.05)
        server.drain()
        let published = outbox.published(uri)
        XCTAssertFalse(published.isEmpty)
        XCTAssertEqual(published.last?["version"] as? Int, 4)
        let versions = published.compactMap { $0["version"] as? Int }
        XCTAssertEqual(versions, versions.sorted(), "an older version published after a newer one")
        let diagnostics = try XCTUnwrap(published.last?["diagnostics"] as? [[String: Any]])
        let codes = Set(diagnostics.compactMap { $0["code"] as? String })
        XCTAssertTrue(codes.contains("tieu-ngu"), "\(codes)")
        XCTAssertTrue(codes.contains("luu-line"), "\(codes)")
        XCTAssertTrue(diagnostics.allSatisfy { $0["source"] as? String == "doclint" })
        XCTAssertTrue(diagnostics.allSatisfy { ($0["codeDescription"] as? [String: Any])?["href"] as? String == "https://wiki.example/doclint#\($0["code"]!)" })
        // The Tiêu ngữ's finding on line 2 (0-based 1), at the motto's first letter.
        let motto = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "tieu-ngu" })
        let start = (motto["range"] as? [String: Any])?["start"] as? [String: Any]
        XCTAssertEqual(start?["line"] as? Int, 1)
        XCTAssertEqual(start?["character"] as? Int, 33)
        // Closing clears the document's findings.
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": uri]]])
        XCTAssertEqual((outbox.published(uri).last?["diagnostics"] as? [Any])?.count, 0)
    }

    func testCodeActionsOfferTheFixAndASuppressionAndHoverExplainsTheRule() throws {
        let outbox = Outbox()
        let server = server(outbox, lang: "en")
        let uri = "file:///nonexistent-folder/cong-van.txt"
        open(server, uri, draft)
        server.drain(); Thread.sleep(forTimeInterval: 0.05); server.drain()
        let diagnostics = try XCTUnwrap(outbox.published(uri).last?["diagnostics"] as? [[String: Any]])
        let luu = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "luu-line" })
        let range = try XCTUnwrap(luu["range"] as? [String: Any])
        server.handle(["jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction",
                       "params": ["textDocument": ["uri": uri], "range": range, "context": ["diagnostics": [luu]]]])
        let actions = try XCTUnwrap(outbox.response(7)?["result"] as? [[String: Any]])
        let fix = try XCTUnwrap(actions.first { ($0["title"] as? String)?.contains("“:”") == true && ($0["isPreferred"] as? Bool) == true }, "\(actions)")
        let edits = ((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]]
        XCTAssertEqual(edits?.first?["newText"] as? String, ":")
        let suppress = try XCTUnwrap(actions.first { ($0["title"] as? String) == "Disable luu-line for the next line" })
        let inserted = ((suppress["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]]
        XCTAssertEqual(inserted?.first?["newText"] as? String, "<!-- doclint-disable-next-line luu-line -->\n")
        XCTAssertEqual(luu["message"] as? String, "missing colon after “Lưu”: write “Lưu: VT, …”")
        XCTAssertNil(luu["codeDescription"], "no documentation address was given")

        server.handle(["jsonrpc": "2.0", "id": 8, "method": "textDocument/hover",
                       "params": ["textDocument": ["uri": uri], "position": range["start"]!]])
        let hover = try XCTUnwrap((outbox.response(8)?["result"] as? [String: Any])?["contents"] as? [String: Any])
        let value = try XCTUnwrap(hover["value"] as? String)
        XCTAssertTrue(value.hasPrefix("**luu-line**"), value)
        XCTAssertTrue(value.contains("30/2020"), value)
        server.handle(["jsonrpc": "2.0", "id": 9, "method": "textDocument/hover",
                       "params": ["textDocument": ["uri": uri], "position": ["line": 4, "character": 0]]])
        XCTAssertTrue(outbox.response(9)?["result"] is NSNull)
    }

    func testWorkspaceRulesYmlIsHonouredAndReReadWhenItChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rulesFile = folder.appendingPathComponent("rules.yml")
        try "disabled_rules:\n  - luu-line\n".write(to: rulesFile, atomically: true, encoding: .utf8)
        let outbox = Outbox()
        let server = server(outbox)
        let uri = "file://" + folder.appendingPathComponent("cong van.txt").path.replacingOccurrences(of: " ", with: "%20")
        open(server, uri, draft)
        server.drain(); Thread.sleep(forTimeInterval: 0.05); server.drain()
        var codes = Set((outbox.published(uri).last?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        XCTAssertFalse(codes.contains("luu-line"), "\(codes)")
        XCTAssertTrue(codes.contains("tieu-ngu"), "\(codes)")
        // A different rules.yml (and a later modification time): read again on the next lint.
        try "disabled_rules:\n  - tieu-ngu\n".write(to: rulesFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: rulesFile.path)
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didSave", "params": ["textDocument": ["uri": uri]]])
        server.drain(); Thread.sleep(forTimeInterval: 0.05); server.drain()
        codes = Set((outbox.published(uri).last?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        XCTAssertTrue(codes.contains("luu-line"), "\(codes)")
        XCTAssertFalse(codes.contains("tieu-ngu"), "\(codes)")
    }

    func testMarkdownDocumentsAreCheckedWithTheirSuppressionComments() throws {
        let outbox = Outbox()
        let server = server(outbox)
        let uri = "file:///nonexistent-folder/cong-van.md"
        open(server, uri, draft.replacingOccurrences(of: "- Lưu VT.", with: "<!-- doclint-disable-next-line luu-line -->\n- Lưu VT."))
        server.drain(); Thread.sleep(forTimeInterval: 0.05); server.drain()
        let codes = Set((outbox.published(uri).last?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        XCTAssertTrue(codes.contains("tieu-ngu"), "\(codes)")
        XCTAssertFalse(codes.contains("luu-line"), "\(codes)")
    }

    func testUnknownRequestsAreRefusedAndShutdownThenExitEnds() {
        let outbox = Outbox()
        let server = server(outbox)
        server.handle(["jsonrpc": "2.0", "id": 5, "method": "workspace/symbol", "params": [:]])
        XCTAssertEqual((outbox.response(5)?["error"] as? [String: Any])?["code"] as? Int, -32601)
        server.handle(["jsonrpc": "2.0", "method": "some/notification", "params": [:]])
        XCTAssertNil(outbox.messages.first { $0["method"] as? String == "some/notification" })
        XCTAssertTrue(server.handle(["jsonrpc": "2.0", "id": 6, "method": "shutdown"]))
        XCTAssertTrue(server.shutdownRequested)
        XCTAssertNotNil(outbox.response(6))
        XCTAssertFalse(server.handle(["jsonrpc": "2.0", "method": "exit"]))
    }

    func testFramingReadsSplitAndBackToBackMessages() throws {
        let first = Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#.utf8)
        let second = Array(#"{"jsonrpc":"2.0","method":"exit","params":{"text":"Hết ệ"}}"#.utf8)
        var stream = LSPReader.frame(first) + Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8)
        stream += LSPReader.frame(second)
        // Delivered three bytes at a time.
        var offset = 0
        let reader = LSPReader { _ in
            defer { offset = min(stream.count, offset + 3) }
            return Array(stream[offset..<min(stream.count, offset + 3)])
        }
        XCTAssertEqual(try reader.next(), first)
        XCTAssertEqual(try reader.next(), second)
        XCTAssertNil(try reader.next())
        let broken = LSPReader { _ in Array("Content-Type: x\r\n\r\n{}".utf8) }
        XCTAssertThrowsError(try broken.next())
    }

    /// Whatever positions a client sends — past a line's end, past the text, negative, inside a
    /// surrogate pair, in any encoding — the text stays valid, edits land inside it, and a column
    /// converted to a position and back is the same column.
    func testArbitraryPositionsNeverBreakTheText() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "ệ", "e\u{0301}", "𝐀", "\n", "\r\n", "\r", " ", "Đ"]
        for _ in 0..<300 {
            let original = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var text = LSPText(original)
            let encoding = [PositionEncoding.utf8, .utf16, .utf32].randomElement(using: &random)!
            for line in 1...4 {
                for column in 1...8 {
                    let position = text.position(line: line, column: column, encoding)
                    XCTAssertGreaterThanOrEqual(position.character, 0)
                    let back = text.column(line: position.line, character: position.character, encoding)
                    XCTAssertLessThanOrEqual(back, column)
                }
            }
            let start = (Int.random(in: -2...5, using: &random), Int.random(in: -3...12, using: &random))
            let end = (Int.random(in: -2...5, using: &random), Int.random(in: -3...12, using: &random))
            let inserted = pieces.randomElement(using: &random)!
            let before = text.text.unicodeScalars.count
            text.apply(range: (start, end), text: inserted, encoding)
            let after = text.text.unicodeScalars.count
            XCTAssertGreaterThanOrEqual(after, inserted.unicodeScalars.count)
            XCTAssertLessThanOrEqual(after, before + inserted.unicodeScalars.count)
            // The inserted scalars stand together somewhere in the text (compared as scalars: a
            // "\r" before an inserted "\n" makes one Character of the two).
            let scalars = Array(text.text.unicodeScalars), needle = Array(inserted.unicodeScalars)
            XCTAssertTrue((0...(scalars.count - needle.count)).contains { scalars[$0..<($0 + needle.count)].elementsEqual(needle) },
                          "\(original.debugDescription) + \(inserted.debugDescription)")
        }
    }
}
