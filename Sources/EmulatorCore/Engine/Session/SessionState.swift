/// Everything one session remembers, guarded as one unit by the session's lock so the
/// ledger stays exact under concurrent submits.
struct SessionState: Sendable {
    var active: ActiveScenario {
        didSet { limits = baseLimits.applying(active.scenario.limits) }
    }
    /// The listener's limits (its flags); `limits` is them with the scenario's `limits:` over them.
    let baseLimits: StoreLimits
    private(set) var limits: StoreLimits
    var accounts: [String: Account] = [:]
    var tasks: [String: TaskRecord] = [:]
    /// Task ids in the order they were accepted (the listing order and its cursor).
    var accepted = TaskBacklog()
    /// Task ids in the order they settled: who goes first when `maxTasks` needs room.
    var settled = TaskBacklog()
    var settlements = SettlementQueue()
    /// Poll bodies of settled tasks, which no longer change: clients poll a finished task
    /// again and again, and rendering it each time was the largest share of a poll's work.
    /// Bounded by `limits.pollBodyCacheEntries` (it starts over past it).
    var settledPollBodies: [String: [UInt8]] = [:]
    /// Held latencies: drawn on every request that has one.
    var random: SeededRandom
    /// Task ids and processing times, drawn only when a task is accepted, so with one seed
    /// the same submits get the same tasks however many other requests come in between
    /// (readiness probes, polls, refused requests).
    var taskRandom: SeededRandom
    /// Task ids, from a stream no other session of the emulator draws from (`TaskIDStreams`).
    var idRandom: SeededRandom
    /// How many requests matched each rule's keys other than `nth` (by rule index).
    var ruleCounters: [Int: Int] = [:]
    var rateLimiter = RateLimiter()
    /// Parameter sets in use, shared between the tasks that have the same.
    var parameterSets = ParameterInterner()
    /// For the metrics: tasks kept by status, and totals since the session began (a reset
    /// does not clear the totals, so they stay counters).
    var counts = Counts()
    /// Webhook deliveries of tasks submitted with `callback_url`.
    var callbacks: CallbackSchedule

    struct Counts: Sendable {
        var processing = 0, completed = 0, failed = 0
        var forgotten = 0, creditsCharged = 0, creditsRefunded = 0
    }

    init(active: ActiveScenario, seed: UInt64, idStream: UInt64, limits: StoreLimits = StoreLimits()) {
        self.active = active
        baseLimits = limits
        self.limits = limits.applying(active.scenario.limits)
        callbacks = CallbackSchedule(seed: seed)
        random = SeededRandom(seed: seed)
        taskRandom = Self.taskRandom(seed: seed)
        idRandom = SeededRandom(seed: idStream)
        accounts = active.listedAccounts ?? [:]
    }

    /// The task stream, kept apart from the latency stream of the same seed.
    static func taskRandom(seed: UInt64) -> SeededRandom {
        SeededRandom(seed: seed ^ 0x7461_736B_735F_6964)
    }

    /// Back to the start: no tasks, no ledger, fresh counters, listed accounts; task ids
    /// from a new stream, so none of the forgotten tasks' ids comes back.
    mutating func reset(seed: UInt64, idStream: UInt64) {
        accounts = active.listedAccounts ?? [:]
        tasks.removeAll()
        settledPollBodies.removeAll()
        accepted.removeAll()
        settled.removeAll()
        parameterSets.removeAll()
        settlements.removeAll()
        random = SeededRandom(seed: seed)
        taskRandom = Self.taskRandom(seed: seed)
        idRandom = SeededRandom(seed: idStream)
        ruleCounters.removeAll()
        rateLimiter = RateLimiter()
        counts.processing = 0
        counts.completed = 0
        counts.failed = 0
        callbacks.reset(seed: seed)
    }

    /// Admits a request carrying `key`: 10003 for a key the scenario does not list, 10004 for
    /// a revoked one, 429 past the rate limit. Nothing is created here: an account comes
    /// into being only with an accepted submit (or the scenario, or a PUT).
    mutating func admit(_ key: String, now: Timestamp) -> APIError? {
        if let account = accounts[key] {
            if account.revoked { return APIError(.keyRevoked, "API key has been revoked") }
        } else if active.scenario.accounts != nil {
            return APIError(.keyUnknown, "invalid API key")
        }
        if let limit = active.scenario.rateLimit?.requestsPerMinute, let retry = rateLimiter.admit(key, limit: limit, now: now) {
            return APIError(.rateLimited, "rate limit of \(limit) requests per minute exceeded; retry in \(retry) s",
                            retryAfterSeconds: retry)
        }
        return nil
    }

    /// The balance `key` would spend from: its account's, or what a new account starts with.
    func balance(of key: String, defaultCredits: Int) -> Int {
        accounts[key]?.credits ?? active.scenario.defaultCredits ?? defaultCredits
    }

    /// A latency drawn from `range` (milliseconds), or 0 when there is none.
    mutating func draw(_ range: DurationRange?) -> Int64 {
        range.map { random.draw(in: $0.min...$0.max) } ?? 0
    }

    /// Records an accepted task: charges its owner (creating the account on its first
    /// accepted submit) and schedules its settlement.
    mutating func accept(_ task: TaskRecord, defaultCredits: Int) {
        var task = task
        // Tasks share their owner's key string and their parameter set: both repeat.
        task.share(owner: accounts[task.owner]?.key) { parameterSets.intern($0) }
        tasks[task.id] = task
        accepted.append(task.id)
        if accounts[task.owner] == nil {
            accounts[task.owner] = Account(key: task.owner, credits: balance(of: task.owner, defaultCredits: defaultCredits))
        }
        let capacity = limits.ledgerCapacity
        let moved = accounts[task.owner]?.book(-task.credits, .charge, taskID: task.id, at: task.createdAt,
                                               capacity: capacity) ?? 0
        settlements.push(task.settlesAt, task.id, task.outcome == .completes ? .completed : .failed)
        counts.processing += 1
        counts.creditsCharged += -moved
    }

    /// The serialised poll answer for `task` at `now`, from the cache once it has settled.
    mutating func pollBody(_ task: TaskRecord, now: Timestamp, render: () -> [UInt8]) -> [UInt8] {
        if let cached = settledPollBodies[task.id] { return cached }
        let body = render()
        if task.status(at: now) != .processing {
            if settledPollBodies.count >= limits.pollBodyCacheEntries { settledPollBodies.removeAll(keepingCapacity: true) }
            settledPollBodies[task.id] = body
        }
        return body
    }
}
