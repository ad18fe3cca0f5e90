import Foundation
import Testing

/// `reapi-emulator healthcheck`: the container image's HEALTHCHECK, run as the built binary.
/// Its "within 2 s" is timed against the same run's bare start and exit of the binary (`--help`),
/// so a loaded machine, slow to start a debug binary, does not count against it; HealthProbeTests
/// times the probe's deadline itself.
@Suite("healthcheck command")
struct HealthcheckCommandTests {
    /// Seconds for the binary to start, print its help and exit, right now.
    static func startAndExit() async throws -> Double {
        let run = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--help"])
        #expect(run.status == 0)
        return run.seconds
    }

    @Test("exits 0 and says healthy against a running emulator")
    func healthy() async throws {
        let binary = try BuiltProducts.emulator()
        let server = try await ServerProcess.start(binary, ["--port", "0"])
        let check = try await ChildProcess.run(binary.path, ["healthcheck", "--url", server.baseURL])
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.stdout == "healthy: \(server.baseURL)\n")
        #expect(try await server.terminate() == 0)
    }

    @Test("without --url it probes REAPI_EMULATOR_HOST:REAPI_EMULATOR_PORT, 0.0.0.0 on loopback")
    func defaultsFromEnvironment() async throws {
        let binary = try BuiltProducts.emulator()
        let server = try await ServerProcess.start(binary, environment: ["REAPI_EMULATOR_HOST": "0.0.0.0", "REAPI_EMULATOR_PORT": "0"])
        let environment = ["REAPI_EMULATOR_HOST": "0.0.0.0", "REAPI_EMULATOR_PORT": "\(server.port)"]
        let check = try await ChildProcess.run(binary.path, ["healthcheck"], environment: environment)
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.stdout == "healthy: http://127.0.0.1:\(server.port)\n")
        #expect(try await server.terminate() == 0)
    }

    @Test("exits 1 within 2 s when nothing listens on the port")
    func nothingListening() async throws {
        let port = try TestListener.closedPort()
        let baseline = try await Self.startAndExit()
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(port)"])
        #expect(check.status == 1)
        #expect(check.seconds - baseline < 2)
        #expect(check.stderr == "reapi-emulator: error: unhealthy: http://127.0.0.1:\(port): connection refused\n")
    }

    @Test("exits 1 within 2 s when the server accepts the connection but never answers")
    func silentServer() async throws {
        let listener = try TestListener()
        defer { listener.close() }
        let baseline = try await Self.startAndExit()
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(listener.port)"])
        #expect(check.status == 1)
        #expect(check.seconds > 1.4)
        #expect(check.seconds - baseline < 2)
        #expect(check.stderr.contains("timed out waiting for an answer"))
    }

    @Test("exits 1 when something else answers 200 without the health body")
    func foreignServer() async throws {
        let listener = try TestListener(answer: "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        defer { listener.close() }
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(listener.port)"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("health body does not say ok"))
    }

    @Test("a complete answer on a connection left open is healthy at once, not a timeout")
    func keepAliveServer() async throws {
        let body = #"{"status":"ok","version":"0.1.0","provider":"reapi","uptime_seconds":0}"#
        let listener = try TestListener(answer: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
        defer { listener.close() }
        // A long deadline: waiting for the close would take all of it and then fail.
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path,
                                               ["healthcheck", "--url", "http://127.0.0.1:\(listener.port)", "--timeout", "60"])
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.seconds < 30)   // at once, not at the 60 s deadline (loose: a loaded runner)
    }

    @Test("a port out of range is a one-line failure, not a crash")
    func portOutOfRange() async throws {
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:99999"])
        #expect(check.status == 1)
        #expect(check.stderr == "reapi-emulator: error: unhealthy: http://127.0.0.1:99999: port must be 1-65535\n")
    }
}
