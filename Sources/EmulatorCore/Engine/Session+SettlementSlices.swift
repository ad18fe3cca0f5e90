/// A clock advance books what fell due in slices: a 30-day advance over a million tasks
/// would otherwise hold the session's lock for seconds, and every request to the session
/// (and the HTTP worker thread serving it) would wait that long.
///
/// Each slice finds how far `sliceSize` settlements reach, moves the clock there, and books
/// them under the lock; between slices the lock is free. A request arriving meanwhile sees
/// the clock where the advance has got to and books at most the rest of that slice itself,
/// so every answer stays consistent (no failed task without its refund) and waits
/// milliseconds, not seconds. An instant is never split between two slices.
extension Session {
    /// Settlements booked under the lock at once, at most (choice; an instant with more
    /// settles whole): about 10 ms of booking.
    static let settlementSlice = 2_000

    /// Reserves an advance of `milliseconds`: from the clock, or from where an advance still
    /// moving it will leave it. Refused (nothing reserved) when it would pass the clock's range.
    func reserveAdvance(milliseconds: Int64) -> Result<Timestamp, ClockRangeError> {
        advanceTarget.withLock { pending in
            let now = clock.now()
            let base = max(now, pending ?? now)
            let step = min(max(0, milliseconds), EmulatorClock.maxAdvanceMilliseconds)
            guard step <= EmulatorClock.latest.milliseconds - base.milliseconds else {
                return .failure(ClockRangeError(now: base, requestedMilliseconds: step))
            }
            let target = Timestamp(milliseconds: base.milliseconds + step)
            pending = target
            return .success(target)
        }
    }

    /// Moves the clock to `target` booking what falls due in slices of `sliceSize` (the first
    /// `keeping` changes listed); `betweenSlices` runs with the lock free after each slice
    /// but the last (tests watch the slices with it).
    func settleInSlices(to target: Timestamp, sliceSize: Int = settlementSlice, keeping: Int,
                        betweenSlices: () -> Void = {}) -> (changes: [TaskChange], count: Int) {
        var changes: [TaskChange] = []
        var count = 0
        while true {
            let end = state.withLock { $0.settlements.sliceEnd(atMost: sliceSize, through: target) }
            let now = clock.now()
            if end > now { clock.advance(byMilliseconds: end.milliseconds - now.milliseconds) }
            let slice = state.withLock { $0.settle(end, keeping: max(0, keeping - changes.count)) }
            changes += slice.changes
            count += slice.count
            if end >= target { return (changes, count) }
            betweenSlices()
        }
    }
}
