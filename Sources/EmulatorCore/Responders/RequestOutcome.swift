/// The routes of the listener, as the router matches them: the one classification of a
/// request. The metrics label, the journal and the report read it from the outcome.
enum RequestRoute: Sendable, Equatable {
    /// The submit path of one media kind (images, videos, audio).
    case submit(MediaKind)
    case poll, media, balance
    case control(ControlRoute)
    /// No route: an unknown path (404), a method the path does not take (405), or a request
    /// refused before routing (a foreign `Host`, an unknown session).
    case unrouted
}

/// What one request did, handed over with its answer by the responder that knows it (the
/// route from the router's one match): the journal, the metrics, the report and the drift
/// replay read this value and never the response's bytes or headers, nor the request's path.
public struct RequestOutcome: Sendable {
    /// The route the router matched (set once by the app).
    var route: RequestRoute = .unrouted
    /// The bearer key the request was answered for.
    var key: String?
    /// The scenario rule that decided the answer.
    var matchedRule: Int?
    /// The task the answer created or showed (the journal's `task_id`).
    var taskID: String?
    /// The task id a poll named in its path, found or not.
    var namedTaskID: String?
    /// The status the journal and the metrics show when it differs from the response's (a
    /// render: the 200 it is expected to be, not its 503 fallback). A deferred answer is
    /// counted with the status of the response its work hands over (`DeferredAnswer.delivered`).
    var shownStatus: Int?
    /// The task a submit created or a request named, read in the responder's transaction.
    var task: ReportObservation.TaskFacts?
    /// The `error.code` the body carries, as the responder rendered it.
    public internal(set) var errorCode: Int?
    /// The `error.message` the body carries.
    var errorMessage: String?
    /// The request field a refused submit was refused for.
    var refusedField: String?
    /// The `Retry-After` the answer carries, in emulated milliseconds (the binding sends it in
    /// wall seconds).
    var retryAfterMilliseconds: Int64?
    /// The catalogue model the request was about: an accepted task's, or the one a refused
    /// submit named when the catalogue knows it.
    var model: String?

    init(key: String? = nil, matchedRule: Int? = nil, taskID: String? = nil) {
        self.key = key
        self.matchedRule = matchedRule
        self.taskID = taskID
    }

    /// The error code the answer shows: the error body's, else a failed task's the body
    /// displays (what a recorded body's `error.code` or `data.error.code` is compared with).
    public var shownErrorCode: Int? {
        if let errorCode { return errorCode }
        guard let task, task.statusSeen == .failed else { return nil }
        return task.failureCode
    }

    /// Notes `error` as rendered by `renderer`: its code, message, field and `Retry-After`.
    mutating func note(_ error: APIError, renderedBy renderer: ErrorRenderer) {
        errorCode = renderer.code(of: error)
        errorMessage = error.message
        refusedField = error.field
        retryAfterMilliseconds = error.retryAfterSeconds.map { Int64($0) * 1000 }
    }
}
