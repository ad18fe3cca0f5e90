import ArgumentParser
import EmulatorCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPMessages
import Logging
import EmulatorHTTP
import ReAPIEmulatorKit

/// `reapi-emulator serve`: starts a listener and prints the ready line.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the emulator (the default command).",
        discussion: "Every option also reads REAPI_EMULATOR_<OPTION> (e.g. REAPI_EMULATOR_PORT); the flag wins.")

    /// The defaults the help prints: the options type's own (the CLI's port is its one choice).
    static let defaults = EmulatorOptions()
    static let defaultPort: UInt16 = 8080
    static func duration(_ seconds: Double) -> String { DurationText.format(Int64((seconds * 1000).rounded())) }

    @Option(help: "IPv4 address to bind. (default: \(Self.defaults.host))") var host: String?
    @Option(help: "Port; 0 picks a free one. (default: \(Self.defaultPort))") var port: String?
    @Option(help: "API dialect: reapi | apiinone. (default: reapi)") var provider: String?
    @Option(help: "Scenario file (YAML or JSON).") var scenario: String?
    @Option(help: "Clock: real | virtual. (default: the scenario's, else real)") var clock: String?
    @Option(name: .customLong("time-scale"), help: "Speed of the real clock (60 = one emulated hour a minute). (default: 1)") var timeScale: String?
    @Option(help: "Seed for task ids, durations and request ids. (default: the scenario's, else drawn at random and logged at start)") var seed: String?
    @Option(name: .customLong("public-url"), help: "Base of the media URLs handed out. (default: the listening URL)") var publicURL: String?
    @Option(help: "Worker threads. (default: the number of cores)") var threads: String?
    @Option(name: .customLong("admin-token"), help: "Bearer token the control API requires. (default: none)") var adminToken: String?
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body; larger gets 413. (default: \(Self.defaults.maxBodyBytes))") var maxBodyBytes: String?
    @Option(name: .customLong("journal-size"), help: "Requests kept in the journal. (default: \(Self.defaults.journalCapacity))") var journalSize: String?
    @Option(name: .customLong("max-sessions"), help: "Sessions open at once besides the default one. (default: \(Self.defaults.maxSessions))") var maxSessions: String?
    @Option(name: .customLong("max-scenario-bytes"), help: "Memory one session's scenario may take, estimated; a larger one is refused. (default: \(Self.defaults.maxScenarioBytes))") var maxScenarioBytes: String?
    @Option(name: .customLong("session-idle-timeout"), help: "Wall time after which an unused session is ended: 30s, 10m, 1h. (default: \(Self.duration(Self.defaults.sessionIdleTimeoutSeconds)))") var sessionIdleTimeout: String?
    @Option(name: .customLong("task-retention"), help: "How long a task is kept after its URLs expire (a failed one: after it failed): 30m, 1d, 7d. (default: \(Self.duration(Self.defaults.taskRetentionSeconds)))") var taskRetention: String?
    @Option(name: .customLong("max-tasks"), help: "Tasks kept per session; past it the oldest settled are forgotten. (default: \(Self.defaults.maxTasks))") var maxTasks: String?
    @Option(name: .customLong("ledger-size"), help: "Ledger entries kept per account, the latest. (default: \(Self.defaults.ledgerSize))") var ledgerSize: String?
    @Option(name: .customLong("allowed-hosts"), help: "Extra Host names served, comma-separated; * serves every Host. (default: none)") var allowedHosts: String?
    @Option(name: .customLong("render-threads"), help: "Threads drawing result images. (default: the number of cores)") var renderThreads: String?
    @Option(name: .customLong("max-pending-renders"), help: "Images drawn or queued at once; one more is 503. (default: \(Self.defaults.maxPendingRenders))") var maxPendingRenders: String?
    @Option(name: .customLong("media-cache-bytes"), help: "Bytes of encoded images kept in memory. (default: \(Self.defaults.mediaCacheBytes))") var mediaCacheBytes: String?
    @Option(name: .customLong("callback-hosts"), help: "Hosts a callback_url may name, comma-separated; * for any. (default: \(Self.defaults.callbackHosts.names.joined(separator: ",")))") var callbackHosts: String?
    @Option(name: .customLong("max-connections"), help: "Connections open at once for the provider API; health and control keep \(Self.defaults.reservedConnections) more. (default: \(Self.defaults.connectionLimit))") var maxConnections: String?
    @Option(name: .customLong("idle-timeout"), help: "A connection silent this long is closed: 5s, 1m. (default: \(Self.duration(Double(Self.defaults.connectionTimeoutSeconds))))") var idleTimeout: String?
    @Option(name: .customLong("request-timeout"), help: "Wall time for a request to arrive whole after its connection opened or answered the previous one. (default: \(Self.duration(Self.defaults.requestReadTimeoutSeconds)))") var requestTimeout: String?
    @Option(name: .customLong("max-hold"), help: "Wall time after which a held answer (scripted latency) is sent whatever the clock says. (default: \(Self.duration(Self.defaults.maxHoldSeconds)))") var maxHold: String?
    @Option(help: "Write the coverage and client-behaviour report here at shutdown: FILE.json or FILE.md. (default: none)") var report: String?
    @Option(name: .customLong("log-level"), help: "trace | debug | info | notice | warning | error | critical. (default: info)") var logLevel: String?
    @Option(name: .customLong("log-format"), help: "text | json. (default: text)") var logFormat: String?

    func run() throws {
        do {
            try StartError.checkAddressSpace()
        } catch {
            throw CLIError("\(error)")
        }
        let env = EnvironmentFallback()
        var options = EmulatorOptions()
        options.host = env.string("host", host) ?? "127.0.0.1"
        options.port = try env.value("port", port, parse: { UInt16($0) }, expected: "a port number 0-65535") ?? Self.defaultPort
        options.provider = try env.value("provider", provider, parse: { Provider(rawValue: $0) }, expected: "reapi or apiinone") ?? .reapi
        options.clock = try env.value("clock", clock, parse: { EmulatorClock.Mode(rawValue: $0) }, expected: "real or virtual")
        options.timeScale = try env.value("time-scale", timeScale, parse: { Double($0).flatMap { EmulatorClock.timeScaleRange.contains($0) ? $0 : nil } }, expected: "a number \(EmulatorClock.timeScaleRangeText)")
        options.seed = try env.value("seed", seed, parse: { UInt64($0) }, expected: "a non-negative integer")
        options.publicURL = try env.value("public-url", publicURL, parse: Self.parseURL, expected: "an http(s) URL such as http://emulator:8080")
        options.threads = try env.value("threads", threads, parse: { Int($0).flatMap { (1...256).contains($0) ? $0 : nil } }, expected: "1-256")
        // An empty variable is not "unset" here: an unset CI secret must not open the control API.
        options.adminToken = adminToken ?? env.environment[EnvironmentFallback.variable(for: "admin-token")]
        options.maxBodyBytes = try env.value("max-body-bytes", maxBodyBytes, parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expected: "a positive byte count") ?? options.maxBodyBytes
        options.journalCapacity = try env.value("journal-size", journalSize, parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expected: "a positive count") ?? options.journalCapacity
        options.maxSessions = try env.value("max-sessions", maxSessions, parse: { Int($0).flatMap { (0...100_000).contains($0) ? $0 : nil } }, expected: "a count from 0 to 100000") ?? options.maxSessions
        options.maxScenarioBytes = try env.value("max-scenario-bytes", maxScenarioBytes, parse: { Int($0).flatMap { $0 >= 1 << 20 ? $0 : nil } }, expected: "a byte count of at least 1048576") ?? options.maxScenarioBytes
        options.sessionIdleTimeoutSeconds = try env.value("session-idle-timeout", sessionIdleTimeout, parse: { DurationText.parse($0).flatMap { $0 > 0 ? Double($0) / 1000 : nil } }, expected: "a duration such as 30s, 10m or 1h") ?? options.sessionIdleTimeoutSeconds
        options.taskRetentionSeconds = try env.value("task-retention", taskRetention, parse: { DurationText.parse($0).flatMap { $0 >= 0 ? Double($0) / 1000 : nil } }, expected: "a duration such as 30m, 1d or 7d") ?? options.taskRetentionSeconds
        options.maxTasks = try env.value("max-tasks", maxTasks, parse: { Int($0).flatMap { StoreLimits.maxTasksRange.contains($0) ? $0 : nil } }, expected: "a count from 1 to 100000000") ?? options.maxTasks
        options.ledgerSize = try env.value("ledger-size", ledgerSize, parse: { Int($0).flatMap { StoreLimits.ledgerSizeRange.contains($0) ? $0 : nil } }, expected: "a count from 1 to 1000000") ?? options.ledgerSize
        options.allowedHosts = try env.value("allowed-hosts", allowedHosts, parse: Self.parseHosts, expected: "host names separated by commas, or *") ?? []
        options.renderThreads = try env.value("render-threads", renderThreads, parse: { Int($0).flatMap { (1...256).contains($0) ? $0 : nil } }, expected: "1-256")
        options.maxPendingRenders = try env.value("max-pending-renders", maxPendingRenders, parse: { Int($0).flatMap { (1...100_000).contains($0) ? $0 : nil } }, expected: "a count from 1 to 100000") ?? options.maxPendingRenders
        options.mediaCacheBytes = try env.value("media-cache-bytes", mediaCacheBytes, parse: { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "a byte count >= 0") ?? options.mediaCacheBytes
        options.callbackHosts = try env.value("callback-hosts", callbackHosts, parse: { CallbackHosts(list: $0) }, expected: "host names or addresses separated by commas, or *") ?? options.callbackHosts
        options.connectionLimit = try env.value("max-connections", maxConnections, parse: { Int($0).flatMap { (1...1_000_000).contains($0) ? $0 : nil } }, expected: "a count from 1 to 1000000") ?? options.connectionLimit
        let seconds = { (text: String) in DurationText.parse(text).flatMap { $0 > 0 && $0 <= 86_400_000 ? Double($0) / 1000 : nil } }
        options.connectionTimeoutSeconds = try env.value("idle-timeout", idleTimeout, parse: { seconds($0).map { max(1, Int($0.rounded(.up))) } }, expected: "a duration such as 5s or 1m (whole seconds, at most 1d)") ?? options.connectionTimeoutSeconds
        options.requestReadTimeoutSeconds = try env.value("request-timeout", requestTimeout, parse: seconds, expected: "a duration such as 10s or 1m (at most 1d)") ?? options.requestReadTimeoutSeconds
        options.maxHoldSeconds = try env.value("max-hold", maxHold, parse: seconds, expected: "a duration such as 60s or 10m (at most 1d)") ?? options.maxHoldSeconds
        let level = try env.value("log-level", logLevel, parse: { Logger.Level(rawValue: $0) }, expected: "trace, debug, info, notice, warning, error or critical") ?? .info
        let format = try env.value("log-format", logFormat, parse: { LogFormat(rawValue: $0) }, expected: "text or json") ?? .text
        if let path = env.string("scenario", scenario) {
            options.scenario = .file(path)
        }
        let reportFile = try ReportFile(path: env.string("report", report))
        let logger = StderrLogHandler.logger(level: level, format: format)
        options.logger = logger

        // Raised before serving (the limit must fit before connections arrive), reported once
        // serving started (a refused start prints its one error line and nothing else).
        let files = OpenFileLimit.raise(toward: options.connectionLimit + options.reservedConnections + OpenFileLimit.overhead)
        let asked = options.connectionLimit
        if let files {
            options.connectionLimit = min(asked, OpenFileLimit.connections(fitting: files.after, reserved: options.reservedConnections))
        }

        TerminationSignals.install()
        let emulator: Emulator
        do {
            emulator = try Emulator.start(options)
        } catch let error as ScenarioError {
            // Every problem on its own line, then the one-line verdict.
            for problem in error.problems { Console.error("\(error.source): \(problem)\n") }
            throw CLIError("invalid scenario \(error.source): \(error.problems.count) problem(s)")
        } catch {
            throw CLIError("\(error)")
        }
        try reportFile?.start(emulator)
        // Exactly one line on stdout, unbuffered (Console writes straight to the fd).
        Console.out("reapi-emulator listening on http://\(options.host):\(emulator.port)\n")
        if let files {
            let metadata: Logger.Metadata = ["before": "\(files.before)", "now": "\(files.after)", "hard_limit": "\(files.hard)",
                                             "max_connections": "\(options.connectionLimit)"]
            if options.connectionLimit < asked {
                logger.warning("the open-file limit allows fewer connections than --max-connections \(asked)", metadata: metadata)
            } else if files.after > files.before {
                logger.info("raised the open-file limit", metadata: metadata)
            } else {
                logger.debug("open-file limit", metadata: metadata)
            }
        }
        logger.info("started", metadata: ["provider": "\(options.provider.rawValue)", "clock": "\(emulator.session.clock.mode.rawValue)",
                                          "seed": "\(emulator.session.seed)",
                                          "public_url": "\(emulator.app.configuration.publicURL)"])
        TerminationSignals.wait()
        emulator.stop()
        try reportFile?.write(emulator)
        logger.info("stopped")
    }

    /// `a.example,b.example` or `*`: lower-cased names without ports.
    static func parseHosts(_ text: String) -> [String]? {
        let hosts = text.split(separator: ",").map { $0.trimmingBlanks().lowercased() }
        guard !hosts.isEmpty, hosts.allSatisfy({ $0 == "*" || (!$0.isEmpty && !$0.contains(":") && !$0.contains("/") && !$0.contains(" ")) })
        else { return nil }
        return hosts
    }

    static func parseURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else { return nil }
        return text
    }
}
