/// The clock's range: from the Unix epoch to the last instant of year 9999. Every time the
/// emulator shows stays in it, so client values added to the clock (advances, scenario
/// durations, URL lifetimes, real-mode speed-ups) can never overflow its arithmetic.
extension EmulatorClock {
    /// 9999-12-31T23:59:59.999Z, the last instant the clock shows (the same year-9999 bound as a
    /// scenario's `start_time`). A real clock stops there; `advanceWithinRange` refuses to pass it.
    public static let latest = Timestamp(milliseconds: TimestampText.latestUnixSeconds * 1000 + 999)
    /// 1970-01-01T00:00:00Z: a start before it is moved to it.
    public static let earliest = Timestamp(milliseconds: 0)

    /// `milliseconds` held within `earliest...latest`.
    static func inRange(_ milliseconds: Int64) -> Int64 {
        min(max(milliseconds, earliest.milliseconds), latest.milliseconds)
    }

    /// `milliseconds + delta` held within `earliest...latest`, computed without overflow for any
    /// `delta` (a Double, so a scaled wall time, however far ahead, never traps in conversion).
    static func inRange(_ milliseconds: Int64, plus delta: Double) -> Int64 {
        let base = inRange(milliseconds)
        guard !delta.isNaN else { return base }
        let span = Double(latest.milliseconds)
        return inRange(base + Int64(min(max(delta, -span), span)))
    }
}

/// An advance that would take the clock past `EmulatorClock.latest`.
public struct ClockRangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The clock when the advance was refused (it did not move).
    public let now: Timestamp
    public let requestedMilliseconds: Int64

    /// How much the clock can still be advanced.
    public var remainingMilliseconds: Int64 { max(0, EmulatorClock.latest.milliseconds - now.milliseconds) }

    public var description: String {
        "the clock cannot pass \(EmulatorClock.latest.iso8601) (its last instant); it is \(now.iso8601), "
            + "so it can advance at most \(remainingMilliseconds) ms, not \(requestedMilliseconds)"
    }
}
