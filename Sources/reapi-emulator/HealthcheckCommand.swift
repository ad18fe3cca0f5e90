import ArgumentParser
import Foundation
import ReAPIEmulatorKit

/// `reapi-emulator healthcheck`: exits 0 when `/_emulator/health` answers ok within 2 s.
/// Lets a container image check itself without curl.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Probe a running emulator's /_emulator/health; exit 0 if healthy, 1 if not.")

    @Option(help: "Base URL of the emulator. (default: http://REAPI_EMULATOR_HOST:REAPI_EMULATOR_PORT, else http://127.0.0.1:8080)")
    var url: String?

    @Option(name: .customLong("timeout"), help: "Seconds to wait. (default: 2)") var timeout: Double = 2

    func run() throws {
        let env = EnvironmentFallback()
        let base: String
        if let url = env.string("url", url) {
            base = url
        } else {
            var host = env.string("host", nil) ?? "127.0.0.1"
            if host == "0.0.0.0" { host = "127.0.0.1" }
            base = "http://\(host):\(env.string("port", nil) ?? "8080")"
        }
        switch HealthProbe.check(baseURL: base, timeoutSeconds: timeout) {
        case .healthy:
            print("healthy: \(base)")
        case .unhealthy(let reason):
            FileHandle.standardError.write(Data("unhealthy: \(base): \(reason)\n".utf8))
            throw ExitCode(1)
        }
    }
}
