import Locking

/// The attempts of one `clock/advance` across its rounds: what it lists and how many it
/// made; `done` is called once, when no attempt is left due.
final class CallbackRun: Sendable {
    let now: Timestamp
    let atDueTime: Bool
    private let keeping: Int
    private let done: @Sendable ([DeliveryAttempt], Int) -> Void
    private let made = Locked<(attempts: [DeliveryAttempt], count: Int)>(([], 0))

    init(now: Timestamp, keeping: Int, atDueTime: Bool, done: @escaping @Sendable ([DeliveryAttempt], Int) -> Void) {
        self.now = now
        self.keeping = keeping
        self.atDueTime = atDueTime
        self.done = done
    }

    func add(_ delivery: DeliveryAttempt) {
        made.withLock { made in
            made.count += 1
            if made.attempts.count < keeping { made.attempts.append(delivery) }
        }
    }

    func finish() {
        let (attempts, count) = made.withLock { $0 }
        done(attempts, count)
    }
}

/// The attempts of one round, sent together: `complete` gets their results in the round's
/// order once the last one reported, on the thread that reported it.
final class CallbackRound: Sendable {
    /// Attempts taken off the schedule at once (their bodies are rendered when taken).
    static let maxAttempts = 256

    private let results: Locked<(values: [CallbackResult?], missing: Int)>
    private let complete: @Sendable ([CallbackResult]) -> Void

    init(count: Int, complete: @escaping @Sendable ([CallbackResult]) -> Void) {
        results = Locked((Array(repeating: nil, count: count), count))
        self.complete = complete
    }

    /// Records the result of attempt `index` (once; a second report is ignored).
    func fill(_ index: Int, _ result: CallbackResult) {
        let all = results.withLock { r -> [CallbackResult]? in
            guard r.values[index] == nil else { return nil }
            r.values[index] = result
            r.missing -= 1
            return r.missing == 0 ? r.values.map { $0! } : nil
        }
        if let all { complete(all) }
    }
}
