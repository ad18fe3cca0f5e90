import EmulatorCore
import EmulatorHTTP
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
    // The defaults below are the layers' own: each is defined once, where it is used.
    /// Request bodies above this get 413.
    public var maxBodyBytes = ServerConfiguration().maxBodyBytes
    public var connectionLimit = ServerConfiguration().connectionLimit
    public var connectionTimeoutSeconds = ServerConfiguration().connectionTimeoutSeconds
    public var journalCapacity = EmulatorConfiguration().journalCapacity
    /// Sessions open at once besides the default one; one more is refused with 429.
    public var maxSessions = EmulatorConfiguration().maxSessions
    /// Wall seconds after which an unused session is ended.
    public var sessionIdleTimeoutSeconds = Double(EmulatorConfiguration().sessionIdleTimeoutMilliseconds) / 1000
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
