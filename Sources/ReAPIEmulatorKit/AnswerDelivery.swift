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
        case .at(let due, let clock): return .respondLater(answer.response) { resume in clock.schedule(at: due, resume) }
        case .render(let job):
            return .respondWhenReady(fallback: answer.response) { [renders] deliver in
                renders.submit {
                    let response = job.run()
                    if let (due, clock) = job.heldUntil {
                        clock.schedule(at: due) { deliver(response) }
                    } else {
                        deliver(response)
                    }
                }
            }
        }
    }
}
