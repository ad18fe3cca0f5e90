import EmulatorCore
import EmulatorHTTP
import EmulatorMedia
import Foundation
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
public final class Emulator: Sendable {
    public let app: EmulatorApp
    let server: HTTPServer
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
        let (scenario, source, text) = try options.scenario.map(ScenarioFiles.resolve) ?? (Scenario.empty, "none", nil)
        let renderer = ImageRenderer()
        let holder = AppHolder(logger: options.logger)
        var serverConfiguration = ServerConfiguration()
        serverConfiguration.host = options.host
        serverConfiguration.port = options.port
        serverConfiguration.threads = options.threads ?? ProcessInfo.processInfo.activeProcessorCount
        serverConfiguration.maxBodyBytes = options.maxBodyBytes
        serverConfiguration.connectionLimit = options.connectionLimit
        serverConfiguration.connectionTimeoutSeconds = options.connectionTimeoutSeconds
        // The listener starts first so the real port is known for the media URLs; a request
        // arriving in the microseconds before the app is attached gets a 503.
        server = try HTTPServer(configuration: serverConfiguration) { request in holder.reply(to: request) }
        let displayHost = options.host == "0.0.0.0" ? "127.0.0.1" : options.host
        baseURL = "http://\(displayHost):\(server.port)"

        var configuration = EmulatorConfiguration(provider: options.provider,
                                                  publicURL: Self.trimmed(options.publicURL ?? baseURL))
        configuration.version = options.version
        configuration.adminToken = options.adminToken
        configuration.journalCapacity = options.journalCapacity
        do {
            app = try EmulatorApp(
                configuration: configuration, scenario: scenario, scenarioSource: source, scenarioText: text,
                clockOverride: .init(mode: options.clock, timeScale: options.timeScale, seed: options.seed),
                validator: try ModelCatalog.builtIn()
            ) { image in
                try renderer.image(for: ImageSpec(width: image.width, height: image.height, format: image.format == .png ? .png : .jpeg,
                                                  lines: image.lines, seed: image.seed))
            }
        } catch {
            server.stop()
            throw error
        }
        holder.attach(app)
    }

    /// The port the listener is bound to.
    public var port: UInt16 { server.port }

    /// Tasks, ledger, journal, rule counters and clock back to the scenario's start.
    public func reset() { _ = app.reset() }

    /// Stops accepting, answers held connections, and joins the worker threads. Calling it
    /// again does nothing.
    public func stop() {
        server.stop()
        app.clock.fireAll()
    }

    private static func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}

