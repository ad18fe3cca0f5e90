/// What every responder is handed with the request: its id, the session it addresses, the
/// time it arrived on that session's clock, and the listener's settings.
struct RequestContext {
    /// `req_` + a UUID: the `X-Request-Id` header and the `request_id` of error bodies.
    let requestID: String
    let session: Session
    let now: Timestamp
    let configuration: EmulatorConfiguration
    /// The path parameters the router bound (`{id}`, `{key}`, `{task}`, `{file}`).
    var parameters: [String: String] = [:]

    /// A path parameter; empty when the route has none of that name.
    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// The response for `error` in the listener's envelope with the session's `codes:`.
    func error(_ error: APIError) -> HTTPResponse {
        session.errors.response(error, requestID: requestID)
    }

    /// The same as an `Answer` that keeps the code and `Retry-After` for the report.
    func errorAnswer(_ error: APIError, taskID: String? = nil) -> Answer {
        session.errors.answer(error, requestID: requestID, taskID: taskID)
    }

    /// Base of the URLs handed out for this session (`--public-url` + the session prefix).
    var baseURL: String { session.baseURL }
}
