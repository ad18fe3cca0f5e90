/// The webhook deliveries of one session, kept in its state under its lock: the plan of each
/// task submitted with `callback_url`, the attempts due, earliest first, and every attempt made.
///
/// A delivery is an event on the session's clock, like a completion: the first attempt is
/// due when the task settles (plus a callback rule's `delay`); a failed attempt is retried
/// after 10 s, 30 s, 2 min and 10 min (choice), counted from the time of the failed attempt;
/// after the fifth failure the delivery is given up. Nothing else about the task changes.
struct CallbackSchedule: Sendable {
    /// The waits between attempts (choice), so attempts are due at +0, +10 s, +40 s, +2 min 40 s
    /// and +12 min 40 s from the first.
    static let retryDelaysMilliseconds: [Int64] = [10_000, 30_000, 120_000, 600_000]
    static let maxAttempts = retryDelaysMilliseconds.count + 1
    /// How long a receiver has to answer one attempt.
    static let timeoutMilliseconds: Int64 = 5_000

    /// What was decided for a task's delivery when it was accepted.
    struct Plan: Sendable {
        let target: CallbackTarget
        /// The `on: callback` rule that scripted it, if any.
        let ruleIndex: Int?
        /// The first this many attempts fail without reaching the receiver (`fail: {attempts: N}`).
        let failedAttempts: Int
        /// The rule's `body` template; nil sends the poll answer.
        let body: JSONValue?
    }

    /// An attempt waiting for its time.
    struct Due: Sendable, HeapOrdered {
        let taskID: String
        let attempt: Int
        let at: Timestamp
        let sequence: UInt64

        func precedes(_ other: Due) -> Bool { (at, sequence) < (other.at, other.sequence) }
    }

    /// An attempt made.
    struct Attempt: Sendable, Equatable {
        let attempt: Int
        let at: Timestamp
        let result: CallbackResult
        let requestID: String
        /// The rule whose `fail: {attempts: N}` made it fail without sending anything.
        let scriptedBy: Int?
        /// When the next attempt is due; nil when delivered or given up.
        let retryAt: Timestamp?
    }

    private(set) var plans: [String: Plan] = [:]
    private(set) var attempts: [String: [Attempt]] = [:]
    /// Attempts waiting, earliest (time, sequence) first. A task has at most one; an entry
    /// whose task was forgotten stays until it comes up (or the heap is rebuilt), and only
    /// `waiting` says which entries still count.
    private var due = MinHeap<Due>()
    /// The attempt each task waits for.
    private var waiting: [String: Due] = [:]
    private var sequence: UInt64 = 0
    private var requestCount: UInt64 = 0
    private var requestSeed: UInt64
    /// Changes at every reset, so an attempt in flight across a reset is not recorded.
    private(set) var generation: UInt64 = 0

    init(seed: UInt64) { requestSeed = seed ^ 0x6361_6C6C_6261_636B }  // "callback"

    /// Plans a task's delivery with its first attempt at `at`.
    mutating func plan(_ taskID: String, _ plan: Plan, firstAt at: Timestamp) {
        plans[taskID] = plan
        push(taskID, attempt: 1, at: at)
    }

    /// Takes the earliest attempt due by `now` off the schedule.
    mutating func popDue(_ now: Timestamp) -> Due? {
        while let first = due.first, first.at <= now {
            let entry = due.popFirst()
            if waiting[entry.taskID]?.sequence == entry.sequence {
                waiting[entry.taskID] = nil
                return entry
            }
        }
        return nil
    }

    /// Records an attempt; a failure before the last attempt schedules the next one, whose
    /// time is returned.
    @discardableResult
    mutating func record(_ taskID: String, attempt: Int, at: Timestamp, result: CallbackResult, requestID: String,
                         scriptedBy: Int?) -> Timestamp? {
        var retryAt: Timestamp?
        if !result.delivered, attempt < Self.maxAttempts {
            retryAt = at.adding(milliseconds: Self.retryDelaysMilliseconds[attempt - 1])
        }
        attempts[taskID, default: []].append(Attempt(attempt: attempt, at: at, result: result, requestID: requestID,
                                                      scriptedBy: scriptedBy, retryAt: retryAt))
        if let retryAt { push(taskID, attempt: attempt + 1, at: retryAt) }
        return retryAt
    }

    /// The attempt a task waits for, if any.
    func pending(_ taskID: String) -> Due? { waiting[taskID] }

    /// Entries in the heap, forgotten ones included (what the rebuild in `forget` bounds).
    var queuedCount: Int { due.count }

    /// `req_` + a UUID for the next attempt's `X-Request-Id`, repeatable with one seed.
    mutating func nextRequestID() -> String {
        requestCount += 1
        return "req_" + SeededRandom.uuid(SeededRandom.mix(requestSeed, 2 * requestCount),
                                          SeededRandom.mix(requestSeed, 2 * requestCount + 1))
    }

    /// Drops everything kept for one task (the task was forgotten): its plan, its attempts
    /// and any attempt still due.
    mutating func forget(_ taskID: String) {
        guard plans.removeValue(forKey: taskID) != nil else { return }
        attempts.removeValue(forKey: taskID)
        guard waiting.removeValue(forKey: taskID) != nil else { return }
        // Forgotten entries wait in the heap until they come up; past twice the live ones the
        // heap is rebuilt from `waiting`, so a frozen clock cannot make it grow without bound.
        if due.count > 2 * waiting.count + 64 {
            due = MinHeap()
            for entry in waiting.values { due.push(entry) }
        }
    }

    /// Forgets every plan and attempt (the session's reset).
    mutating func reset(seed: UInt64) {
        let next = generation &+ 1
        self = CallbackSchedule(seed: seed)
        generation = next
    }

    private mutating func push(_ taskID: String, attempt: Int, at: Timestamp) {
        sequence += 1
        let entry = Due(taskID: taskID, attempt: attempt, at: at, sequence: sequence)
        waiting[taskID] = entry
        due.push(entry)
    }
}
