import ArgumentParser
import DocLint
import Foundation
import Rules

#if canImport(Glibc)
import Glibc
#endif

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Máy chủ ngôn ngữ (LSP) cho trình soạn thảo, qua stdin/stdout. / Language server over stdio.",
        discussion: "Neovim, Helix, VS Code: see integrations/ (initializationOptions: {\"lang\": \"en\"} for English messages).")

    func run() throws {
        let output = NSLock()
        /// One framed message to stdout; the lint queue and this loop both write.
        @Sendable func write(_ message: [String: Any]) {
            guard let body = try? JSONSerialization.data(withJSONObject: message, options: [.withoutEscapingSlashes]) else { return }
            let framed = Data(LSPReader.frame([UInt8](body)))
            output.withLock { FileHandle.standardOutput.write(framed) }
        }
        let server = LanguageServer(rules: allRuleTypes, send: write)
        let reader = LSPReader { count in
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, count) }
            return got > 0 ? Array(bytes[0..<got]) : []
        }
        while true {
            let body: [UInt8]?
            do { body = try reader.next() } catch {
                writeError("doclint lsp: tiêu đề thông điệp không hợp lệ / malformed message header")
                throw ExitCode(Exit.inputError)
            }
            guard let body else { break }
            guard let message = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else {
                // JSON-RPC parse error: answered without an id.
                write(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": "parse error"]])
                continue
            }
            if !server.handle(message) { break }
        }
        server.drain()
        // LSP: exit code 0 when `shutdown` came before `exit` (or the input ended after it), 1 otherwise.
        if !server.shutdownRequested { throw ExitCode(1) }
    }
}
