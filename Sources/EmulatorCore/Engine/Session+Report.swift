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

    /// The report as `GET /_emulator/report` shows it.
    public func reportJSON() -> JSONValue {
        let now = clock.now()
        let provider = settings.configuration.provider
        let (coverage, findings, observed, tracked, untracked, inFlight, refusals, balanceReads) = report.withLock { r in
            (r.coverage, r.findings(at: now), r.observed, r.tracks.count, r.untracked, r.inFlight(at: now), r.refusals, r.balanceReads)
        }
        let documented = Outcome.documented(for: provider)
        var models: [JSONValue] = []
        for model in coverage.modelIDs {
            let counts = coverage.counts(model)
            let met = documented.filter { counts[$0] != nil }
            let never = documented.filter { counts[$0] == nil }
            var countsJSON = JSONObject()
            for outcome in counts.keys.sorted() { countsJSON[outcome.name] = .int(counts[outcome] ?? 0) }
            models.append(["model": .string(model), "requests": .int(coverage.requests(model)),
                           "exercised": .array(met.map { .string($0.name) }), "never_exercised": .array(never.map { .string($0.name) }),
                           "counts": .object(countsJSON)])
        }
        var unattributed = JSONObject()
        for (outcome, count) in coverage.counts("").sorted(by: { $0.key < $1.key }) { unattributed[outcome.name] = .int(count) }
        var findingsJSON: [JSONValue] = []
        for rule in ClientRule.allCases {
            guard let log = findings[rule], log.count > 0 else { continue }
            findingsJSON.append(["rule_id": .string(rule.rawValue), "rule": .string(rule.rule),
                                 "source": ["title": .string(rule.source.title), "url": .string(rule.source.url)],
                                 "count": .int(log.count), "evidence": .array(log.evidence.map(\.json)),
                                 "evidence_omitted": .int(log.count - log.evidence.count)])
        }
        return ["session": .string(id), "provider": .string(provider.rawValue), "generated_at": .string(now.iso8601),
                "requests_observed": .int(observed),
                "coverage": ["documented_outcomes": .array(documented.map { .string($0.name) }), "models": .array(models),
                             "unattributed": ["requests": .int(coverage.requests("")), "counts": .object(unattributed)],
                             "balance": ["requests": .int(balanceReads.requests), "answered": .int(balanceReads.answered)]],
                "refusals": refusals.json,
                "poll_cadence": .string(clock.mode == .virtual
                    ? "virtual clock: a poll is too fast only when it comes too soon on both the session's clock and the wall clock"
                    : "measured on the session's clock"),
                "findings": .array(findingsJSON),
                "rules_checked": .array(ClientRule.allCases.map { .string($0.rawValue) }),
                "tasks": ["tracked": .int(tracked), "in_flight": .int(inFlight), "untracked": .int(untracked),
                          "capacity": .int(ClientReport.maxTrackedTasks)]]
    }

    /// Starts the report over (`DELETE /_emulator/report`); returns the requests it had seen.
    @discardableResult
    public func clearReport() -> Int {
        report.withLock { r in
            defer { r = ClientReport(settings: r.settings) }
            return r.observed
        }
    }
}
