extension Session {
    /// `advance(milliseconds:)` that refuses, without moving the clock, an advance that would
    /// take it past `EmulatorClock.latest` (`POST /_emulator/clock/advance` answers 400 then).
    /// Two advances racing at the end of the range can still meet it: the later one stops there.
    public func advanceWithinRange(milliseconds: Int64) -> Result<ClockAdvance, ClockRangeError> {
        if let error = clock.rangeError(advancingBy: milliseconds) { return .failure(error) }
        return .success(advance(milliseconds: milliseconds))
    }
}
