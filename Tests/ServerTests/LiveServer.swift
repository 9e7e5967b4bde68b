// Compiled with the Server trait only (Package.swift): it needs SwiftNIO and Hummingbird.
#if Server
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// The clerk's server on a real socket for one test, and a small HTTP/1.1 client for it on
/// SwiftNIO, which the server already brings. HummingbirdTesting would do the same, but it drags
/// in AsyncHTTPClient, SwiftNIO SSL and BoringSSL: about three minutes of every CI build for a
/// client these tests use only on the loopback.
struct LiveClient: Sendable {
    let port: Int

    struct Reply: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer
    }

    /// One request on its own connection. The body is sent while the answer is read, so a server
    /// that answers before reading it all (an upload over the limit) is heard, not waited for.
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Reply {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHTTPClientHandlers() }
            }
            .connect(host: "127.0.0.1", port: port).get()
        let promise = channel.eventLoop.makePromise(of: Reply.self)
        try await channel.eventLoop.submit { try channel.pipeline.syncOperations.addHandler(ReplyCollector(promise: promise)) }.get()
        var head = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Connection", "close")])
        for field in headers { head.add(name: field.name.rawName, value: field.value) }
        if let body { head.add(name: "Content-Length", value: String(body.readableBytes)) }
        channel.write(HTTPClientRequestPart.head(HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: method.rawValue), uri: uri, headers: head)), promise: nil)
        if let body { channel.write(HTTPClientRequestPart.body(.byteBuffer(body)), promise: nil) }
        // A write refused because the server has already answered and closed is not this test's failure.
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        let reply = try await promise.futureResult.get()
        try? await channel.close()
        return reply
    }
}

/// Gathers one response; the connection closing before its end fails the request.
private final class ReplyCollector: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart
    private let promise: EventLoopPromise<LiveClient.Reply>
    private var head: HTTPResponseHead?
    private var body = ByteBuffer()

    init(promise: EventLoopPromise<LiveClient.Reply>) { self.promise = promise }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let received): head = received
        case .body(var chunk): body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            var fields = HTTPFields()
            for (name, value) in head.headers { if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) } }
            promise.succeed(LiveClient.Reply(status: HTTPResponse.Status(code: Int(head.status.code)), headers: fields, body: body))
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A reset after the whole answer arrived changes nothing; before, it is the request's error.
        promise.fail(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.fail(ChannelError.eof)
    }
}

/// The server stopped before it said which port it listens on.
struct NoPort: Error {}

extension LiveClient {
    /// Runs `test` against `router` served on a free loopback port, then shuts the server down.
    static func serve<Value: Sendable>(_ router: Router<BasicRequestContext>, _ test: @Sendable (LiveClient) async throws -> Value) async throws -> Value {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }
        )
        let services = ServiceGroup(configuration: .init(services: [app], logger: app.logger))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            do {
                guard let port = await ports.first(where: { _ in true }), port > 0 else { throw NoPort() }
                let value = try await test(LiveClient(port: port))
                await services.triggerGracefulShutdown()
                return value
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
#endif
