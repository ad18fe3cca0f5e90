/// Everything one session remembers, guarded as one unit by the session's lock so the
/// ledger stays exact under concurrent submits.
struct SessionState: Sendable {
    var active: ActiveScenario
    var accounts: [String: Account] = [:]
    var tasks: [String: TaskRecord] = [:]
    /// Task ids in the order they were accepted.
    var taskIDs: [String] = []
    var settlements = SettlementQueue()
    /// Poll bodies of settled tasks, which no longer change: clients poll a finished task
    /// again and again, and rendering it each time was the largest share of a poll's work.
    var settledPollBodies: [String: [UInt8]] = [:]
    /// Held latencies: drawn on every request that has one.
    var random: SeededRandom
    /// Task ids and processing times, drawn only when a task is accepted, so with one seed
    /// the same submits get the same tasks however many other requests come in between
    /// (readiness probes, polls, refused requests).
    var taskRandom: SeededRandom
    /// How many requests matched each rule's keys other than `nth` (by rule index).
    var ruleCounters: [Int: Int] = [:]
    var rateLimiter = RateLimiter()
    /// Webhook deliveries of tasks submitted with `callback_url`.
    var callbacks: CallbackSchedule

    init(active: ActiveScenario, seed: UInt64) {
        self.active = active
        callbacks = CallbackSchedule(seed: seed)
        random = SeededRandom(seed: seed)
        taskRandom = Self.taskRandom(seed: seed)
        accounts = active.listedAccounts ?? [:]
    }

    /// The task stream, kept apart from the latency stream of the same seed.
    static func taskRandom(seed: UInt64) -> SeededRandom {
        SeededRandom(seed: seed ^ 0x7461_736B_735F_6964)
    }

    /// Back to the start: no tasks, no ledger, fresh counters, listed accounts.
    mutating func reset(seed: UInt64) {
        accounts = active.listedAccounts ?? [:]
        tasks.removeAll()
        settledPollBodies.removeAll()
        taskIDs.removeAll()
        settlements.removeAll()
        random = SeededRandom(seed: seed)
        taskRandom = Self.taskRandom(seed: seed)
        ruleCounters.removeAll()
        rateLimiter = RateLimiter()
        callbacks.reset(seed: seed)
    }

    /// Books everything that fell due by `now`, in time order: a failed task's refund is
    /// booked here, before any answer can show the task as failed.
    @discardableResult
    mutating func settle(_ now: Timestamp) -> [SettlementQueue.Event] {
        var applied: [SettlementQueue.Event] = []
        while let event = settlements.popDue(now) {
            applied.append(event)
            guard event.kind == .failed, var task = tasks[event.taskID], task.refundedAt == nil else { continue }
            task.refundedAt = event.at
            tasks[event.taskID] = task
            accounts[task.owner]?.book(task.order.credits, .refund, taskID: task.id, at: event.at)
        }
        return applied
    }

    /// Admits a request carrying `key`: 10003 for a key the scenario does not list, 10004 for
    /// a revoked one, 429 past the rate limit. With no scenario accounts, an unknown key
    /// gets an account on first use with `defaultCredits`.
    mutating func admit(_ key: String, now: Timestamp, defaultCredits: Int) -> APIError? {
        if let account = accounts[key] {
            if account.revoked { return APIError(.keyRevoked, "API key has been revoked") }
        } else if active.scenario.accounts != nil {
            return APIError(.keyUnknown, "invalid API key")
        } else {
            accounts[key] = Account(key: key, credits: active.scenario.defaultCredits ?? defaultCredits)
        }
        if let limit = active.scenario.rateLimit?.requestsPerMinute, let retry = rateLimiter.admit(key, limit: limit, now: now) {
            return APIError(.rateLimited, "rate limit of \(limit) requests per minute exceeded; retry in \(retry) s",
                            retryAfterSeconds: retry)
        }
        return nil
    }

    /// A latency drawn from `range` (milliseconds), or 0 when there is none.
    mutating func draw(_ range: DurationRange?) -> Int64 {
        range.map { random.draw(in: $0.min...$0.max) } ?? 0
    }

    /// Records an accepted task: charges its owner and schedules its settlement events.
    mutating func accept(_ task: TaskRecord) {
        tasks[task.id] = task
        taskIDs.append(task.id)
        accounts[task.owner]?.book(-task.order.credits, .charge, taskID: task.id, at: task.createdAt)
        switch task.outcome {
        case .completes:
            settlements.push(task.settlesAt, task.id, .completed)
            if let expiresAt = task.expiresAt { settlements.push(expiresAt, task.id, .expired) }
        case .fails:
            settlements.push(task.settlesAt, task.id, .failed)
        }
    }

    /// The serialised poll answer for `task` at `now`, from the cache once it has settled.
    mutating func pollBody(_ task: TaskRecord, now: Timestamp, render: () -> [UInt8]) -> [UInt8] {
        if let cached = settledPollBodies[task.id] { return cached }
        let body = render()
        if task.status(at: now) != .processing { settledPollBodies[task.id] = body }
        return body
    }
}
