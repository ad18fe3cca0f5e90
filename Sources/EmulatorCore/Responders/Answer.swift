/// What a responder decides for one request: the response, and when it goes out.
public struct Answer: Sendable {
    public enum Delivery: Sendable {
        /// Send it now.
        case now
        /// Hold it until `clock` reaches the time (a scripted latency); no thread waits.
        case at(Timestamp, on: EmulatorClock)
        /// Close the connection without an answer (a scripted network fault).
        case drop
        /// Draw an image off the request thread, then send what `job.run()` returns; the
        /// answer's `response` (503) goes out instead if the job cannot be run.
        case render(RenderJob)
        /// Hold the connection, no thread waiting, until the job hands over the response;
        /// the answer's `response` goes out instead if the hold limit or a stop comes first.
        case later(DeferredAnswer)
    }

    public var response: HTTPResponse
    public var delivery: Delivery
    /// For the journal: the key the request carried, the rule it matched, the task it named.
    var key: String?
    var matchedRule: Int?
    var taskID: String?
    /// The status the journal and the metrics show when it differs from `response` (a render
    /// answer: the 200 it is expected to be, not its 503 fallback).
    var journalStatus: Int?
    /// For the report: the task a submit created or a poll showed, read in the same
    /// transaction (no second lock).
    var reportTask: ReportObservation.TaskFacts?
    /// For the report: the `error.code` of the body, as the responder rendered it (never
    /// parsed back out of the bytes).
    var errorCode: Int?
    /// For the report: the `Retry-After` in emulated seconds, before the binding turns it
    /// into wall seconds.
    var retryAfterSeconds: Int?
    /// For the report: the `model` a submit's body named, from the one parse of the body.
    var requestedModel: String?
    /// For the report: the `error.message` of the body, as the responder rendered it.
    var errorMessage: String?
    /// For the report: the field a refused submit was refused for.
    var refusedField: String?

    init(_ response: HTTPResponse, delivery: Delivery = .now, key: String? = nil, matchedRule: Int? = nil, taskID: String? = nil) {
        self.response = response
        self.delivery = delivery
        self.key = key
        self.matchedRule = matchedRule
        self.taskID = taskID
    }

    /// A dropped connection; the journal shows status 0.
    static func drop(key: String?, matchedRule: Int?) -> Answer {
        Answer(HTTPResponse(status: 0), delivery: .drop, key: key, matchedRule: matchedRule)
    }

    /// Holds the answer `milliseconds` on `context`'s clock (sent now when 0).
    func held(_ milliseconds: Int64, _ context: RequestContext) -> Answer {
        guard milliseconds > 0 else { return self }
        var held = self
        switch delivery {
        case .now: held.delivery = .at(context.now.adding(milliseconds: milliseconds), on: context.session.clock)
        case .render(var job):
            job.heldUntil = (context.now.adding(milliseconds: milliseconds), context.session.clock)
            held.delivery = .render(job)
        case .at, .drop, .later: break
        }
        return held
    }
}

extension ErrorRenderer {
    /// `error` in the envelope, with its code and `Retry-After` kept for the report.
    func answer(_ error: APIError, requestID: String, key: String? = nil, matchedRule: Int? = nil, taskID: String? = nil) -> Answer {
        var answer = Answer(response(error, requestID: requestID), key: key, matchedRule: matchedRule, taskID: taskID)
        answer.errorCode = code(of: error)
        answer.errorMessage = error.message
        answer.retryAfterSeconds = error.retryAfterSeconds
        return answer
    }
}
