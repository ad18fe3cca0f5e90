extension Session {
    /// `advance(milliseconds:)` that refuses, without moving the clock, an advance that would
    /// take it past `EmulatorClock.latest` (`POST /_emulator/clock/advance` answers 400 then).
    /// The check and the move are one step on the clock, so racing advances cannot pass it.
    public func advanceWithinRange(milliseconds: Int64) -> Result<ClockAdvance, ClockRangeError> {
        if case .failure(let error) = clock.advanceWithinRange(byMilliseconds: milliseconds) { return .failure(error) }
        // The clock has moved; book and report what fell due on the way.
        let settled = advance(milliseconds: 0)
        return .success(ClockAdvance(now: settled.now, advancedMilliseconds: milliseconds, changes: settled.changes,
                                    count: settled.count, callbacks: settled.callbacks,
                                    callbackCount: settled.callbackCount))
    }
}
