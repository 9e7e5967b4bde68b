// Compiled with the Server trait only (Package.swift): it needs SwiftNIO and Hummingbird.
#if Server
import DocLint
import Foundation
import Hummingbird
import Logging
import NIOCore
import Rules

/// `doclint serve`: the clerk's page and the JSON API behind it.
///
/// Routes (all bodies are the raw bytes of the file; `?filename=` names it, `?lang=en` switches
/// messages to English):
/// - `GET /` the page, `GET /app.js`, `GET /app.css`, `GET /healthz`, `GET /api` (this list)
/// - `POST /api/lint` the JSON of `doclint lint --format json`
/// - `POST /api/tasks` the JSON of `doclint tasks --format json`
/// - `POST /api/report` the HTML report the page shows
/// - `POST /api/fix` the text with every safe fix applied (text files only)
public struct ClerkServer: Sendable {
    public struct Options: Sendable {
        public var maxUploadBytes: Int
        /// A check that takes longer is answered with 503; the work itself is bounded by the input limits.
        public var timeoutSeconds: Double
        /// Checks running at once; the rest wait their turn, up to `maxQueued`, then get 503.
        public var maxConcurrentChecks: Int
        public var maxQueued: Int
        public init(maxUploadBytes: Int = 10 * 1_048_576, timeoutSeconds: Double = 30,
                    maxConcurrentChecks: Int = max(2, ProcessInfo.processInfo.activeProcessorCount), maxQueued: Int = 64) {
            self.maxUploadBytes = maxUploadBytes; self.timeoutSeconds = timeoutSeconds
            self.maxConcurrentChecks = maxConcurrentChecks; self.maxQueued = maxQueued
        }
    }

    let configuration: DocLint.Configuration
    let options: Options
    let gate: WorkGate
    let rules: [RuleDescription]

    public init(configuration: DocLint.Configuration, options: Options = Options()) {
        self.configuration = configuration
        self.options = options
        self.gate = WorkGate(limit: options.maxConcurrentChecks, maxQueued: options.maxQueued)
        self.rules = allRuleTypes.map { $0.description }.sorted { $0.id < $1.id }
    }

