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
    /// What the request did, for the journal, the metrics and the report.
    public var outcome: RequestOutcome

    init(_ response: HTTPResponse, delivery: Delivery = .now, key: String? = nil, matchedRule: Int? = nil, taskID: String? = nil) {
        self.response = response
        self.delivery = delivery
        self.outcome = RequestOutcome(key: key, matchedRule: matchedRule, taskID: taskID)
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
    /// `error` in the envelope, with its code, message and `Retry-After` noted in the outcome.
    func answer(_ error: APIError, requestID: String, key: String? = nil, matchedRule: Int? = nil, taskID: String? = nil) -> Answer {
        var answer = Answer(response(error, requestID: requestID), key: key, matchedRule: matchedRule, taskID: taskID)
        answer.outcome.note(error, renderedBy: self)
        return answer
    }
}
