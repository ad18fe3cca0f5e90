/// One session's coverage and client-behaviour record. It remembers counters, a bounded
/// evidence list per rule, and bounded per-task, per-key and per-payload state: never every
/// request. Guarded by the session's report lock.
struct ClientReport: Sendable {
    /// Tasks whose polls are followed; past it the oldest is let go (counted in `untracked`).
    static let maxTrackedTasks = 4096
    /// Keys with a Retry-After in force, and payloads whose submit got a 5xx or was dropped.
    static let maxRetryWindows = 1024
    static let maxFailedSubmits = 256

    struct TaskTrack: Sendable {
        var model: String
        var owner: String
        var submitRequestID: String
        var submittedAt: Timestamp
        var settlesAt: Timestamp
        /// The model's documented cadence (its definition's `poll_cadence`).
        var cadence: PollCadence
        var lastPollAt: Timestamp?
        /// Wall time of the submit and of the latest poll (virtual clocks only).
        var lastWall: Int64 = 0
        /// The submit's, then the latest poll's request id.
        var lastRequestID: String
        /// The request whose poll first showed completed or failed.
        var terminalSeenBy: String?
    }

    struct RetryWindow: Sendable {
        var allowedAt: Timestamp
        var requestID: String
        var milliseconds: Int64
    }

    struct FailedSubmit: Sendable {
        var requestID: String
        var what: String
    }

    /// The scenario's `report:` overrides.
    private(set) var settings: ReportScenario
    private(set) var coverage = CoverageTally()
    /// By `ClientRule.index`: no hashing on the request path.
    private var logs = [FindingLog](repeating: FindingLog(), count: ClientRule.allCases.count)
    private(set) var tracks: [String: TaskTrack] = [:]
    private var trackOrder: [String] = []
    private(set) var untracked = 0
    private(set) var observed = 0
    /// Refused submits and requests to routes that do not exist.
    private(set) var refusals = ReportRefusals()
    /// `GET /api/v1/balance` requests, and those answered 200.
    private(set) var balanceReads = (requests: 0, answered: 0)
    private var retryWindows: [String: RetryWindow] = [:]
    private var failedSubmits: [UInt64: FailedSubmit] = [:]
    private var failedOrder: [UInt64] = []

    init(settings: ReportScenario = ReportScenario()) { self.settings = settings }

    mutating func observe(_ o: ReportObservation, provider: Provider) {
        observed += 1
        let error = Outcome.forError(status: o.status, code: o.errorCode, provider: provider)
        var status: Outcome?, failure: Outcome?
        if let seen = o.task?.statusSeen {
            status = .status(seen)
            if seen == .failed, let code = o.task?.failureCode { failure = .failure(code) }
        }
        if o.route == .media { status = (200...299).contains(o.status) ? .mediaServed : o.status == 403 ? .mediaExpired : nil }
        checkRetryAfter(o)
        switch o.route {
        case .submit:
            coverage.add(model: o.model, error, status, failure)
            submitted(o)
        case .poll(let id):
            coverage.add(model: o.model, error, status, failure)
            polled(o, id)
        case .media:
            coverage.add(model: o.model, error, status, failure)
            fetchedMedia(o)
        case .balance:
            balanceReads.requests += 1
            if o.status == 200 { balanceReads.answered += 1 }
        case .unrouted(let method, let path):
            refusals.unrouted(method: method, path: path, status: o.status,
                              .init(requestID: o.requestID, at: o.at, field: nil, message: "no route for \(method) \(path)"))
        case .other:
            coverage.add(model: o.model, error, status, failure)
        }
    }

    // MARK: Rules

    private mutating func checkRetryAfter(_ o: ReportObservation) {
        guard let key = o.key else { return }
        if !retryWindows.isEmpty, let window = retryWindows[key] {
            if o.at < window.allowedAt {
                let early = window.allowedAt.milliseconds - o.at.milliseconds
                note(.retryAfterIgnored, [window.requestID, o.requestID], task: o.task?.id, at: o.at,
                     "sent \(Self.seconds(early)) before a Retry-After of \(Self.seconds(window.milliseconds)) had elapsed")
            } else {
                retryWindows[key] = nil
            }
        }
        if let wait = o.retryAfterMilliseconds {
            if retryWindows[key] == nil, retryWindows.count >= Self.maxRetryWindows {
                retryWindows = retryWindows.filter { o.at < $0.value.allowedAt }
            }
            if retryWindows[key] != nil || retryWindows.count < Self.maxRetryWindows {
                retryWindows[key] = RetryWindow(allowedAt: o.answeredAt.adding(milliseconds: wait), requestID: o.requestID, milliseconds: wait)
            }
        }
    }

