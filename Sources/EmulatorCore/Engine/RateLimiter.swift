/// Per-key request counting in fixed one-minute windows on the emulator's clock.
struct RateLimiter: Sendable {
    private struct Window: Sendable {
        var start: Timestamp
        var count: Int
    }

    private var windows: [String: Window] = [:]

    /// Counts one request for `key`; returns the seconds to wait when over the limit.
    mutating func admit(_ key: String, limit: Int, now: Timestamp) -> Int? {
        var window = windows[key] ?? Window(start: now, count: 0)
        if now.milliseconds - window.start.milliseconds >= 60_000 { window = Window(start: now, count: 0) }
        guard window.count < limit else {
            let remaining = window.start.milliseconds + 60_000 - now.milliseconds
            return Int(max(1, (remaining + 999) / 1000))
        }
        window.count += 1
        windows[key] = window
        return nil
    }
}
