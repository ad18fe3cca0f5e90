import Locking
import Synchronization

/// The state of one session: its clock, scenario, accounts and ledger, tasks, journal, rule
/// counters and rate-limit windows. The unprefixed routes are the default session; every
/// other lives under `/sessions/{id}/`. Sessions share no state and no lock with each other.
///
/// Plain typed Swift: the responders and the embedding API call it; nothing here knows HTTP.
public final class Session: Sendable {
    /// `default`, or `ses_…`.
    public let id: String
    public let name: String?
    /// What every route of this session starts with: "" for the default session,
    /// `/sessions/<id>` for the others (media URLs carry it too).
    public let pathPrefix: String
    public let clock: EmulatorClock
    /// Wall time of creation and of the latest request (set by the registry), for the listing
    /// and the idle timeout.
    public let createdWallMilliseconds: Int64
    let lastUsedWall: Atomic<Int64>
    let settings: SessionSettings
    let state: Locked<SessionState>
    /// The journal has its own lock: every request writes it, and it must not queue behind
    /// the state's.
    let journal: Locked<RequestJournal>
    /// Coverage and client behaviour (Session+Report.swift), behind its own lock too.
    let report: Locked<ClientReport>
    /// Where the latest clock advance goes (`SettlementSlices`): an advance accepted while
    /// another still moves the clock starts from there.
    let advanceTarget = Locked<Timestamp?>(nil)

    /// - Parameter clock: a given clock (tests); otherwise one made from the scenario and overrides.
    public init(id: String, name: String? = nil, pathPrefix: String, scenario: Scenario, source: String = "none",
                text: String? = nil, settings: SessionSettings, clock: EmulatorClock? = nil) throws {
        self.id = id
        self.name = name
        self.pathPrefix = pathPrefix
        self.settings = settings
        let active = try ActiveScenario(scenario, source: source, text: text, baseValidator: settings.baseValidator,
                                        provider: settings.configuration.provider,
                                        budget: settings.configuration.maxScenarioBytes)
        let c = settings.clock(for: scenario)
        self.clock = clock ?? EmulatorClock(mode: c.mode, timeScale: c.timeScale, start: scenario.startTime)
        state = Locked(SessionState(active: active, seed: c.seed, idStream: settings.idStreams.claim(seed: c.seed),
                                    limits: settings.configuration.limits))
        report = Locked(ClientReport(settings: scenario.report))
        journal = Locked(RequestJournal(capacity: scenario.journalCapacity ?? settings.configuration.journalCapacity))
        let wall = EmulatorClock.systemMilliseconds()
        createdWallMilliseconds = wall
        lastUsedWall = Atomic(wall)
    }

    /// Runs `body` on the state under the session's lock, after booking everything that fell
    /// due by now (so no answer can show a failed task before its refund).
    func transaction<R>(_ body: (inout SessionState, Timestamp) -> R) -> R {
        transaction(at: clock.now(), body)
    }

    /// The same at a time already read: a request's `RequestContext.now`, its one clock read.
    func transaction<R>(at now: Timestamp, _ body: (inout SessionState, Timestamp) -> R) -> R {
        state.withLock { s in
            s.settle(now)
            return body(&s, now)
        }
    }

    /// The seed in force: the session's own, else its scenario's, else the emulator's (drawn at
    /// random when none was given). With it a failing run can be replayed (`--seed N`).
    public var seed: UInt64 { settings.clock(for: state.withLock { $0.active.scenario }).seed }

    /// The error renderer in force (the scenario's `codes:` applied).
    var errors: ErrorRenderer { state.withLock { $0.active.errors } }

    /// The listener's base URL for this session's routes (`--public-url` + the prefix).
    public var baseURL: String { settings.configuration.publicURL + pathPrefix }
}
