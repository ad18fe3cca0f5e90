import Locking

/// The default session and the sessions created under `/sessions/{id}/`, with the bounds
/// that keep them from growing without end: at most `maxSessions` at once, and a session
/// nobody has used for `idleTimeoutMilliseconds` of wall time is ended.
///
/// The lock here guards only the id → session table, for a lookup's few instructions;
/// each session's state has its own lock, so requests to different sessions run in parallel.
public final class SessionRegistry: Sendable {
    public let defaultSession: Session
    public let maxSessions: Int
    public let idleTimeoutMilliseconds: Int64
    /// Reports of ended sessions, for `serve --report` (off by default).
    public let retiredReports = RetiredReports()
    private let table = Locked<Table>(Table())
    private let idSeed: UInt64
    private let wallClock: @Sendable () -> Int64

    private struct Table {
        var sessions: [String: Session] = [:]
        /// Ids in creation order, for a stable listing.
        var order: [String] = []
        var created: UInt64 = 0
        var lastSweepWall: Int64 = 0
    }

    /// Why a session could not be created.
    public enum CreateError: Error, Sendable {
        case limitReached(Int)
    }

    public init(defaultSession: Session, maxSessions: Int = 256, idleTimeoutMilliseconds: Int64 = 3_600_000, seed: UInt64 = 0,
                wallClock: @escaping @Sendable () -> Int64 = EmulatorClock.systemMilliseconds) {
        self.defaultSession = defaultSession
        self.maxSessions = max(0, maxSessions)
        self.idleTimeoutMilliseconds = max(1, idleTimeoutMilliseconds)
        self.idSeed = seed ^ 0x7365_7373_696F_6E73  // "sessions"
        self.wallClock = wallClock
    }

    /// Opens a session with `scenario`; its clock settings are the default session's
    /// overrides with `adjust` applied (a session's own `clock`, `seed`, `time_scale`).
    /// Its seed: its own, else its scenario's, else one drawn from the emulator's seed and the
    /// session's place in the order of opening (so the same run opens the same sessions again,
    /// and no two sessions share the default session's seed).
    public func open(scenario: Scenario, source: String, text: String?, name: String?,
                     adjust: (inout ClockOverrides) -> Void = { _ in }) throws -> Session {
        var settings = defaultSession.settings
        settings.overrides.seed = nil
        adjust(&settings.overrides)
        return try create { id, prefix, ordinal in
            if settings.overrides.seed == nil, scenario.seed == nil {
                settings.overrides.seed = SeededRandom.mix(idSeed ^ 0x7365_6564, ordinal) & RunSeed.mask  // "seed"
            }
            return try Session(id: id, name: name, pathPrefix: prefix, scenario: scenario, source: source, text: text, settings: settings)
        }
    }

    /// Creates a session from `make`, which is given the new id, path prefix and ordinal.
    func create(_ make: (_ id: String, _ prefix: String, _ ordinal: UInt64) throws -> Session) throws -> Session {
        sweep(force: true)
        let (id, ordinal) = try table.withLock { t -> (String, UInt64) in
            guard t.sessions.count < maxSessions else { throw CreateError.limitReached(maxSessions) }
            t.created += 1
            return ("ses_" + Self.hex(SeededRandom.mix(idSeed, t.created)) + Self.hex(SeededRandom.mix(idSeed ^ 0xFF, t.created)).prefix(8),
                    t.created)
        }
        let session = try make(id, "/sessions/" + id, ordinal)
        session.lastUsedWall.store(wallClock(), ordering: .relaxed)
        let added = table.withLock { t -> Bool in
            guard t.sessions.count < maxSessions else { return false }
            t.sessions[id] = session
            t.order.append(id)
            return true
        }
        guard added else { throw CreateError.limitReached(maxSessions) }
        return session
    }

    /// The session with `id`, marked as used now; nil when unknown or ended.
    public func session(_ id: String) -> Session? {
        // One lock and one wall-clock read per request; the sweep, once a second, takes its own.
        let wall = wallClock()
        let (found, sweepDue) = table.withLock { t in (t.sessions[id], wall - t.lastSweepWall >= 1000) }
        if sweepDue {
            sweep(force: false, wall: wall)
            // The sweep may just have ended this very session for idleness.
            guard found == nil || table.withLock({ $0.sessions[id] }) != nil else { return nil }
        }
        found?.lastUsedWall.store(wall, ordering: .relaxed)
        return found
    }

    /// The created sessions, oldest first (the default session is not listed).
    public func all() -> [Session] {
        sweep(force: true)
        return table.withLock { t in t.order.compactMap { t.sessions[$0] } }
    }

    /// Ends a session: its tasks, media and journal are gone, its held answers are sent.
    /// Returns the session, or nil when there was none with that id.
    @discardableResult
    public func end(_ id: String) -> Session? {
        let session = table.withLock { t -> Session? in
            guard let s = t.sessions.removeValue(forKey: id) else { return nil }
            t.order.removeAll { $0 == id }
            return s
        }
        if let session { retiredReports.retire(session) }
        session?.end()
        return session
    }

    public var count: Int { table.withLock { $0.sessions.count } }

    /// Ends the sessions idle for longer than the timeout. Unforced, it runs at most once a
    /// second, so a lookup stays cheap.
    func sweep(force: Bool, wall: Int64? = nil) {
        let wall = wall ?? wallClock()
        let idle = table.withLock { t -> [Session] in
            guard force || wall - t.lastSweepWall >= 1000 else { return [] }
            t.lastSweepWall = wall
            let stale = t.order.filter { id in
                guard let s = t.sessions[id] else { return true }
                return wall - s.lastUsedWall.load(ordering: .relaxed) > idleTimeoutMilliseconds
            }
            guard !stale.isEmpty else { return [] }
            let gone = stale.compactMap { t.sessions.removeValue(forKey: $0) }
            let staleSet = Set(stale)
            t.order.removeAll { staleSet.contains($0) }
            return gone
        }
        for session in idle {
            retiredReports.retire(session)
            session.end()
        }
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }
}
