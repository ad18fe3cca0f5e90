import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The CLI as a user runs it: the built binary, its stdout, stderr and exit code.
@Suite("reapi-emulator serve (the built binary)")
struct ServeCommandTests {
    func health(_ port: Int) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/_emulator/health")!)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test("prints exactly one ready line with the real port, serves, and exits 0 on SIGTERM within 2 s")
    func readyAndSigterm() async throws {
        let p = try EmulatorProcess(["--port", "0"])
        let port = try p.waitForReady()
        #expect(port > 0)
        #expect(p.stdout == "reapi-emulator listening on http://127.0.0.1:\(port)\n")
        let (status, body) = try await health(port)
        #expect(status == 200)
        #expect(body.contains("\"status\":\"ok\""))
        let start = Date()
        p.signal(SIGTERM)
        #expect(p.waitForExit(timeout: 5) == 0)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(p.stdout.split(separator: "\n").count == 1)
    }

    @Test("SIGINT also stops it with exit 0")
    func sigint() throws {
        let p = try EmulatorProcess(["serve", "--port", "0"])
        _ = try p.waitForReady()
        p.signal(SIGINT)
        #expect(p.waitForExit(timeout: 5) == 0)
    }

    @Test("every flag reads REAPI_EMULATOR_<FLAG>; the flag wins over the variable")
    func environment() async throws {
        let p = try EmulatorProcess([], environment: ["REAPI_EMULATOR_PORT": "0", "REAPI_EMULATOR_PROVIDER": "apiinone"])
        let port = try p.waitForReady()
        #expect(try await health(port).1.contains("\"provider\":\"apiinone\""))
        p.signal(SIGTERM)
        p.waitForExit()

        let q = try EmulatorProcess(["--provider", "reapi"], environment: ["REAPI_EMULATOR_PORT": "0", "REAPI_EMULATOR_PROVIDER": "apiinone"])
        let port2 = try q.waitForReady()
        #expect(try await health(port2).1.contains("\"provider\":\"reapi\""))
        q.signal(SIGTERM)
        q.waitForExit()
    }

    @Test("a bad flag is one line on stderr and a non-zero exit", arguments: [
        ["--bogus"], ["--port", "70000"], ["--provider", "openai"], ["--clock", "fast"], ["--threads", "0"],
        ["--public-url", "not a url"], ["--time-scale", "-1"], ["--log-format", "xml"],
    ])
    func badFlag(arguments: [String]) throws {
        let result = try EmulatorProcess.run(arguments.contains("--port") ? arguments : arguments + ["--port", "0"])
        #expect(result.status != 0 && result.status != nil)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("reapi-emulator: error: ") == true)
    }

    @Test("a bad environment value names the variable")
    func badEnvironment() throws {
        let result = try EmulatorProcess.run([], environment: ["REAPI_EMULATOR_PORT": "eighty"])
        #expect(result.status == 1)
        #expect(result.stderr == "reapi-emulator: error: invalid value \"eighty\" for REAPI_EMULATOR_PORT: expected a port number 0-65535\n")
    }

    @Test("a port in use is one clear line and a non-zero exit")
    func portInUse() throws {
        let first = try EmulatorProcess(["--port", "0"])
        let port = try first.waitForReady()
        let second = try EmulatorProcess.run(["--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderr == "reapi-emulator: error: cannot listen on 127.0.0.1:\(port): the port is in use or not allowed\n")
        first.signal(SIGTERM)
        #expect(first.waitForExit() == 0)
    }

    @Test("an invalid scenario file is refused with its problems and a non-zero exit")
    func invalidScenario() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "rules:\n  - match: {model: z-image}\n    fail: {code: 80009}\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EmulatorProcess.run(["--port", "0", "--scenario", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("rules[0].fail.code (line 3): 80009 is not a task failure code (80001, 80002, 80003, 80006)"))
    }

    @Test("--help prints usage and exits 0")
    func help() throws {
        let result = try EmulatorProcess.run(["serve", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--public-url"))
        #expect(result.stdout.contains("REAPI_EMULATOR_"))
    }
}
