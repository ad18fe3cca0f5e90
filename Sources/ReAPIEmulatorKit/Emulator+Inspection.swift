import EmulatorCore
import Foundation

/// The clock and what a test checks afterwards, as typed values. Each call goes through the
/// control API in-process (no socket), so it sees exactly what `/_emulator/…` would show.
extension Emulator {
    /// The emulator's current time (frozen on a virtual clock until `advance(by:)`).
    public var now: Date { Self.date(milliseconds: app.clock.now().milliseconds) }

    /// Moves the emulator's clock forward: tasks that fall due complete or fail (failed ones
    /// are refunded), result URLs past their lifetime expire, and answers held by a scripted
    /// latency are sent. Returns the new time and every change, in time order.
    @discardableResult
    public func advance(by duration: Duration) -> ClockAdvance {
        let (seconds, attoseconds) = duration.components
        let milliseconds = max(0, Timestamp(unixSeconds: seconds).adding(milliseconds: attoseconds / 1_000_000_000_000_000).milliseconds)
        let body = try? app.control(json: "POST", "/_emulator/clock/advance", body: #"{"milliseconds": \#(milliseconds)}"#)
        let dates = Self.timestampParser()
        let changes = body?["changes"]?.arrayValue?.compactMap { TaskChange(json: $0, dates: dates) } ?? []
        return ClockAdvance(now: now, changes: changes)
    }

    /// The provider API requests the emulator answered (submits, polls, downloads, and
    /// requests to unknown paths), oldest first, up to the journal's capacity. Control API
    /// calls, including the ones this type makes for you, are left out; `GET /_emulator/requests`
    /// lists those too.
    public func requests() -> [RecordedRequest] {
        guard let entries = (try? app.control(json: "GET", "/_emulator/requests"))?["requests"]?.arrayValue else { return [] }
        let dates = Self.timestampParser()
        return entries.compactMap { RecordedRequest(json: $0, dates: dates) }.filter { !$0.path.hasPrefix("/_emulator/") }
    }

    /// An API key's balance and ledger, or nil when the emulator has not seen the key
    /// (neither used nor listed in the scenario's `accounts`).
    public func account(_ key: String) -> Account? {
        let escaped = key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? key
        return (try? app.control(json: "GET", "/_emulator/accounts/" + escaped)).flatMap(Account.init(json:))
    }

    /// Reads the control API's timestamps (`2026-01-01T00:00:30.000Z`). Not Sendable, so one per call.
    static func timestampParser() -> ISO8601DateFormatter {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return parser
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