    /// The router, for `Application` and for in-process tests.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        let page = ClerkPage.html(maxUploadBytes: options.maxUploadBytes)
        router.get("/") { _, _ in Self.response(page, type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in Self.response(ClerkPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Self.response(ClerkPage.style, type: "text/css; charset=utf-8") }
        router.get("/healthz") { _, _ in Self.response("ok\n", type: "text/plain; charset=utf-8") }
        router.get("/api") { _, _ in Self.response(Self.apiDescription, type: "text/plain; charset=utf-8") }
        router.post("/api/lint") { request, _ in
            try await self.handle(request) { check, language in
                let json = Reporter(format: .json, language: language, color: false, rules: self.rules).render([check.report])
                return Self.response(json, type: "application/json; charset=utf-8", status: check.report.inputError == nil ? .ok : .unprocessableContent)
            }
        }
        router.post("/api/tasks") { request, _ in
            try await self.handle(request) { check, language in
                if let error = check.report.inputError { return Self.failure(.unprocessableContent, error.message(language), json: true) }
                return Self.response(RepositoryReports.json(check.tasks), type: "application/json; charset=utf-8")
            }
        }
        router.post("/api/report") { request, _ in
            try await self.handle(request, htmlErrors: true) { check, language in
                let html = HTMLReport.render(check, rules: self.rules, language: language)
                return Self.response(html, type: "text/html; charset=utf-8", status: check.report.inputError == nil ? .ok : .unprocessableContent)
            }
        }
        router.post("/api/fix") { request, _ in
            let language = Self.language(request)
            let upload = try await self.upload(request)
            guard case .success(let upload) = upload else { return Self.failure(.contentTooLarge, Self.tooLarge(language, self.options), json: false) }
            let linter = Linter(rules: allRuleTypes)
            let configuration = self.configuration
            let outcome = try await self.run { DraftCheck.fixedText(bytes: upload.bytes, name: upload.name, configuration: configuration, linter: linter) }
            switch outcome {
            case .none: return Self.failure(.serviceUnavailable, Self.busy(language), json: false)
            case .some(.failure(let error)): return Self.failure(.unprocessableContent, error.message(language), json: false)
            case .some(.success(nil)):
                let reason = DraftCheck.looksLikeDocx(bytes: upload.bytes, name: upload.name)
                    ? (language == .vi ? "Tệp Word không được sửa tự động." : "Word files are not fixed automatically.")
                    : (language == .vi ? "Không có lỗi nào sửa tự động được." : "Nothing to fix automatically.")
                return Self.failure(.unprocessableContent, reason, json: false)
            case .some(.success(let text?)):
                var response = Self.response(text, type: "text/plain; charset=utf-8")
                let stem = upload.name.replacingOccurrences(of: #"\.(txt|md)$"#, with: "", options: [.regularExpression, .caseInsensitive])
                response.headers[.contentDisposition] = "attachment; filename*=UTF-8''" + (stem + "-da-sua.txt").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                return response
            }
        }
        router.post("/api/review") { request, _ in
            let language = Self.language(request)
            let upload = try await self.upload(request)
            guard case .success(let upload) = upload else { return Self.failure(.contentTooLarge, Self.tooLarge(language, self.options), json: false) }
            let fixes = request.uri.queryParameters.get("fixes") == "1"
            let linter = Linter(rules: allRuleTypes)
            let configuration = self.configuration
            let outcome = try await self.run {
                DraftCheck.reviewedDocx(bytes: upload.bytes, name: upload.name, configuration: configuration, linter: linter, fixes: fixes, language: language)
            }
            switch outcome {
            case .none: return Self.failure(.serviceUnavailable, Self.busy(language), json: false)
            case .some(.failure(let error)): return Self.failure(.unprocessableContent, error.message(language), json: false)
            case .some(.success(let reviewed)):
                var response = Response(status: .ok, headers: [.contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
                                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: reviewed.data)))
                let stem = upload.name.replacingOccurrences(of: #"\.docx$"#, with: "", options: [.regularExpression, .caseInsensitive])
                response.headers[.contentDisposition] = "attachment; filename*=UTF-8''" + (stem + "-ra-soat.docx").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                return response
            }
        }
        return router
    }

    /// Serves until SIGINT/SIGTERM.
    public func run(host: String, port: Int, logger: Logger) async throws {
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(host, port: port), serverName: "doclint"),
            logger: logger)
        try await app.runService()
    }

    // MARK: - Request handling

    struct Upload: Sendable { let bytes: [UInt8]; let name: String }

    /// The body, or `.failure` when it is larger than the limit (checked on Content-Length first,
    /// then while reading, so a lying client cannot make the server buffer more).
    func upload(_ request: Request) async throws -> Result<Upload, NIOTooManyBytesError> {
        let name = DraftCheck.displayName(request.uri.queryParameters.get("filename"))
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxUploadBytes {
            return .failure(NIOTooManyBytesError(maxBytes: options.maxUploadBytes))
        }
        do {
            let buffer = try await request.body.collect(upTo: options.maxUploadBytes)
            return .success(Upload(bytes: Array(buffer.readableBytesView), name: name))
        } catch let error as NIOTooManyBytesError {
            return .failure(error)
        }
    }

    func handle(_ request: Request, htmlErrors: Bool = false, _ respond: @Sendable (DraftCheck, Language) -> Response) async throws -> Response {
        let language = Self.language(request)
        guard case .success(let upload) = try await upload(request) else {
            return Self.failure(.contentTooLarge, Self.tooLarge(language, options), json: !htmlErrors, html: htmlErrors)
        }
        let configuration = self.configuration
        // A new Linter per request: the server runs for days and "today" moves.
        let linter = Linter(rules: allRuleTypes)
        guard let check = try await run({ DraftCheck.run(bytes: upload.bytes, name: upload.name, configuration: configuration, linter: linter) }) else {
            return Self.failure(.serviceUnavailable, Self.busy(language), json: !htmlErrors, html: htmlErrors)
        }
        return respond(check, language)
    }

