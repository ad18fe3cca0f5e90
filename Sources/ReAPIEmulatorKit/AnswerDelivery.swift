import Dispatch
import EmulatorCore
import EmulatorHTTP
import Logging

/// Hands the core's answers to the HTTP binding: now, held on the session's clock without
/// blocking a thread (suspend/resume), drawn on the render pool first, or dropped.
struct AnswerDelivery: Sendable {
    let app: EmulatorApp
    let logger: Logger?
    let renders: RenderPool

    init(app: EmulatorApp, logger: Logger?, renders: RenderPool) {
        self.app = app
        self.renders = renders
        // Request lines are logged only at debug and below: the hot path stays quiet.
        self.logger = logger.flatMap { $0.logLevel <= .debug ? $0 : nil }
    }

    func reply(to request: HTTPRequest) -> ServerReply {
        let answer = app.handle(request)
        logger?.debug("\(request.method) \(request.path) \(answer.response.status)",
                      metadata: ["request_id": "\(answer.response.header("X-Request-Id") ?? "")"])
        switch answer.delivery {
        case .now: return .respond(answer.response)
        case .drop: return .drop
        case .at(let due, let clock):
            // Sent when the clock reaches `due`: that is the answer's date.
            return .respondLater(Self.dated(answer.response, due)) { resume in clock.schedule(at: due, resume) }
        case .later(let deferred):
            // Settling and waiting for receivers happen on a queue of their own: the
            // connection is suspended, no worker thread waits.
            return .respondWhenReady(fallback: answer.response) { deliver in
                Self.deferredQueue.async { deferred.start(deliver) }
            }
        case .render(let job):
            return .respondWhenReady(fallback: answer.response) { [renders] deliver in
                renders.submit {
                    let response = job.run()
                    if let (due, clock) = job.heldUntil {
                        let dated = Self.dated(response, due)
                        clock.schedule(at: due) { deliver(dated) }
                    } else {
                        deliver(response)
                    }
                }
            }
        }
    }

    /// Where deferred answers (clock advances) start: their settling runs here, their webhook
    /// attempts on the callback pool.
    private static let deferredQueue = DispatchQueue(label: "reapi-emulator.deferred", attributes: .concurrent)

    /// `response` with its `Date` header moved to `due`, when it is sent.
    private static func dated(_ response: HTTPResponse, _ due: Timestamp) -> HTTPResponse {
        var response = response
        if let index = response.headers.firstIndex(where: { $0.name == "Date" }) { response.headers[index].value = due.httpDate }
        return response
    }

    /// Health and the control API (of the default session or any other): the paths that may
    /// use the connections kept in reserve past `--max-connections`.
    @Sendable static func isControlPath(_ path: String) -> Bool {
        if path.hasPrefix("/_emulator/") { return true }
        guard path.hasPrefix("/sessions/"), let slash = path.dropFirst("/sessions/".count).firstIndex(of: "/") else { return false }
        return path[slash...].hasPrefix("/_emulator/")
    }
}
