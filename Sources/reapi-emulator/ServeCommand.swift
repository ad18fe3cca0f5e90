import EmulatorCore
import HTTPMessages
import Logging
import EmulatorHTTP
import ReAPIEmulatorKit

/// `reapi-emulator serve`: starts a listener and prints the ready line.
struct ServeCommand: Command {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "Start the emulator (the default command).",
        discussion: "Every option also reads REAPI_EMULATOR_<OPTION> (e.g. REAPI_EMULATOR_PORT); the flag wins.",
        options: Options.all)

    let arguments: ArgumentList
    init(_ arguments: ArgumentList) { self.arguments = arguments }

    func run() throws {
        do {
            try StartError.checkAddressSpace()
        } catch {
            throw CLIError("\(error)")
        }
        let env = EnvironmentFallback()
        var options = EmulatorOptions()
        options.host = env.string(Options.host, arguments) ?? "127.0.0.1"
        options.port = try env.value(Options.port, arguments, parse: { UInt16($0) }, expected: "a port number 0-65535") ?? Self.defaultPort
        options.provider = try env.value(Options.provider, arguments, parse: { Provider(rawValue: $0) }, expected: "reapi or apiinone") ?? .reapi
        options.clock = try env.value(Options.clock, arguments, parse: { EmulatorClock.Mode(rawValue: $0) }, expected: "real or virtual")
        options.timeScale = try env.value(Options.timeScale, arguments, parse: { Double($0).flatMap { EmulatorClock.timeScaleRange.contains($0) ? $0 : nil } }, expected: "a number \(EmulatorClock.timeScaleRangeText)")
        options.seed = try env.value(Options.seed, arguments, parse: { UInt64($0) }, expected: "a non-negative integer")
        options.publicURL = try env.value(Options.publicURL, arguments, parse: Self.parseURL, expected: "an http(s) URL such as http://emulator:8080")
        options.threads = try env.value(Options.threads, arguments, parse: { Int($0).flatMap { (1...256).contains($0) ? $0 : nil } }, expected: "1-256")
        // An empty variable is not "unset" here: an unset CI secret must not open the control API.
        options.adminToken = arguments.value(Options.adminToken) ?? env.environment[EnvironmentFallback.variable(for: Options.adminToken.name)]
        options.maxBodyBytes = try env.value(Options.maxBodyBytes, arguments, parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expected: "a positive byte count") ?? options.maxBodyBytes
        options.journalCapacity = try env.value(Options.journalSize, arguments, parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expected: "a positive count") ?? options.journalCapacity
        options.maxSessions = try env.value(Options.maxSessions, arguments, parse: { Int($0).flatMap { (0...100_000).contains($0) ? $0 : nil } }, expected: "a count from 0 to 100000") ?? options.maxSessions
        options.maxScenarioBytes = try env.value(Options.maxScenarioBytes, arguments, parse: { Int($0).flatMap { $0 >= 1 << 20 ? $0 : nil } }, expected: "a byte count of at least 1048576") ?? options.maxScenarioBytes
        options.sessionIdleTimeoutSeconds = try env.value(Options.sessionIdleTimeout, arguments, parse: { DurationText.parse($0).flatMap { $0 > 0 ? Double($0) / 1000 : nil } }, expected: "a duration such as 30s, 10m or 1h") ?? options.sessionIdleTimeoutSeconds
        options.taskRetentionSeconds = try env.value(Options.taskRetention, arguments, parse: { DurationText.parse($0).flatMap { $0 >= 0 ? Double($0) / 1000 : nil } }, expected: "a duration such as 30m, 1d or 7d") ?? options.taskRetentionSeconds
        options.maxTasks = try env.value(Options.maxTasks, arguments, parse: { Int($0).flatMap { StoreLimits.maxTasksRange.contains($0) ? $0 : nil } }, expected: "a count from 1 to 100000000") ?? options.maxTasks
        options.ledgerSize = try env.value(Options.ledgerSize, arguments, parse: { Int($0).flatMap { StoreLimits.ledgerSizeRange.contains($0) ? $0 : nil } }, expected: "a count from 1 to 1000000") ?? options.ledgerSize
        options.allowedHosts = try env.value(Options.allowedHosts, arguments, parse: Self.parseHosts, expected: "host names separated by commas, or *") ?? []
        options.renderThreads = try env.value(Options.renderThreads, arguments, parse: { Int($0).flatMap { (1...256).contains($0) ? $0 : nil } }, expected: "1-256")
        options.maxPendingRenders = try env.value(Options.maxPendingRenders, arguments, parse: { Int($0).flatMap { (1...100_000).contains($0) ? $0 : nil } }, expected: "a count from 1 to 100000") ?? options.maxPendingRenders
        options.mediaCacheBytes = try env.value(Options.mediaCacheBytes, arguments, parse: { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "a byte count >= 0") ?? options.mediaCacheBytes
        options.callbackHosts = try env.value(Options.callbackHosts, arguments, parse: { CallbackHosts(list: $0) }, expected: "host names or addresses separated by commas, or *") ?? options.callbackHosts
        options.connectionLimit = try env.value(Options.maxConnections, arguments, parse: { Int($0).flatMap { (1...1_000_000).contains($0) ? $0 : nil } }, expected: "a count from 1 to 1000000") ?? options.connectionLimit
        let seconds = { (text: String) in DurationText.parse(text).flatMap { $0 > 0 && $0 <= 86_400_000 ? Double($0) / 1000 : nil } }
        options.connectionTimeoutSeconds = try env.value(Options.idleTimeout, arguments, parse: { seconds($0).map { max(1, Int($0.rounded(.up))) } }, expected: "a duration such as 5s or 1m (whole seconds, at most 1d)") ?? options.connectionTimeoutSeconds
        options.requestReadTimeoutSeconds = try env.value(Options.requestTimeout, arguments, parse: seconds, expected: "a duration such as 10s or 1m (at most 1d)") ?? options.requestReadTimeoutSeconds
        options.maxHoldSeconds = try env.value(Options.maxHold, arguments, parse: seconds, expected: "a duration such as 60s or 10m (at most 1d)") ?? options.maxHoldSeconds
        let level = try env.value(Options.logLevel, arguments, parse: { Logger.Level(rawValue: $0) }, expected: "trace, debug, info, notice, warning, error or critical") ?? .info
        let format = try env.value(Options.logFormat, arguments, parse: { LogFormat(rawValue: $0) }, expected: "text or json") ?? .text
        if let path = env.string(Options.scenario, arguments) {
            options.scenario = .file(path)
        }
        let reportFile = try ReportFile(path: env.string(Options.report, arguments))
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
        do {
            try reportFile?.start(emulator)
        } catch {
            // Refused before anything was served: the listener closes before the process exits.
            emulator.stop()
            throw error
        }
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

    static func parseURL(_ text: String) -> String? { AbsoluteURL(text)?.hasValidPort == true ? text : nil }
}