    /// Runs a check through the gate with the time limit; nil when the server is too busy or the
    /// check took too long.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T? {
        guard await gate.enter() else { return nil }
        defer { _Concurrency.Task { await gate.leave() } }
        return await Deadline.run(seconds: options.timeoutSeconds, work)
    }

    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? .vi
    }

    static func tooLarge(_ language: Language, _ options: Options) -> String {
        let megabytes = options.maxUploadBytes / 1_048_576
        return language == .vi ? "Tệp quá lớn: tối đa \(megabytes) MB. Hãy tách văn bản hoặc bỏ ảnh nhúng trong tệp Word." : "File too large: at most \(megabytes) MB."
    }

    static func busy(_ language: Language) -> String {
        language == .vi ? "Máy chủ đang bận hoặc văn bản xử lý quá lâu; hãy thử lại sau ít phút." : "The server is busy or the check took too long; try again in a few minutes."
    }

    static func response(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func failure(_ status: HTTPResponse.Status, _ message: String, json: Bool, html: Bool = false) -> Response {
        if json { return response(RepositoryReports.json(["error": message]), type: "application/json; charset=utf-8", status: status) }
        if html { return response("<section class=\"report\"><p class=\"summary input-error\" role=\"alert\">\(HTMLReport.escape(message))</p></section>\n", type: "text/html; charset=utf-8", status: status) }
        return response(message + "\n", type: "text/plain; charset=utf-8", status: status)
    }

    static let apiDescription = """
    doclint serve — API
    Gửi nội dung tệp (byte nguyên bản) trong thân yêu cầu; ?filename=TÊN (đuôi .docx cho tệp Word); ?lang=en cho tiếng Anh.
    POST /api/lint    JSON như `doclint lint --format json` (422 khi tệp không đọc được)
    POST /api/tasks   JSON như `doclint tasks --format json`
    POST /api/report  báo cáo HTML của trang
    POST /api/fix     văn bản đã áp dụng các cách sửa an toàn (chỉ tệp văn bản)
    GET  /healthz     ok

    """
}

/// Security headers on every response: the page's own script and style only, no framing, no sniffing.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.init("Content-Security-Policy")!] = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

/// At most `limit` checks run at once; up to `maxQueued` more wait in order; beyond that, refuse.
actor WorkGate {
    let limit: Int
    let maxQueued: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int, maxQueued: Int) { self.limit = max(1, limit); self.maxQueued = maxQueued }

    func enter() async -> Bool {
        if running < limit { running += 1; return true }
        guard waiting.count < maxQueued else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}

/// Runs synchronous work off the caller and gives up waiting after `seconds`. The work cannot be
/// interrupted; it finishes in the background, bounded by the upload limit.
enum Deadline {
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) async -> T? {
        let once = Once<T?>()
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            once.set(continuation)
            let timer = _Concurrency.Task.detached {
                try? await _Concurrency.Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                if !_Concurrency.Task.isCancelled { once.resume(nil) }
            }
            _Concurrency.Task.detached {
                once.resume(work())
                timer.cancel()
            }
        }
    }

    final class Once<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Value, Never>?
        func set(_ continuation: CheckedContinuation<Value, Never>) { lock.lock(); self.continuation = continuation; lock.unlock() }
        /// Resumes the first time only; true when this call did.
        @discardableResult func resume(_ value: Value) -> Bool {
            lock.lock(); let continuation = self.continuation; self.continuation = nil; lock.unlock()
            continuation?.resume(returning: value)
            return continuation != nil
        }
    }
}
#endif
