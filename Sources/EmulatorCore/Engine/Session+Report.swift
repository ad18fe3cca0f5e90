/// The coverage and client-behaviour report of a session (docs/control-api.md, "Report"):
/// fed one observation per provider-API or media request, read as JSON or Markdown.
extension Session {
    static let submitPath = "/api/v1/images/generations"
    static let pollPrefix = "/api/v1/tasks/"
    static let mediaPrefix = "/media/tasks/"

    /// Notes one answered request (`path` without the session prefix) in the report.
    func observe(_ request: HTTPRequest, path: String, _ answer: Answer, requestID: String, at now: Timestamp) {
        var route = ReportObservation.Route.other
        if path == Self.submitPath, request.method == "POST" {
            route = .submit
        } else if path.hasPrefix(Self.pollPrefix), request.method == "GET" {
            // The answer's task id is the same string, already made: no copy on the hot path.
            route = .poll(taskID: answer.taskID ?? String(path.dropFirst(Self.pollPrefix.count)))
        } else if path.hasPrefix(Self.mediaPrefix) {
            route = .media
        } else if path == ProviderAPI.balancePath, request.method == "GET" || request.method == "HEAD" {
            route = .balance
        }
        // Every provider path is one of the above: any other journaled request found no route.
        if route == .other, answer.response.status == 404 || answer.response.status == 405 {
            route = .unrouted(method: request.method, path: EmulatorApp.printable(path))
        }
        // The responders set the key of every answer past authentication; parse only for the rest (a 429, a 401).
        let key = answer.key ?? (try? ProviderAPI.bearerKey(request).get())
        var dropped = false, answeredAt = now
        switch answer.delivery {
        case .drop: dropped = true
        case .at(let time, _): answeredAt = time
        case .render(let job): if let held = job.heldUntil { answeredAt = held.at }
        case .now, .later: break
        }
        let response = answer.response
        // A render answer's `response` is its fallback; the status it is expected to go out with is the journal's.
        let status = answer.journalStatus ?? response.status
        var observation = ReportObservation(route: route, requestID: requestID, key: key, status: dropped ? 0 : status,
                                            dropped: dropped, at: now, answeredAt: answeredAt)
        // The responder handed over the code and the emulated Retry-After: nothing is parsed back.
        // The report keeps the wait the client was told, in emulated ms (wall seconds × scale).
        if !dropped, let seconds = answer.retryAfterSeconds {
            let scale = clock.mode == .real ? clock.timeScale : 1
            let wall = clock.wallSeconds(forEmulatedSeconds: seconds)
            observation.retryAfterMilliseconds = Int64((Double(wall) * 1000 * scale).rounded())
        }
        if !dropped, status >= 400 { observation.errorCode = answer.errorCode }
        if !dropped, route == .submit { observation.errorMessage = answer.errorMessage }
        observation.refusedField = answer.refusedField
        observation.virtualClock = clock.mode == .virtual
        // On a virtual clock the poll-cadence check also needs wall time (submits and polls only).
        if observation.virtualClock, route.isSubmitOrPoll { observation.wallMilliseconds = EmulatorClock.systemMilliseconds() }
        observation.task = taskFacts(route: route, answer: answer, dropped: dropped, now: now)
        observation.model = observation.task?.model
        if route == .submit {
            observation.fingerprint = PayloadFingerprint.of(key: key, body: request.body)
            if observation.model == nil { observation.model = Self.knownModel(answer.requestedModel, body: request.body, known: settings.baseValidator.knownModels) }
        }
        let provider = settings.configuration.provider
        report.withLock { $0.observe(observation, provider: provider) }
    }

    /// The task a request created or named, read under the state lock.
    private func taskFacts(route: ReportObservation.Route, answer: Answer, dropped: Bool, now: Timestamp) -> ReportObservation.TaskFacts? {
        if let facts = answer.reportTask { return facts }
        var id = answer.taskID
        if id == nil, case .poll(let named) = route { id = named }
        guard let id, !id.isEmpty else { return nil }
        let showsStatus: Bool
        if case .poll = route, !dropped, answer.response.status == 200, answer.taskID == id { showsStatus = true } else { showsStatus = false }
        // Only the few fields needed leave the lock (a whole TaskRecord copy retains a dozen strings).
        return state.withLock { s -> ReportObservation.TaskFacts? in
            guard let task = s.tasks[id] else { return nil }
            return ReportObservation.TaskFacts(task, statusSeen: showsStatus ? task.status(at: now) : nil)
        }
    }

    /// The `model` a refused submit named (the responder's one parse of the body), when the
    /// catalogue knows it: the report keeps no bucket for made-up names. Bodies over 64 KiB or
    /// not starting with `{` are not attributed.
    private static func knownModel(_ named: String?, body: [UInt8], known: Set<String>) -> String? {
        guard let named, body.count <= 65_536, body.first == UInt8(ascii: "{"), known.contains(named) else { return nil }
        return named
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
