// Compiled with the Server trait only (Package.swift): it needs SwiftNIO and Hummingbird.
#if Server
@testable import DocLint
@testable import DocLintServer
import Foundation
import Hummingbird
import Rules
import XCTest

/// `doclint serve` in process: the API against the CLI's golden outputs, the report's escaping,
/// the limits, and concurrent use over a real socket.
final class ServerTests: XCTestCase, @unchecked Sendable {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func example(_ name: String) throws -> Data { try Data(contentsOf: root.appendingPathComponent("examples/\(name)")) }
    func golden(_ name: String) throws -> String { try String(contentsOf: root.appendingPathComponent("Tests/CLITests/Golden/\(name)"), encoding: .utf8) }

    /// The clerk's server on a loopback port for the length of `test`.
    func serve(_ options: ClerkServer.Options = .init(), configuration: Configuration = Configuration(),
               _ test: @Sendable (LiveClient) async throws -> Void) async throws {
        try await LiveClient.serve(ClerkServer(configuration: configuration, options: options).router(), test)
    }

    func post(_ client: LiveClient, _ uri: String, _ body: Data) async throws -> LiveClient.Reply {
        try await client.execute(uri: uri, method: .post, body: ByteBuffer(bytes: body))
    }

    func text(_ response: LiveClient.Reply) -> String { String(buffer: response.body) }

