/// What the app lends the HTTP binding for answers the listener gives itself.
extension EmulatorApp {
    /// A refusal of the listener (malformed framing, a limit, a stop in progress) in the
    /// default session's envelope, with a fresh `X-Request-Id` and the session's `Date`.
    public func refusal(status: Int, message: String, retryAfterSeconds: Int? = nil) -> HTTPResponse {
        let requestID = nextRequestID()
        let error = APIError(.forRefusal(status: status), message, status: status, retryAfterSeconds: retryAfterSeconds)
        var response = defaultSession.errors.response(error, requestID: requestID)
        response.headers.append(("X-Request-Id", requestID))
        response.headers.append(("Date", defaultSession.clock.now().httpDate))
        return response
    }

    /// `req_` + a UUID: the n-th id of a run follows from the seed, drawn without a lock.
    func nextRequestID() -> String {
        let n = requestCounter.add(1, ordering: .relaxed).newValue
        return "req_" + SeededRandom.uuid(SeededRandom.mix(requestSeed, 2 * n), SeededRandom.mix(requestSeed, 2 * n + 1))
    }
}
