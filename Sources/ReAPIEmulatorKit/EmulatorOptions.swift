import EmulatorCore
import EmulatorHTTP
import Logging

/// Where a scenario comes from.
public enum ScenarioSource: Sendable {
    /// A YAML or JSON file, by its path.
    case file(String)
    /// YAML or JSON text.
    case yaml(String)
    /// An already parsed scenario.
    case value(Scenario)
}

/// Everything `Emulator.start` needs; the CLI fills it from flags and `REAPI_EMULATOR_*`.
public struct EmulatorOptions: Sendable {
    /// IPv4 address to bind.
    public var host = "127.0.0.1"
    /// 0 picks a free port (the default for embedding).
    public var port: UInt16 = 0
    public var provider: Provider = .reapi
    public var scenario: ScenarioSource?
    /// nil: the scenario's `clock`, else real.
    public var clock: EmulatorClock.Mode?
    /// nil: the scenario's `time_scale`, else 1.
    public var timeScale: Double?
    /// nil: the scenario's `seed`, else one drawn at random (`Emulator.session.seed` shows it).
    public var seed: UInt64?
    /// Base of the media URLs handed out; nil = the listening URL.
    public var publicURL: String?
    /// libmicrohttpd worker threads; nil = the number of cores.
    public var threads: Int?
    /// Bearer token the control API requires; nil = open.
    public var adminToken: String?
    // The defaults below are the layers' own: each is defined once, where it is used.
    /// Request bodies above this get 413.
    public var maxBodyBytes = ServerConfiguration().maxBodyBytes
    /// Connections served for any path (`--max-connections`); health and control calls
    /// have `reservedConnections` more. docs/limits.md.
    public var connectionLimit = ServerConfiguration().connectionLimit
    public var reservedConnections = ServerConfiguration().reservedConnections
    /// A connection silent this long is closed (`--idle-timeout`).
    public var connectionTimeoutSeconds = ServerConfiguration().connectionTimeoutSeconds
    /// Wall time for a request to arrive whole after the connection opened or answered the
    /// previous one (`--request-timeout`).
    public var requestReadTimeoutSeconds = ServerConfiguration().requestReadTimeoutSeconds
    /// Wall time after which a held answer is sent whatever the emulator's clock says (`--max-hold`).
    public var maxHoldSeconds = ServerConfiguration().maxHoldSeconds
    /// Wall time a stop waits for answers already handed out.
    public var drainSeconds = ServerConfiguration().drainSeconds
    public var journalCapacity = EmulatorConfiguration().journalCapacity
    /// Sessions open at once besides the default one; one more is refused with 429.
    public var maxSessions = EmulatorConfiguration().maxSessions
    /// What one session's scenario may cost in memory, estimated; a larger one is refused 400.
    public var maxScenarioBytes = EmulatorConfiguration().maxScenarioBytes
    /// Wall seconds after which an unused session is ended.
    public var sessionIdleTimeoutSeconds = Double(EmulatorConfiguration().sessionIdleTimeoutMilliseconds) / 1000
    /// Hosts a `callback_url` may name (`--callback-hosts`); loopback addresses and `localhost` by default.
    public var callbackHosts = EmulatorConfiguration().callbackHosts
    /// How long a task is kept after its URLs expire (a failed one: after it failed), seconds.
    public var taskRetentionSeconds = Double(StoreLimits().retentionMilliseconds) / 1000
    /// Tasks kept per session; past it the oldest settled ones are forgotten.
    public var maxTasks = StoreLimits().maxTasks
    /// Ledger entries kept per account (the latest).
    public var ledgerSize = StoreLimits().ledgerCapacity
    /// Host names served besides loopback names, IP literals, single-label names, the bound
    /// address and the `publicURL` host; `*` serves every `Host`.
    public var allowedHosts: [String] = []
    /// Threads drawing result images; nil = the number of cores.
    public var renderThreads: Int?
    /// Images drawn or queued at once; one more is answered 503 with Retry-After.
    public var maxPendingRenders = 256
    /// Bytes of encoded images kept in the media cache (least recently used go first).
    public var mediaCacheBytes = 256 << 20
    public var version = ReAPIEmulatorVersion.current
    /// Where request lines go at debug level and above (nil: nowhere).
    public var logger: Logger?

    public init() {}

    public init(scenario: ScenarioSource? = nil, clock: EmulatorClock.Mode? = nil, provider: Provider = .reapi) {
        self.scenario = scenario
        self.clock = clock
        self.provider = provider
    }
}

public enum ReAPIEmulatorVersion {
    public static let current = "0.1.0"
}
