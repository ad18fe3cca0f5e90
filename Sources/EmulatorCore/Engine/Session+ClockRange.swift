extension Session {
    /// `advance(milliseconds:)` that refuses, without moving the clock, an advance that would
    /// take it past `EmulatorClock.latest` (`POST /_emulator/clock/advance` answers 400 then).
    /// The check and the move are one step on the clock, so racing advances cannot pass it.
    public func advanceWithinRange(milliseconds: Int64) -> Result<ClockAdvance, ClockRangeError> {
        Self.waitFor { advanceWithinRange(milliseconds: milliseconds, done: $0) }
    }

    /// `advanceWithinRange(milliseconds:)` without blocking: `done` is called at once with a
    /// refusal, or once the advance's webhook attempts were answered.
    public func advanceWithinRange(milliseconds: Int64, done: @escaping @Sendable (Result<ClockAdvance, ClockRangeError>) -> Void) {
        switch reserveAdvance(milliseconds: milliseconds) {
        case .failure(let error): done(.failure(error))
        case .success(let target): settleAndDeliver(to: target, advanced: milliseconds) { done(.success($0)) }
        }
    }
}