    /// JSON re-encoded with sorted keys, to compare values whatever their formatting.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    func testPageAndAssetsAreServedWithAStrictPolicy() async throws {
        try await serve() { client in
            let page = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(page.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertTrue(self.text(page).contains("<form id=\"check-form\""))
            XCTAssertTrue(self.text(page).contains("tối đa 10 MB"))
            let policy = try XCTUnwrap(page.headers[.init("Content-Security-Policy")!])
            XCTAssertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy)
            XCTAssertFalse(self.text(page).contains("http://") || self.text(page).contains("https://"), "no resource from the internet")
            let script = try await client.execute(uri: "/app.js", method: .get)
            XCTAssertEqual(script.status, .ok)
            XCTAssertTrue(self.text(script).contains("api/report"))
            let style = try await client.execute(uri: "/app.css", method: .get)
            XCTAssertEqual(style.headers[.contentType], "text/css; charset=utf-8")
            let health = try await client.execute(uri: "/healthz", method: .get)
            XCTAssertEqual(self.text(health), "ok\n")
        }
    }

    func testLintAPIReturnsTheCLIJSON() async throws {
        // The CLI's golden JSON for examples/cong-van-loi.txt, with the name the browser sends.
        let expected = try golden("cong-van-loi.json").replacingOccurrences(of: "examples/cong-van-loi.txt", with: "cong-van-loi.txt")
        let body = try example("cong-van-loi.txt")
        try await serve() { client in
            let response = try await self.post(client, "/api/lint?filename=examples%2Fcong-van-loi.txt", body)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
            XCTAssertEqual(self.text(response), expected)
            let english = try await self.post(client, "/api/lint?filename=cong-van-loi.txt&lang=en", body)
            XCTAssertTrue(self.text(english).contains("missing colon after “Lưu”"), self.text(english))
        }
    }

    func testTasksAPIReturnsTheCLIJSON() async throws {
        // `doclint tasks --format json` over the repository example, restricted to one of its files.
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(golden("kho-van-ban.tasks.json").utf8)) as? [[String: Any]])
        let name = "kh-15-ubnd.txt"
        let rows = all.filter { ($0["file"] as? String)?.hasSuffix("/" + name) == true }.map { row -> [String: Any] in
            var row = row; row["file"] = name; return row
        }
        XCTAssertEqual(rows.count, 3, "the golden file lists this plan's three tasks")
        let expected = try Self.canonical(rows)
        let body = try example("kho-van-ban/\(name)")
        let configuration = try Configuration.load(path: root.appendingPathComponent("examples/kho-van-ban/rules.yml").path, rules: [])
        try await serve(configuration: configuration) { client in
            let response = try await self.post(client, "/api/tasks?filename=\(name)", body)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(try Self.canonical(JSONSerialization.jsonObject(with: Data(buffer: response.body))), expected)
        }
    }

    func testReportHighlightsFindingsAndEscapesTheDocument() async throws {
        let text = try XCTUnwrap(String(data: example("cong-van-loi.txt"), encoding: .utf8)).replacingOccurrences(of: "V/v báo cáo", with: "V/v báo cáo <script>alert(1)</script> \"quoted\" & 'single'")
        try await serve() { client in
            let response = try await self.post(client, "/api/report?filename=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E.txt", Data(text.utf8))
            XCTAssertEqual(response.status, .ok)
            let html = self.text(response)
            XCTAssertFalse(html.contains("<script"), "document text must never become markup")
            XCTAssertFalse(html.contains("<img"))
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"))
            XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;.txt"))
            // Summary, highlights, checklist and tasks.
            XCTAssertTrue(html.contains("3 lỗi, 3 cảnh báo, 2 ghi chú"), html)
            XCTAssertTrue(html.contains("<div class=\"line flag-error\" id=\"L14\">"), "the Lưu line is flagged")
            XCTAssertTrue(html.contains("<mark class=\"sev-error\" title=\"thiếu dấu hai chấm sau “Lưu”"), "the Lưu range is marked")
            XCTAssertTrue(html.contains("Căn cứ: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d"), "the legal source is shown")
            XCTAssertTrue(html.contains("<tr class=\"item-present\"><td>Nơi nhận</td>"))
            XCTAssertTrue(html.contains("2 nhiệm vụ, 1 nhiệm vụ chưa có hạn cuối."))
            XCTAssertTrue(html.contains("data-action=\"download-fixed\""))
        }
    }

    /// A PDF and a scanned image uploaded to the page: checked like on the command line (the same
    /// rules and severities as the PDF's text), findings saying their page, no fixed copy offered.
    func testPDFAndScanUploadsAreChecked() async throws {
        let tools = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard tools.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }) else {
            throw XCTSkip("poppler-utils is not installed (.ci/run installs it)")
        }
        let pdf = try Data(contentsOf: root.appendingPathComponent("Tests/CLITests/Fixtures/cong-van-loi.pdf"))
        let check = DraftCheck.run(bytes: [UInt8](pdf), name: "cv-07.pdf", configuration: Configuration(), linter: Linter(rules: allRuleTypes))
        XCTAssertNil(check.report.inputError)
        XCTAssertEqual(check.report.diagnostics.filter { $0.severity != .note }.map(\.ruleID).sorted(),
                       ["date-line", "deadline-workday", "kinh-gui-format", "luu-line", "so-ky-hieu", "task-deadline"])
        XCTAssertTrue(check.report.diagnostics.allSatisfy { $0.message.vi.hasSuffix("(trang 1)") })
        XCTAssertEqual(check.safeFixCount, 0)
        XCTAssertEqual(check.report.path, "cv-07.pdf")
        // Without a name, by its signature; a broken one is an input error naming the upload.
        XCTAssertNil(DraftCheck.run(bytes: [UInt8](pdf), name: "van-ban", configuration: Configuration(), linter: Linter(rules: allRuleTypes)).report.inputError)
        let broken = DraftCheck.run(bytes: Array("%PDF-1.7 broken".utf8), name: "hong.pdf", configuration: Configuration(), linter: Linter(rules: allRuleTypes))
        XCTAssertTrue(broken.report.inputError?.message(.vi).hasPrefix("hong.pdf: error: không đọc được tệp PDF") ?? false, "\(String(describing: broken.report.inputError))")
        guard tools.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/tesseract") }) else { return }
        let scan = try Data(contentsOf: root.appendingPathComponent("Tests/CLITests/Fixtures/cong-van-sach-scan.png"))
        try await serve() { client in
            let response = try await self.post(client, "/api/report?filename=cong-van-quet.png", scan)
            XCTAssertEqual(response.status, .ok)
            let html = self.text(response)
            XCTAssertTrue(html.contains("Sở Nội vụ"), html)
        }
    }

    func testReportShowsTheRestoredReadingOfOCRText() async throws {
        let text = """
        UY BAN NHAN DAN TINH LAM DONG          CONG HOA XA HOI CHU NGHIA VIET NAM
        So: 07/UBND-VX          Lam Dong, ngay 05 thang 3 nam 2026
        V/v ra soat ho so luu tru cua cac co quan, don vi tren dia ban tinh

        Kinh gui: So Noi vu.

        1. Giao So Noi vu huong dan cac co quan ra soat ho so luu tru dien tu.
        """
        try await serve() { client in
            let response = try await self.post(client, "/api/report?filename=ocr.txt", Data(text.utf8))
            XCTAssertEqual(response.status, .ok)
            let html = self.text(response)
            // The original line, then how doclint read it.
            XCTAssertTrue(html.contains("1. Giao So Noi vu huong dan"), html)
            XCTAssertTrue(html.contains("<span class=\"restored\" title=\"Đã khôi phục dấu (văn bản OCR): cách doclint đọc dòng này\">1. Giao Sở Nội vụ hướng dẫn các cơ quan rà soát hồ sơ lưu trữ điện tử.</span>"), html)
            XCTAssertTrue(html.contains("(văn bản OCR, đã khôi phục dấu)"), "its findings say they were made on the restored text")
        }
    }

    func testReportOfACleanDocumentSaysSo() async throws {
        try await serve() { client in
            let html = self.text(try await self.post(client, "/api/report?filename=ke-hoach-dang.txt", try self.example("dang-ke-hoach.txt")))
            XCTAssertTrue(html.contains("Không có lỗi, cảnh báo hay ghi chú."), html)
            XCTAssertTrue(html.contains("<td>“ĐẢNG CỘNG SẢN VIỆT NAM”</td><td>có"), "a Party document's checklist")
            XCTAssertFalse(html.contains("Tiêu ngữ"), "Party documents carry no motto")
            XCTAssertFalse(html.contains("item-missing"))
        }
    }

    func testChecklistNamesMissingComponents() async throws {
        let text = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n\nV/v lịch tiếp công dân\n\nKính gửi: Các thôn.\n\nỦy ban nhân dân xã thông báo lịch tiếp công dân./.\n"
        try await serve() { client in
            let html = self.text(try await self.post(client, "/api/report?filename=a.txt", Data(text.utf8)))
            XCTAssertTrue(html.contains("<tr class=\"item-missing\"><td>Quốc hiệu</td><td>thiếu"), html)
            XCTAssertTrue(html.contains("<tr class=\"item-missing\"><td>Nơi nhận</td><td>thiếu"), html)
        }
    }

    func testWordFilesAreCheckedAndOfferedAsAReviewedWordFile() async throws {
        let docx = try DocxBuilder.build("@margins 25.4 25.4 25.4 25.4\n" + String(decoding: example("cong-van-sach.txt"), as: UTF8.self))
        try await serve() { client in
            let lint = self.text(try await self.post(client, "/api/lint?filename=cv.docx", docx))
            XCTAssertTrue(lint.contains("\"rule\" : \"page-margins\""), lint)
            let html = self.text(try await self.post(client, "/api/report?filename=cv.docx", docx))
            XCTAssertTrue(html.contains("data-action=\"download-reviewed\">Tải bản Word đã rà soát</button>"), html)
            XCTAssertFalse(html.contains("download-fixed"))
            let fix = try await self.post(client, "/api/fix?filename=cv.docx", docx)
            XCTAssertEqual(fix.status, .unprocessableContent)
            // The reviewed copy: a comment per finding, named after the upload.
            let findings = try JSONSerialization.jsonObject(with: Data(lint.utf8)) as! [String: Any]
            let reviewed = try await self.post(client, "/api/review?filename=c%C3%B4ng-v%C4%83n.docx", docx)
            XCTAssertEqual(reviewed.status, .ok)
            XCTAssertEqual(reviewed.headers[.contentDisposition], "attachment; filename*=UTF-8''c%C3%B4ng%2Dv%C4%83n%2Dra%2Dsoat%2Edocx")
            var archive = try DocxArchive(data: Data(reviewed.body.readableBytesView))
            let comments = String(decoding: try archive.read("word/comments.xml") ?? Data(), as: UTF8.self)
            XCTAssertEqual(comments.components(separatedBy: "<w:comment ").count - 1, (findings["diagnostics"] as! [Any]).count)
            let text = try await self.post(client, "/api/review?filename=cv.txt", Data("Công văn".utf8))
            XCTAssertEqual(text.status, .unprocessableContent)
            // A Word file under a wrong name is still read as one.
            let renamed = self.text(try await self.post(client, "/api/lint?filename=van-ban", docx))
            XCTAssertTrue(renamed.contains("page-margins"))
        }
    }

    func testFixReturnsTheFixedTextAndKeepsEverythingElse() async throws {
        // Decomposed Vietnamese and CRLF line ends: the fix normalises the letters, keeps the CRLFs.
        let original = "ỦY BAN NHÂN DÂN\r\nXÃ TÂN PHÚ\r\n".decomposedStringWithCanonicalMapping
        let body = try example("cong-van-sach.txt")
        try await serve() { client in
            let fixed = try await self.post(client, "/api/fix?filename=nfd.txt", Data(original.utf8))
            XCTAssertEqual(fixed.status, .ok)
            XCTAssertEqual(Array(fixed.body.readableBytesView), Array("ỦY BAN NHÂN DÂN\r\nXÃ TÂN PHÚ\r\n".precomposedStringWithCanonicalMapping.utf8))
            XCTAssertEqual(fixed.headers[.contentDisposition], "attachment; filename*=UTF-8''nfd%2Dda%2Dsua%2Etxt")
            let clean = try await self.post(client, "/api/fix?filename=cv.txt", body)
            XCTAssertEqual(clean.status, .unprocessableContent)
            XCTAssertEqual(self.text(clean), "Không có lỗi nào sửa tự động được.\n")
        }
    }

    func testUnreadableInputIsAClearAnswer() async throws {
        try await serve() { client in
            let binary = try await self.post(client, "/api/lint?filename=a.txt", Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x41]))
            XCTAssertEqual(binary.status, .unprocessableContent)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer: binary.body)) as? [String: Any])
            XCTAssertEqual((json["errors"] as? [[String: Any]])?.count, 1, self.text(binary))
            let zip = try await self.post(client, "/api/report?filename=a.docx", Data("PK\u{3}\u{4}garbage".utf8))
            XCTAssertEqual(zip.status, .unprocessableContent)
            XCTAssertTrue(self.text(zip).contains("class=\"summary input-error\""), self.text(zip))
            let empty = try await self.post(client, "/api/report?filename=a.txt", Data())
            XCTAssertEqual(empty.status, .ok)
        }
    }

    func testUploadsOverTheLimitAreRefusedWithAMessage() async throws {
        let limit = ClerkServer.Options(maxUploadBytes: 1_048_576)
        let body = Data(repeating: 0x41, count: 1_048_577)
        try await serve(limit) { client in
            let json = try await self.post(client, "/api/lint?filename=a.txt", body)
            XCTAssertEqual(json.status, .contentTooLarge)
            XCTAssertTrue(self.text(json).contains("Tệp quá lớn: tối đa 1 MB"), self.text(json))
            let html = try await self.post(client, "/api/report?filename=a.txt", body)
            XCTAssertEqual(html.status, .contentTooLarge)
            XCTAssertTrue(self.text(html).contains("input-error"))
            let exact = try await self.post(client, "/api/lint?filename=a.txt", body.dropLast())
            XCTAssertEqual(exact.status, .ok, "the limit itself is allowed")
        }
        // The default page limit, 10 MB, over a real socket (the client sends Content-Length).
        try await serve() { client in
            let response = try await self.post(client, "/api/lint?filename=a.txt", Data(repeating: 0x41, count: 10 * 1_048_576 + 1))
            XCTAssertEqual(response.status, .contentTooLarge)
        }
    }

    func testConcurrentRequestsDoNotInterfere() async throws {
        let names = ["cong-van-loi.txt", "cong-van-sach.txt", "ke-hoach-loi.txt", "thong-bao-sach.txt"]
        let bodies = try names.map { try example($0) }
        try await serve() { client in
            // What each document gets alone…
            var alone: [String] = []
            for (name, body) in zip(names, bodies) { alone.append(self.text(try await self.post(client, "/api/lint?filename=\(name)", body))) }
            // …it gets again among 32 requests at once.
            let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for index in 0..<32 {
                    let which = index % names.count
                    group.addTask { (which, self.text(try await self.post(client, "/api/lint?filename=\(names[which])", bodies[which]))) }
                }
                var results: [(Int, String)] = []
                for try await result in group { results.append(result) }
                return results
            }
            XCTAssertEqual(results.count, 32)
            for (which, body) in results { XCTAssertEqual(body, alone[which], names[which]) }
        }
    }

    func testTheGateRefusesWhenTheQueueIsFull() async {
        let gate = WorkGate(limit: 1, maxQueued: 0)
        let first = await gate.enter()
        let second = await gate.enter()
        XCTAssertTrue(first)
        XCTAssertFalse(second, "no room to wait")
        await gate.leave()
        let third = await gate.enter()
        XCTAssertTrue(third)
    }

    func testSlowWorkIsAnsweredAtTheDeadline() async {
        let started = Date()
        let value = await Deadline.run(seconds: 0.2) { () -> Int in Thread.sleep(forTimeInterval: 2); return 1 }
        XCTAssertNil(value)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        let fast = await Deadline.run(seconds: 5) { 42 }
        XCTAssertEqual(fast, 42)
    }

    func testDisplayNamesCannotCarryPathsOrControlCharacters() {
        XCTAssertEqual(DraftCheck.displayName("../../etc/passwd"), "passwd")
        XCTAssertEqual(DraftCheck.displayName("C:\\Users\\vt\\cv.docx"), "cv.docx")
        XCTAssertEqual(DraftCheck.displayName("a\u{0}b\u{1B}[31m.txt"), "ab[31m.txt")
        XCTAssertEqual(DraftCheck.displayName(nil), "van-ban.txt")
        XCTAssertEqual(DraftCheck.displayName(String(repeating: "x", count: 1000)).count, 200)
    }
}
#endif
