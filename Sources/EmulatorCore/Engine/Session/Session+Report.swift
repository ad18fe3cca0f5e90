/// The coverage and client-behaviour report of a session (docs/control-api.md, "Report"):
/// fed one observation per provider-API or media request, read as JSON or Markdown.
extension Session {
    /// Notes one answered request (`path` without the session prefix) in the report, from
    /// what its answer's outcome says: the route the router matched, the key, the task, the
    /// error code and the emulated `Retry-After` (nothing is parsed back out of the bytes).
    func observe(_ request: HTTPRequest, path: String, _ answer: Answer, requestID: String, at now: Timestamp) {
        let outcome = answer.outcome
        let route: ReportObservation.Route
        switch outcome.route {
        case .submit: route = .submit
        case .poll: route = .poll(taskID: outcome.namedTaskID ?? "")
        case .media: route = .media
        case .balance: route = .balance
        case .unrouted: route = .unrouted(method: request.method, path: EmulatorApp.printable(path))
        case .control: route = .other
        }
        var dropped = false, answeredAt = now
        switch answer.delivery {
        case .drop: dropped = true
        case .at(let time, _): answeredAt = time
        case .render(let job): if let held = job.heldUntil { answeredAt = held.at }
        case .now, .later: break
        }
        // A render answer's `response` is its fallback; the status it is expected to go out with is the outcome's.
        let status = outcome.shownStatus ?? answer.response.status
        var observation = ReportObservation(route: route, requestID: requestID, key: outcome.key, status: dropped ? 0 : status,
                                            dropped: dropped, at: now, answeredAt: answeredAt)
        // The report keeps the wait the client was told, in emulated ms (wall seconds × scale).
        if !dropped, let emulated = outcome.retryAfterMilliseconds {
            let scale = clock.mode == .real ? clock.timeScale : 1
            let wall = clock.wallSeconds(forEmulatedSeconds: Int(emulated / 1000))
            observation.retryAfterMilliseconds = Int64((Double(wall) * 1000 * scale).rounded())
        }
        if !dropped, status >= 400 { observation.errorCode = outcome.errorCode }
        if !dropped, route == .submit { observation.errorMessage = outcome.errorMessage }
        observation.refusedField = outcome.refusedField
        observation.virtualClock = clock.mode == .virtual
        // On a virtual clock the poll-cadence check also needs wall time (submits and polls only).
        if observation.virtualClock, route.isSubmitOrPoll { observation.wallMilliseconds = EmulatorClock.systemMilliseconds() }
        observation.task = outcome.task
        observation.model = outcome.model
        if route == .submit { observation.fingerprint = PayloadFingerprint.of(key: outcome.key, body: request.body) }
        let provider = settings.configuration.provider
        report.withLock { $0.observe(observation, provider: provider) }
    }

    /// The report as of now, as a value (its views: `json`, `ReportMarkdown`).
    public func reportValue() -> SessionReport {
        let now = clock.now()
        let provider = settings.configuration.provider
        let virtual = clock.mode == .virtual
        return report.withLock { $0.value(session: id, provider: provider, at: now, virtualClock: virtual) }
    }

    /// The report as `GET /_emulator/report` shows it.
    public func reportJSON() -> JSONValue { reportValue().json }

    /// Starts the report over (`DELETE /_emulator/report`); returns the requests it had seen.
    @discardableResult
    public func clearReport() -> Int {
        report.withLock { r in
            defer { r = ClientReport(settings: r.settings) }
            return r.observed
        }
    }
}
