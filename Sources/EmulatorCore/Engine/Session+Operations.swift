import Dispatch
import Locking

/// What the control API and the embedding API do to a session, as typed calls.
extension Session {
    /// Tasks, ledger, journal, rule counters and clock back to the scenario's start. Answers
    /// held on the clock are sent at once rather than left waiting for a time that moved.
    public func reset() {
        let scenario = state.withLock { s -> Scenario in
            let seed = settings.clock(for: s.active.scenario).seed
            s.reset(seed: seed, idStream: settings.idStreams.claim(seed: seed))
            return s.active.scenario
        }
        journal.withLock { journal in
            journal.clear()
            if let capacity = scenario.journalCapacity { journal.resize(capacity) }
        }
        report.withLock { $0.sessionReset(settings: scenario.report) }
        let c = settings.clock(for: scenario)
        advanceTarget.withLock { $0 = nil }
        clock.reset(mode: c.mode, timeScale: c.timeScale, start: scenario.startTime)
        clock.fireAll()
    }

    /// Replaces the scenario and resets, as if the session had been started with it.
    public func replaceScenario(_ scenario: Scenario, source: String, text: String?) throws {
        let active = try ActiveScenario(scenario, source: source, text: text, baseValidator: settings.baseValidator,
                                        provider: settings.configuration.provider,
                                        budget: settings.configuration.maxScenarioBytes)
        state.withLock { $0.active = active }
        reset()
    }

    /// What the scenario in force costs this session in memory, estimated (`ScenarioFootprint`).
    public var scenarioFootprintBytes: Int { state.withLock { $0.active.footprintBytes } }

    /// The scenario in force, where it came from, and its text.
    public var scenario: (scenario: Scenario, source: String, text: String?) {
        state.withLock { ($0.active.scenario, $0.active.source, $0.active.text) }
    }

    /// Moves the clock forward (at most `EmulatorClock.maxAdvanceMilliseconds`) and books
    /// what fell due, in time order; then performs the webhook attempts due by the new time,
    /// retries that fall due meanwhile included, and returns once each was answered (at most
    /// its 5 s timeout). Blocks the calling thread: the HTTP binding uses `advance(milliseconds:done:)`.
    @discardableResult
    public func advance(milliseconds: Int64) -> ClockAdvance {
        Self.waitFor { advance(milliseconds: milliseconds, done: $0) }
    }

    /// `advance(milliseconds:)` without blocking: `done` gets what it did once every webhook
    /// attempt was answered, on whichever thread reported the last one.
    public func advance(milliseconds: Int64, done: @escaping @Sendable (ClockAdvance) -> Void) {
        let target: Timestamp
        switch reserveAdvance(milliseconds: milliseconds) {
        case .success(let t): target = t
        case .failure: target = EmulatorClock.latest  // `advance` stops at the range's end
        }
        settleAndDeliver(to: target, advanced: milliseconds, done: done)
    }

    /// Moves the clock to `target` booking what fell due in slices (`settleInSlices`), then
    /// performs the due webhook attempts.
    func settleAndDeliver(to target: Timestamp, advanced: Int64, done: @escaping @Sendable (ClockAdvance) -> Void) {
        let (changes, count) = settleInSlices(to: target, keeping: ClockAdvance.maxChanges)
        let now = clock.now()
        performDueCallbacks(now: now, keeping: ClockAdvance.maxChanges) { callbacks, callbackCount in
            done(ClockAdvance(now: now, advancedMilliseconds: advanced, changes: changes, count: count,
                              callbacks: callbacks, callbackCount: callbackCount))
        }
    }

    /// Runs `start` and waits for the value it hands to its closure.
    static func waitFor<Value: Sendable>(_ start: (@escaping @Sendable (Value) -> Void) -> Void) -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = Locked<Value?>(nil)
        start { value in
            box.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return box.withLock { $0! }
    }

    /// One key's balance and ledger, or nil when the session has not seen the key.
    public func account(_ key: String) -> Account? {
        transaction { s, _ in s.accounts[key] }
    }

    /// Sets a balance and/or the revoked flag, creating the account if needed; a change of
    /// balance is booked in the ledger as an adjustment.
    public func setAccount(_ key: String, credits: Int?, revoked: Bool?) -> Account {
        transaction { s, now in
            var account = s.accounts[key] ?? Account(key: key, credits: 0)
            if let credits, case let target = CreditBounds.balance(credits, moving: 0), target != account.credits {
                account.book(target - account.credits, .adjustment, taskID: nil, at: now, capacity: s.limits.ledgerCapacity)
            }
            if let revoked { account.revoked = revoked }
            s.accounts[key] = account
            return account
        }
    }

    /// One task by id (any owner), with the time it was read at.
    public func task(_ id: String) -> (task: TaskRecord, now: Timestamp)? {
        transaction { s, now in s.tasks[id].map { ($0, now) } }
    }

    public var taskCount: Int { state.withLock { $0.tasks.count } }

    /// Empties the journal; returns how many entries it held.
    @discardableResult
    public func clearRequests() -> Int {
        journal.withLock { journal in
            defer { journal.clear() }
            return journal.count
        }
    }

    /// Adds one line to the journal.
    func record(_ make: (Int) -> JournalEntry) {
        journal.withLock { $0.append(make) }
    }

    /// Ends the session: held answers are sent at once, and so is any answer still being held
    /// as it ends; the state goes with the last reference.
    func end() { clock.close() }
}

/// A task reaching a new state while the clock moved.
public struct TaskChange: Sendable, Equatable {
    public typealias Event = SettlementQueue.Kind
    public let taskID: String
    public let event: Event
    public let at: Timestamp
    /// Credits given back to the task's key when it failed.
    public let refunded: Int?
    /// The key refunded.
    public let key: String?
}

/// What one clock advance did.
public struct ClockAdvance: Sendable, Equatable {
    /// The session's time afterwards.
    public let now: Timestamp
    public let advancedMilliseconds: Int64
    /// Tasks that completed, failed, expired or were forgotten on the way, in time order:
    /// the first `maxChanges` of them.
    public let changes: [TaskChange]
    /// How many task changes there were in all.
    public let count: Int
    /// Webhook attempts the advance performed, in time order: the first `maxChanges`.
    public let callbacks: [DeliveryAttempt]
    /// How many webhook attempts the advance performed in all.
    public let callbackCount: Int
    /// More changes or attempts happened than `clock/advance` lists (at most `maxChanges`).
    public var truncated: Bool {
        count > changes.count || callbackCount > callbacks.count || changes.count + callbacks.count > Self.maxChanges
    }

    /// Changes (and, apart, webhook attempts) listed by one advance at most (choice,
    /// docs/control-api.md).
    public static let maxChanges = 1000

    public init(now: Timestamp, advancedMilliseconds: Int64, changes: [TaskChange], count: Int,
                callbacks: [DeliveryAttempt] = [], callbackCount: Int = 0) {
        self.now = now
        self.advancedMilliseconds = advancedMilliseconds
        self.changes = changes
        self.count = count
        self.callbacks = callbacks
        self.callbackCount = callbackCount
    }
}

/// A slice of the journal with the ring's size and what fell off it.
public struct JournalPage: Sendable {
    public let entries: [JournalEntry]
    public let capacity: Int
    public let evicted: Int
    /// The cursor for the page of older entries, nil when there are none.
    public var next: Int? = nil
}
