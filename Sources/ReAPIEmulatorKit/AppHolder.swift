import EmulatorCore
import EmulatorHTTP
import Logging
import Synchronization

/// Connects the HTTP listener to the core: converts requests and responses, and holds
/// delayed answers on the emulator's clock without blocking a thread.
final class AppHolder: Sendable {
    private let app = Mutex<EmulatorApp?>(nil)
    private let logger: Logger?

    init(logger: Logger?) {
        // Request lines are logged only at debug and below: the hot path stays quiet.
        self.logger = logger.flatMap { $0.logLevel <= .debug ? $0 : nil }
    }

    func attach(_ emulator: EmulatorApp) { app.withLock { $0 = emulator } }

    func reply(to request: ServerRequest) -> ServerReply {
        guard let app = app.withLock({ $0 }) else {
            return .respond(ServerResponse(status: 503, headers: [("Content-Type", "application/json"), ("Retry-After", "1")],
                                           body: Array(#"{"error":{"code":50003,"message":"starting"}}"#.utf8)))
        }
        let core = HTTPRequest(method: request.method, path: request.path, query: request.query,
                               headers: request.headers, body: request.body)
        let response = app.handle(core, bodyTooLarge: request.bodyTooLarge)
        logger?.debug("\(request.method) \(request.path) \(response.status)",
                      metadata: ["delay_ms": "\(response.delayMilliseconds)", "request_id": "\(response.header("X-Request-Id") ?? "")"])
        if response.dropConnection { return .drop }
        let out = ServerResponse(status: response.status, headers: response.headers, body: response.body)
        guard response.delayMilliseconds > 0 else { return .respond(out) }
        let clock = app.clock
        let due = clock.now().adding(milliseconds: response.delayMilliseconds)
        return .respondLater(out) { resume in clock.schedule(at: due, resume) }
    }
}
