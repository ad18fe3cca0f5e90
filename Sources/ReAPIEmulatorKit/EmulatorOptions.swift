import EmulatorCore
import Foundation
import Logging

/// Where a scenario comes from.
public enum ScenarioSource: Sendable {
    /// A YAML or JSON file.
    case file(URL)
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
    /// nil: the scenario's `seed`, else 0.
    public var seed: UInt64?
    /// Base of the media URLs handed out; nil = the listening URL.
    public var publicURL: String?
    /// libmicrohttpd worker threads; nil = the number of cores.
    public var threads: Int?
    /// Bearer token the control API requires; nil = open.
    public var adminToken: String?
    /// Request bodies above this get 413.
    public var maxBodyBytes = 1 << 20
    public var connectionLimit = 1024
    public var connectionTimeoutSeconds = 60
    public var journalCapacity = 1000
    /// Sessions open at once besides the default one; one more is refused with 429.
    public var maxSessions = 256
    /// Wall seconds after which an unused session is ended.
    public var sessionIdleTimeoutSeconds: Double = 3600
    /// How long a task is kept after its URLs expire (a failed one: after it failed), seconds.
    public var taskRetentionSeconds: Double = 7 * 86_400
    /// Tasks kept per session; past it the oldest settled ones are forgotten.
    public var maxTasks = 1_000_000
    /// Ledger entries kept per account (the latest).
    public var ledgerSize = 1000
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
