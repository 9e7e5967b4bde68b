import ArgumentParser
import DocLint
import Foundation
import Rules
#if Server
import DocLintServer
import Logging
#endif

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Trang web kiểm tra văn bản cho văn thư. / The clerk's web page and JSON API.")

    @Option(name: .long, help: "Địa chỉ lắng nghe (mặc định chỉ máy này: 127.0.0.1). / Bind address.")
    var host: String = "127.0.0.1"
    @Option(name: .long, help: "Cổng. / Port.")
    var port: Int = 8080
    @Option(name: .long, help: "Tệp rules.yml dùng cho mọi văn bản gửi lên (mặc định: tìm từ thư mục hiện tại).")
    var config: String?
    @Option(name: .long, help: "Kích thước tệp tối đa, MB. / Upload limit in MB.")
    var maxUploadMb: Int = 10
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard (1...65_535).contains(port) else { throw ValidationError("--port: 1–65535") }
        guard (1...100).contains(maxUploadMb) else { throw ValidationError("--max-upload-mb: 1–100") }
    }

    func run() async throws {
        let vi = shared.language == .vi
        #if Server
        var configuration = Configuration()
        if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath + "/x") {
            do { configuration = try Configuration.load(path: path, rules: allRuleTypes.map { $0.description }) } catch {
                writeError(error.text(shared.language)); throw ExitCode(Exit.inputError)
            }
            writeError((vi ? "doclint serve: dùng cấu hình " : "doclint serve: using configuration ") + path)
        }
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(host)
        let shown = host.contains(":") ? "[\(host)]" : host
        writeError("doclint serve: http://\(shown):\(port)/ — " + (loopback
            ? (vi ? "chỉ máy này truy cập được (--host 0.0.0.0 để mở cho mạng nội bộ)." : "reachable from this machine only (--host 0.0.0.0 opens it to the network).")
            : (vi ? "ĐANG MỞ CHO MẠNG: mọi máy tới được địa chỉ này đều gửi được văn bản để kiểm tra." : "OPEN TO THE NETWORK: any machine that reaches this address can submit documents.")))
        var logger = Logger(label: "doclint-serve")
        logger.logLevel = .notice
        let server = ClerkServer(configuration: configuration, options: .init(maxUploadBytes: maxUploadMb * 1_048_576))
        do { try await server.run(host: host, port: port, logger: logger) } catch {
            writeError((vi ? "doclint serve: không mở được \(host):\(port): " : "doclint serve: cannot listen on \(host):\(port): ") + "\(error)")
            throw ExitCode(Exit.inputError)
        }
        #else
        // The default build leaves the web stack out (Package.swift, trait Server).
        writeError(vi ? "doclint serve: bản dựng này không kèm trang web; dựng lại với trang web: swift build -c release --traits Server"
                      : "doclint serve: this build has no web page; rebuild with it: swift build -c release --traits Server")
        throw ExitCode(Exit.inputError)
        #endif
    }
}
