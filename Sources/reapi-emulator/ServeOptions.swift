import EmulatorCore
import ReAPIEmulatorKit

/// `serve`'s options as data: name and help, with the defaults the help prints taken from
/// `EmulatorOptions` (the CLI's port is its one choice). None has a parser default: an absent
/// option falls back to `REAPI_EMULATOR_<OPTION>`, then to `EmulatorOptions`.
extension ServeCommand {
    static let defaults = EmulatorOptions()
    static let defaultPort: UInt16 = 8080
    static func duration(_ seconds: Double) -> String { DurationText.format(Int64((seconds * 1000).rounded())) }

    enum Options {
        static let host = OptionSpec("host", help: "IPv4 address to bind. (default: \(defaults.host))")
        static let port = OptionSpec("port", help: "Port; 0 picks a free one. (default: \(defaultPort))")
        static let provider = OptionSpec("provider", help: "API dialect: reapi | apiinone. (default: reapi)")
        static let scenario = OptionSpec("scenario", value: "file", help: "Scenario file (YAML or JSON).")
        static let clock = OptionSpec("clock", help: "Clock: real | virtual. (default: the scenario's, else real)")
        static let timeScale = OptionSpec("time-scale", value: "factor", help: "Speed of the real clock (60 = one emulated hour a minute). (default: 1)")
        static let seed = OptionSpec("seed", help: "Seed for task ids, durations and request ids. (default: the scenario's, else drawn at random and logged at start)")
        static let publicURL = OptionSpec("public-url", value: "url", help: "Base of the media URLs handed out. (default: the listening URL)")
        static let threads = OptionSpec("threads", value: "count", help: "Worker threads. (default: the number of cores)")
        static let adminToken = OptionSpec("admin-token", value: "token", help: "Bearer token the control API requires. (default: none)")
        static let maxBodyBytes = OptionSpec("max-body-bytes", value: "bytes", help: "Largest request body; larger gets 413. (default: \(defaults.maxBodyBytes))")
        static let journalSize = OptionSpec("journal-size", value: "count", help: "Requests kept in the journal. (default: \(defaults.journalCapacity))")
        static let maxSessions = OptionSpec("max-sessions", value: "count", help: "Sessions open at once besides the default one. (default: \(defaults.maxSessions))")
        static let maxScenarioBytes = OptionSpec("max-scenario-bytes", value: "bytes", help: "Memory one session's scenario may take, estimated; a larger one is refused. (default: \(defaults.maxScenarioBytes))")
        static let sessionIdleTimeout = OptionSpec("session-idle-timeout", value: "duration", help: "Wall time after which an unused session is ended: 30s, 10m, 1h. (default: \(duration(defaults.sessionIdleTimeoutSeconds)))")
        static let taskRetention = OptionSpec("task-retention", value: "duration", help: "How long a task is kept after its URLs expire (a failed one: after it failed): 30m, 1d, 7d. (default: \(duration(defaults.taskRetentionSeconds)))")
        static let maxTasks = OptionSpec("max-tasks", value: "count", help: "Tasks kept per session; past it the oldest settled are forgotten. (default: \(defaults.maxTasks))")
        static let ledgerSize = OptionSpec("ledger-size", value: "count", help: "Ledger entries kept per account, the latest. (default: \(defaults.ledgerSize))")
        static let allowedHosts = OptionSpec("allowed-hosts", value: "hosts", help: "Extra Host names served, comma-separated; * serves every Host. (default: none)")
        static let renderThreads = OptionSpec("render-threads", value: "count", help: "Threads drawing result images. (default: the number of cores)")
        static let maxPendingRenders = OptionSpec("max-pending-renders", value: "count", help: "Images drawn or queued at once; one more is 503. (default: \(defaults.maxPendingRenders))")
        static let mediaCacheBytes = OptionSpec("media-cache-bytes", value: "bytes", help: "Bytes of encoded images kept in memory. (default: \(defaults.mediaCacheBytes))")
        static let callbackHosts = OptionSpec("callback-hosts", value: "hosts", help: "Hosts a callback_url may name, comma-separated; * for any. (default: \(defaults.callbackHosts.names.joined(separator: ",")))")
        static let maxConnections = OptionSpec("max-connections", value: "count", help: "Connections open at once for the provider API; health and control keep \(defaults.reservedConnections) more. (default: \(defaults.connectionLimit))")
        static let idleTimeout = OptionSpec("idle-timeout", value: "duration", help: "A connection silent this long is closed: 5s, 1m. (default: \(duration(Double(defaults.connectionTimeoutSeconds))))")
        static let requestTimeout = OptionSpec("request-timeout", value: "duration", help: "Wall time for a request to arrive whole after its connection opened or answered the previous one. (default: \(duration(defaults.requestReadTimeoutSeconds)))")
        static let maxHold = OptionSpec("max-hold", value: "duration", help: "Wall time after which a held answer (scripted latency) is sent whatever the clock says. (default: \(duration(defaults.maxHoldSeconds)))")
        static let report = OptionSpec("report", value: "file", help: "Write the coverage and client-behaviour report here at shutdown: FILE.json or FILE.md. (default: none)")
        static let logLevel = OptionSpec("log-level", value: "level", help: "trace | debug | info | notice | warning | error | critical. (default: info)")
        static let logFormat = OptionSpec("log-format", value: "format", help: "text | json. (default: text)")

        /// In the order `serve --help` lists them.
        static let all = [
            host, port, provider, scenario, clock, timeScale, seed, publicURL, threads, adminToken, maxBodyBytes,
            journalSize, maxSessions, maxScenarioBytes, sessionIdleTimeout, taskRetention, maxTasks, ledgerSize,
            allowedHosts, renderThreads, maxPendingRenders, mediaCacheBytes, callbackHosts, maxConnections,
            idleTimeout, requestTimeout, maxHold, report, logLevel, logFormat,
        ]
    }
}
