import EmulatorCore
import EmulatorHTTP
import EmulatorMedia
import Logging

/// A running emulator: the core behind a libmicrohttpd listener, with media rendering.
///
/// Many can run in one process at once; each has its own state, clock and port, and
/// nothing is shared between them. docs/embedding.md shows it inside XCTest and Swift Testing.
/// ```swift
/// let emu = try Emulator.start(clock: .virtual)
/// defer { emu.stop() }
/// // point the client at emu.baseURL, then: emu.advance(by: .seconds(3600))
/// ```
public final class Emulator: SessionControls, Sendable {
    public let app: EmulatorApp
    let server: HTTPServer
    let renders: RenderPool
    let trimmer: MemoryTrimmer
    let callbacks: CallbackDelivery
    /// `http://HOST:PORT` of the listener (the real port when 0 was asked).
    public let baseURL: String

    /// Starts a listener on a free loopback port and returns once it accepts connections.
    public static func start(scenario: ScenarioSource? = nil, clock: EmulatorClock.Mode? = nil,
                             provider: Provider = .reapi) throws -> Emulator {
        try Emulator(options: EmulatorOptions(scenario: scenario, clock: clock, provider: provider))
    }

    /// Starts a listener with every option spelled out.
    public static func start(_ options: EmulatorOptions) throws -> Emulator {
        try Emulator(options: options)
    }

    init(options: EmulatorOptions) throws {
        try StartError.checkAdminToken(options.adminToken)
        let (scenario, source, text) = try options.scenario.map(ScenarioFiles.resolve) ?? (Scenario.empty, "none", nil)
        // Bind first: the port is known before the app is made, and the app exists before
        // the first request can be read, so nothing is ever served half-built.
        let listener = try Listener(host: options.host, port: options.port,
                                    backlog: Int32(clamping: min(max(1024, options.connectionLimit), 65_535)))
        let displayHost = options.host == "0.0.0.0" ? "127.0.0.1" : options.host
        baseURL = "http://\(displayHost):\(listener.port)"

        var configuration = EmulatorConfiguration(provider: options.provider,
                                                  publicURL: Self.trimmed(options.publicURL ?? baseURL))
        configuration.version = options.version
        // Without `seed` (here or in the scenario) the run draws one; `session.seed` shows it.
        configuration.seed = RunSeed.random()
        configuration.adminToken = options.adminToken
        configuration.journalCapacity = options.journalCapacity
        configuration.maxSessions = options.maxSessions
        configuration.maxScenarioBytes = options.maxScenarioBytes
        configuration.sessionIdleTimeoutMilliseconds = Int64(options.sessionIdleTimeoutSeconds * 1000)
        configuration.limits.retentionMilliseconds = Int64(min(options.taskRetentionSeconds, 1e12) * 1000)
        configuration.limits.maxTasks = options.maxTasks
        configuration.limits.ledgerCapacity = options.ledgerSize
        configuration.access.allowedHosts = options.allowedHosts.map { $0.lowercased() }
        configuration.access.boundHost = options.host
        configuration.access.listenPort = Int(listener.port)
        configuration.maxPendingRenders = options.maxPendingRenders
        configuration.callbackHosts = options.callbackHosts
        let renderer = ImageRenderer(cacheLimitBytes: options.mediaCacheBytes)
        let callbacks = CallbackDelivery()
        self.callbacks = callbacks
        app = try EmulatorApp(
            configuration: configuration, scenario: scenario, scenarioSource: source, scenarioText: text,
            overrides: ClockOverrides(mode: options.clock, timeScale: options.timeScale, seed: options.seed),
            validator: try ModelCatalog.builtIn(),
            renderImage: { image in try renderer.image(for: image) },
            cachedImage: { image in renderer.cachedImage(for: image) },
            callbackSender: callbacks)
        renders = RenderPool(threads: options.renderThreads ?? ProcessorCount.available)
        trimmer = MemoryTrimmer(app: app)

        var serverConfiguration = ServerConfiguration()
        serverConfiguration.threads = options.threads ?? ProcessorCount.available
        serverConfiguration.maxBodyBytes = options.maxBodyBytes
        serverConfiguration.connectionLimit = options.connectionLimit
        serverConfiguration.reservedConnections = options.reservedConnections
        serverConfiguration.isReserved = AnswerDelivery.isControlPath
        serverConfiguration.connectionTimeoutSeconds = options.connectionTimeoutSeconds
        serverConfiguration.requestReadTimeoutSeconds = options.requestReadTimeoutSeconds
        serverConfiguration.maxHoldSeconds = options.maxHoldSeconds
        serverConfiguration.drainSeconds = options.drainSeconds
        let delivery = AnswerDelivery(app: app, logger: options.logger, renders: renders)
        let app = self.app
        server = try HTTPServer(listener: listener, configuration: serverConfiguration,
                                refuse: { app.refusal(status: $0.status, message: $0.message, retryAfterSeconds: $0.retryAfterSeconds) },
                                handler: { delivery.reply(to: $0) })
        let renderThreads = renders.threads
        app.metrics.addGauges { [weak server] in
            [EmulatorMetrics.Gauge(name: "reapi_emulator_connections_open", help: "Connections open.", value: server?.openConnections ?? 0),
             EmulatorMetrics.Gauge(name: "reapi_emulator_connections_held", help: "Connections held by a delayed answer or a render.",
                                   value: server?.suspendedConnections ?? 0),
             EmulatorMetrics.Gauge(name: "reapi_emulator_media_cache_bytes", help: "Bytes of encoded images cached.", value: renderer.cachedBytes),
             EmulatorMetrics.Gauge(name: "reapi_emulator_render_threads", help: "Threads drawing result images.", value: renderThreads)]
        }
    }

    /// The port the listener is bound to.
    public var port: UInt16 { server.port }

    /// The session the unprefixed routes address.
    public var session: Session { app.defaultSession }

    /// Opens an isolated session (its own clock, scenario, accounts, tasks, media and journal)
    /// served under `baseURL/sessions/<id>`; `end()` it when done.
    public func session(scenario: ScenarioSource? = nil, clock: EmulatorClock.Mode? = nil, seed: UInt64? = nil,
                        name: String? = nil) throws -> EmulatorSession {
        let (parsed, source, text) = try scenario.map(ScenarioFiles.resolve) ?? (Scenario.empty, "none", nil)
        let session = try app.sessions.open(scenario: parsed, source: source, text: text, name: name) { overrides in
            overrides.mode = clock ?? overrides.mode
            overrides.seed = seed ?? overrides.seed
        }
        return EmulatorSession(session: session, registry: app.sessions)
    }

    /// Stops accepting at once, answers held connections, answers 503 to any request that
    /// arrives on an open connection, waits for answers already handed out, and joins the
    /// worker threads. Calling it again does nothing.
    public func stop() {
        server.stop()
        renders.shutdown()
        callbacks.shutdown()
        trimmer.stop()
        app.defaultSession.clock.close()
        for session in app.sessions.all() { session.clock.close() }
    }

    private static func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
