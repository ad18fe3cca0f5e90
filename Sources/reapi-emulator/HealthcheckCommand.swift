import ReAPIEmulatorKit

/// `reapi-emulator healthcheck`: exits 0 when `/_emulator/health` answers ok, 1 otherwise,
/// within 2 s. Lets a container image check itself without curl.
struct HealthcheckCommand: Command {
    enum Options {
        static let url = OptionSpec("url", help: "Base URL of the emulator. (default: http://REAPI_EMULATOR_HOST:REAPI_EMULATOR_PORT, else http://127.0.0.1:8080)")
        // 1.5 s for the probe leaves room for process start and exit inside the 2 s promise.
        static let timeout = OptionSpec("timeout", value: "seconds", help: "Seconds to wait for the answer.", default: "1.5")
    }

    static let spec = CommandSpec(
        name: "healthcheck",
        abstract: "Probe a running emulator's /_emulator/health; exit 0 if healthy, 1 if not.",
        discussion: "Without --url it probes the address `serve` would bind with the same environment (0.0.0.0 is probed on 127.0.0.1).",
        options: [Options.url, Options.timeout])

    let url: String?
    let timeout: Double

    init(_ arguments: ArgumentList) throws(UsageError) {
        url = arguments.value(Options.url)
        timeout = try arguments.required(Options.timeout, parse: SharedOptions.positiveSeconds, expected: "a number of seconds > 0, e.g. 1.5")
    }

    func run() throws {
        let base = Self.baseURL(flag: url, environment: EnvironmentFallback())
        switch HealthProbe.check(baseURL: base, timeoutSeconds: timeout) {
        case .healthy:
            print("healthy: \(base)")
        case .unhealthy(let reason):
            // One line on stderr (`reapi-emulator: error: unhealthy: …`), exit 1.
            throw CLIError("unhealthy: \(base): \(reason)")
        }
    }

    /// `--url`, else `REAPI_EMULATOR_URL`, else the host and port `serve` reads from the environment.
    static func baseURL(flag: String?, environment env: EnvironmentFallback) -> String {
        if let url = env.string(Options.url.name, flag) { return url }
        var host = env.string(ServeCommand.Options.host.name, nil) ?? "127.0.0.1"
        // A wildcard bind is reachable on loopback; the probe runs beside the server.
        if host == "0.0.0.0" { host = "127.0.0.1" }
        return "http://\(host):\(env.string(ServeCommand.Options.port.name, nil) ?? "8080")"
    }
}
