import EmulatorCore
import Locking

/// A `CallbackSender` for in-process tests: it records every webhook the core asks for and
/// answers at once, with the outcomes a test lines up (`answers`), then 200.
public final class RecordingCallbackSender: CallbackSender, Sendable {
    private struct State {
        var sent: [CallbackRequest] = []
        var answers: [CallbackResult.Outcome] = []
    }

    private let state = Locked(State())

    public init() {}

    /// The outcomes of the next attempts, in order (`.failed("connection refused")`, `.answered(500)`).
    public func answerNext(_ outcomes: [CallbackResult.Outcome]) {
        state.withLock { $0.answers.append(contentsOf: outcomes) }
    }

    /// Every request sent so far, oldest first.
    public var sent: [CallbackRequest] { state.withLock { $0.sent } }

    public func send(_ request: CallbackRequest, completion: @escaping @Sendable (CallbackResult) -> Void) {
        let outcome = state.withLock { s -> CallbackResult.Outcome in
            s.sent.append(request)
            return s.answers.isEmpty ? .answered(200) : s.answers.removeFirst()
        }
        completion(CallbackResult(outcome))
    }
}

extension CallbackRequest {
    /// The body as JSON.
    public var json: JSONValue? { try? JSONParser.parse(body) }
}
