/// A point on the emulator's clock: milliseconds since the Unix epoch.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    /// Saturates at Int64's limits instead of trapping.
    public init(unixSeconds: Int64) { self.milliseconds = Self.saturating(unixSeconds.multipliedReportingOverflow(by: 1000), sign: unixSeconds) }

    /// Whole Unix seconds (what the documented bodies carry).
    public var unixSeconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }

    /// Checked: a client value added to a clock value saturates at Int64's limits, never traps.
    public func adding(milliseconds delta: Int64) -> Timestamp {
        Timestamp(milliseconds: Self.saturating(milliseconds.addingReportingOverflow(delta), sign: delta))
    }
    public func adding(seconds delta: Int64) -> Timestamp { adding(milliseconds: Timestamp(unixSeconds: delta).milliseconds) }

    private static func saturating(_ result: (partialValue: Int64, overflow: Bool), sign: Int64) -> Int64 {
        result.overflow ? (sign < 0 ? .min : .max) : result.partialValue
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds < b.milliseconds }

    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-23T19:44:00.000Z`.
    public var iso8601: String {
        let days = Int64((Double(milliseconds) / 86_400_000).rounded(.down))
        let msOfDay = milliseconds - days * 86_400_000
        let (y, m, d) = Self.civilFromDays(days)
        let h = msOfDay / 3_600_000, mi = msOfDay / 60_000 % 60, s = msOfDay / 1000 % 60, ms = msOfDay % 1000
        func pad(_ v: Int64, _ n: Int) -> String {
            let t = String(v)
            return String(repeating: "0", count: max(0, n - t.count)) + t
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(ms, 3))Z"
    }

    public var description: String { iso8601 }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    static func civilFromDays(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
