/// Per-key request counting in fixed one-minute windows on the emulator's clock.
struct RateLimiter: Sendable {
    private struct Window: Sendable {
        var start: Timestamp
        var count: Int
    }

    private var windows: [String: Window] = [:]
    private var pruneAt = 1024

    /// Drops the windows that ended, so a stream of distinct keys costs nothing after a minute;
    /// runs when the table has doubled since the last time.
    private mutating func prune(_ now: Timestamp) {
        windows = windows.filter { now.milliseconds - $0.value.start.milliseconds < 60_000 }
        pruneAt = max(1024, 2 * windows.count)
    }

    var windowCount: Int { windows.count }

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
        if windows.count >= pruneAt { prune(now) }
        return nil
    }
}
