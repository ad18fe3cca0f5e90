import EmulatorCore

/// What a test does to a session: move its clock and look at what happened. `Emulator`
/// (its default session) and `EmulatorSession` (one opened with `emu.session()`) both have
/// these calls; they go straight to the engine, typed, with no HTTP or JSON in between.
public protocol SessionControls {
    var session: Session { get }
}

extension SessionControls {
    /// The session's current time (frozen on a virtual clock until `advance(by:)`):
    /// milliseconds since 1970 UTC, `.iso8601` and `.httpDate` spell it.
    public var now: Timestamp { session.clock.now() }

    /// Moves the session's clock forward: tasks that fall due complete or fail (failed ones
    /// are refunded), result URLs past their lifetime expire, and answers held by a scripted
    /// latency are sent, webhook attempts due are made (and waited for). Returns the new time
    /// and every change, in time order. A negative duration moves nothing.
    @discardableResult
    public func advance(by duration: Duration) -> ClockAdvance {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds.multipliedReportingOverflow(by: 1000)
        let total = milliseconds.overflow ? Int64.max : milliseconds.partialValue.addingReportingOverflow(attoseconds / 1_000_000_000_000_000).partialValue
        return session.advance(milliseconds: min(max(0, total), EmulatorClock.maxAdvanceMilliseconds))
    }

    /// The provider API requests the session answered (submits, polls, downloads, and
    /// requests to unknown paths) and the webhook attempts it made (`outbound` set), oldest
    /// first, up to the journal's capacity. Control API calls are not journaled.
    public func requests() -> [JournalEntry] { session.requests().entries }

    /// An API key's balance and ledger, or nil when the session has not seen the key
    /// (neither used nor listed in the scenario's `accounts`).
    public func account(_ key: String) -> Account? { session.account(key) }

    /// Tasks, ledger, journal, rule counters and clock back to the scenario's start.
    public func reset() { session.reset() }
}

/// A session opened with `Emulator.session(…)`: point a client at `baseURL`.
public struct EmulatorSession: SessionControls, Sendable {
    public let session: Session
    let registry: SessionRegistry

    /// `http://HOST:PORT/sessions/<id>`: the provider API, media and control API of this session.
    public var baseURL: String { session.baseURL }
    public var id: String { session.id }

    /// Ends the session: its tasks and media are gone (404), held answers are sent.
    public func end() { registry.end(session.id) }
}
