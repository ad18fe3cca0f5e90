import Foundation
import Testing

/// `reapi-emulator healthcheck`: the container image's HEALTHCHECK, run as the built binary.
@Suite("healthcheck command")
struct HealthcheckCommandTests {
    @Test("exits 0 and says healthy against a running emulator")
    func healthy() async throws {
        let binary = try BuiltProducts.emulator()
        let server = try await ServerProcess.start(binary, ["--port", "0"])
        let check = try await ChildProcess.run(binary.path, ["healthcheck", "--url", server.baseURL])
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.stdout == "healthy: \(server.baseURL)\n")
        #expect(check.seconds < 2)
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
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(port)"])
        #expect(check.status == 1)
        #expect(check.seconds < 2)
        #expect(check.stderr == "reapi-emulator: error: unhealthy: http://127.0.0.1:\(port): connection refused\n")
    }

    @Test("exits 1 within 2 s when the server accepts the connection but never answers")
    func silentServer() async throws {
        let listener = try TestListener()
        defer { listener.close() }
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(listener.port)"])
        #expect(check.status == 1)
        #expect(check.seconds < 2)
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
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:\(listener.port)"])
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.seconds < 1)
    }

    @Test("a port out of range is a one-line failure, not a crash")
    func portOutOfRange() async throws {
        let check = try await ChildProcess.run(try BuiltProducts.emulator().path, ["healthcheck", "--url", "http://127.0.0.1:99999"])
        #expect(check.status == 1)
        #expect(check.stderr == "reapi-emulator: error: unhealthy: http://127.0.0.1:99999: port must be 1-65535\n")
    }
}
