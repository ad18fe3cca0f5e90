import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReAPIEmulatorKit

/// `reapi-emulator healthcheck`: exits 0 when `/_emulator/health` answers ok, 1 otherwise,
/// within 2 s. Lets a container image check itself without curl.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Probe a running emulator's /_emulator/health; exit 0 if healthy, 1 if not.",
        discussion: "Without --url it probes the address `serve` would bind with the same environment (0.0.0.0 is probed on 127.0.0.1).")

    @Option(help: "Base URL of the emulator. (default: http://REAPI_EMULATOR_HOST:REAPI_EMULATOR_PORT, else http://127.0.0.1:8080)")
    var url: String?

    // 1.5 s for the probe leaves room for process start and exit inside the 2 s promise.
    @Option(name: .customLong("timeout"), help: "Seconds to wait for the answer.") var timeout: Double = 1.5

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a number of seconds > 0, e.g. --timeout 1.5") }
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
        if let url = env.string("url", flag) { return url }
        var host = env.string("host", nil) ?? "127.0.0.1"
        // A wildcard bind is reachable on loopback; the probe runs beside the server.
        if host == "0.0.0.0" { host = "127.0.0.1" }
        return "http://\(host):\(env.string("port", nil) ?? "8080")"
    }
}
