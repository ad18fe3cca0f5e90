import Foundation
import ReAPIEmulatorTesting
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The CLI as a user runs it: the built binary, its stdout, stderr and exit code.
@Suite("reapi-emulator serve (the built binary)")
struct ServeCommandTests {
    func health(_ port: UInt16) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/_emulator/health")!)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test("prints exactly one ready line with the real port, serves, and exits 0 on SIGTERM within the drain bound")
    func readyAndSigterm() async throws {
        let server = try await startEmulator(["--port", "0"])
        #expect(server.port > 0)
        #expect(server.stdoutText == "reapi-emulator listening on http://127.0.0.1:\(server.port)\n")
        let (status, body) = try await health(server.port)
        #expect(status == 200)
        #expect(body.contains("\"status\":\"ok\""))
        let start = ContinuousClock.now
        #expect(try await server.terminate() == 0)
        // A stop waits at most 5 s for answers handed out and 250 ms for requests being read
        // (docs/limits.md); wall time on a loaded CI machine (scripts/stress-test.sh) adds to
        // that, so the bound is loose: it stops, rather than waiting for a SIGKILL.
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(server.stdoutText.split(separator: "\n").count == 1)
    }

    @Test("SIGINT also stops it with exit 0")
    func sigint() async throws {
        let server = try await startEmulator(["serve", "--port", "0"])
        #expect(try await server.terminate(signal: SIGINT) == 0)
    }

    @Test("every flag reads REAPI_EMULATOR_<FLAG>; the flag wins over the variable")
    func environment() async throws {
        let env = ["REAPI_EMULATOR_PORT": "0", "REAPI_EMULATOR_PROVIDER": "apiinone"]
        let fromEnv = try await startEmulator([], environment: env)
        #expect(try await health(fromEnv.port).1.contains("\"provider\":\"apiinone\""))
        #expect(try await fromEnv.terminate() == 0)
        let flagWins = try await startEmulator(["--provider", "reapi"], environment: env)
        #expect(try await health(flagWins.port).1.contains("\"provider\":\"reapi\""))
        #expect(try await flagWins.terminate() == 0)
    }

    @Test("a bad flag is one line on stderr and a non-zero exit", arguments: [
        ["--bogus"], ["--port", "70000"], ["--provider", "openai"], ["--clock", "fast"], ["--threads", "0"],
        ["--public-url", "not a url"], ["--time-scale", "-1"], ["--log-format", "xml"], ["--callback-hosts", "a b"],
        ["--callback-hosts", "http://x"],
        ["--max-connections", "0"], ["--idle-timeout", "soon"], ["--request-timeout", "0s"], ["--max-hold", "-1s"],
    ])
    func badFlag(arguments: [String]) async throws {
        let result = try await runEmulator(arguments.contains("--port") ? arguments : arguments + ["--port", "0"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("reapi-emulator: error: ") == true)
    }

    @Test("--callback-hosts (or REAPI_EMULATOR_CALLBACK_HOSTS) replaces the loopback default")
    func callbackHosts() async throws {
        let submit = { (url: String) in #"{"model":"imagen4","prompt":"p","callback_url":"\#(url)"}"# }
        let server = try await startEmulator(["--provider", "apiinone", "--clock", "virtual"],
                                             environment: ["REAPI_EMULATOR_PORT": "0", "REAPI_EMULATOR_CALLBACK_HOSTS": "hooks.test"])
        let client = LiveClient(base: "http://127.0.0.1:\(server.port)", key: "aio_k")
        #expect(try await client.post("/api/v1/images/generations", submit("http://hooks.test/x")).status == 200)
        #expect(try await client.post("/api/v1/images/generations", submit("http://127.0.0.1:9/x")).status == 400)
        #expect(try await server.terminate() == 0)
    }

    @Test("a bad environment value names the variable")
    func badEnvironment() async throws {
        let result = try await runEmulator([], environment: ["REAPI_EMULATOR_PORT": "eighty"])
        #expect(result.status == 1)
        #expect(result.stderr == "reapi-emulator: error: invalid value \"eighty\" for REAPI_EMULATOR_PORT: expected a port number 0-65535\n")
    }

    @Test("a port in use is one clear line and a non-zero exit")
    func portInUse() async throws {
        let first = try await startEmulator(["--port", "0"])
        let second = try await runEmulator(["--port", String(first.port)])
        #expect(second.status == 1)
        #expect(second.stderr == "reapi-emulator: error: cannot listen on 127.0.0.1:\(first.port): the port is in use or not allowed\n")
        #expect(try await first.terminate() == 0)
    }

    @Test("an invalid scenario file is refused with its problems and a non-zero exit")
    func invalidScenario() async throws {
        let directory = try BuiltProducts.temporaryDirectory("bad-scenario")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.yaml")
        try "rules:\n  - match: {model: z-image}\n    fail: {code: 80009}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try await runEmulator(["--port", "0", "--scenario", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("rules[0].fail.code (line 3): 80009 is not a task failure code (80001, 80002, 80003, 80006)"))
    }

    @Test("--help prints usage and exits 0")
    func help() async throws {
        let result = try await runEmulator(["serve", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--public-url"))
        #expect(result.stdout.contains("REAPI_EMULATOR_"))
    }
}