    private mutating func submitted(_ o: ReportObservation) {
        if (400...499).contains(o.status), let code = o.errorCode {
            refusals.refusedSubmit(model: o.model, code: code,
                                   .init(requestID: o.requestID, at: o.at, field: o.refusedField, message: o.errorMessage ?? ""))
        }
        if let fingerprint = o.fingerprint {
            if let earlier = failedSubmits.removeValue(forKey: fingerprint) {
                failedOrder.removeAll { $0 == fingerprint }
                note(.blindRetry, [earlier.requestID, o.requestID], task: o.task?.id, at: o.at,
                     "the same payload was submitted again after \(earlier.what)")
            }
            if o.dropped || o.status >= 500 {
                if failedOrder.count >= Self.maxFailedSubmits { failedSubmits[failedOrder.removeFirst()] = nil }
                failedSubmits[fingerprint] = FailedSubmit(requestID: o.requestID, what: o.dropped ? "a dropped connection" : "HTTP \(o.status)")
                failedOrder.append(fingerprint)
            }
        }
        guard let task = o.task else { return }
        if trackOrder.count >= Self.maxTrackedTasks {
            let oldest = trackOrder.removeFirst()
            if let gone = tracks.removeValue(forKey: oldest) {
                if gone.terminalSeenBy == nil, gone.settlesAt <= o.at { abandoned(oldest, gone, "tracked") } else { untracked += 1 }
            }
        }
        tracks[task.id] = TaskTrack(model: task.model, owner: task.owner, submitRequestID: o.requestID,
                                    submittedAt: o.at, settlesAt: task.settlesAt, cadence: task.pollCadence,
                                    lastWall: o.wallMilliseconds, lastRequestID: o.requestID)
        trackOrder.append(task.id)
    }

    private mutating func polled(_ o: ReportObservation, _ id: String) {
        guard let index = tracks.index(forKey: id), tracks.values[index].owner == o.key else { return }
        var track = tracks.values[index]
        if let terminal = track.terminalSeenBy {
            note(.pollAfterTerminal, [terminal, o.requestID], task: id, at: o.at,
                 "polled again after \(terminal) had shown a terminal status")
        } else {
            let cadence = settings.cadence(of: track.model, base: track.cadence)
            let isFirst = track.lastPollAt == nil
            let gap = o.at.milliseconds - (track.lastPollAt ?? track.submittedAt).milliseconds
            let minimum = cadence.minimumGap(elapsed: o.at.milliseconds - track.submittedAt.milliseconds, isFirst: isFirst)
            let limit = Double(minimum) * (settings.tolerance ?? PollCadence.tolerance)
            // On a virtual clock a test advances the clock instead of sleeping, and a client
            // that sleeps does not move it: too fast only when both clocks say so.
            let wallGap = o.wallMilliseconds - track.lastWall
            if Double(gap) < limit, !o.virtualClock || Double(wallGap) < limit {
                let after = isFirst ? "the submit" : "the previous poll"
                note(.pollTooFast, [track.lastRequestID, o.requestID], task: id, at: o.at,
                     "\(track.model): polled \(Self.seconds(gap)) after \(after); documented: \(cadence.documented)")
            }
        }
        track.lastPollAt = o.at
        track.lastWall = o.wallMilliseconds
        track.lastRequestID = o.requestID
        if track.terminalSeenBy == nil, let seen = o.task?.statusSeen, seen != .processing { track.terminalSeenBy = o.requestID }
        tracks.values[index] = track
    }

    private mutating func fetchedMedia(_ o: ReportObservation) {
        if o.status == 403 {
            note(.mediaAfterExpiry, [o.requestID], task: o.task?.id, at: o.at, "a result URL was fetched after it expired (403)")
        }
    }

    private mutating func abandoned(_ id: String, _ track: TaskTrack, _ why: String) {
        note(.neverPolledToTerminal, [track.submitRequestID], task: id, at: track.submittedAt,
             "\(track.model): submitted, never polled to a terminal status (\(why))")
    }

    /// Counts one breach; the evidence (and its text) is only made while there is room for it.
    private mutating func note(_ rule: ClientRule, _ ids: @autoclosure () -> [String], task: String?, at: Timestamp,
                               _ detail: @autoclosure () -> String) {
        logs[rule.index].add { FindingEvidence(requestIDs: ids(), taskID: task, at: at, detail: detail()) }
    }

    // MARK: Session events

    /// A reset sends the clock back and drops the tasks: tasks no poll saw finish are
    /// abandoned (a finding); windows and payloads are forgotten. Coverage and findings stay.
    mutating func sessionReset(settings: ReportScenario) {
        self.settings = settings
        for id in trackOrder {
            if let track = tracks[id], track.terminalSeenBy == nil { abandoned(id, track, "the session was reset first") }
        }
        tracks.removeAll()
        trackOrder.removeAll()
        retryWindows.removeAll()
        failedSubmits.removeAll()
        failedOrder.removeAll()
    }

    /// The findings as of `now`: the logged ones, plus tasks that have finished by `now` and
    /// that no poll saw finish.
    func findings(at now: Timestamp) -> [ClientRule: FindingLog] {
        var all: [ClientRule: FindingLog] = [:]
        for rule in ClientRule.allCases where logs[rule.index].count > 0 { all[rule] = logs[rule.index] }
        for id in trackOrder {
            guard let track = tracks[id], track.terminalSeenBy == nil, track.settlesAt <= now else { continue }
            all[.neverPolledToTerminal, default: FindingLog()].add {
                FindingEvidence(requestIDs: [track.submitRequestID], taskID: id, at: track.submittedAt,
                                detail: "\(track.model): finished at \(track.settlesAt.iso8601), no poll saw it finish")
            }
        }
        return all
    }

    /// Tasks followed and still in flight (not finished on the clock) at `now`.
    func inFlight(at now: Timestamp) -> Int { tracks.values.filter { now < $0.settlesAt }.count }

    /// `1500` → `1.5 s`, `100` → `0.1 s`, `30000` → `30 s`.
    static func seconds(_ milliseconds: Int64) -> String {
        let whole = milliseconds / 1000, part = abs(milliseconds % 1000)
        guard part != 0 else { return "\(whole) s" }
        var fraction = String(part)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(milliseconds < 0 && whole == 0 ? "-" : "")\(whole).\(fraction) s"
    }
}
