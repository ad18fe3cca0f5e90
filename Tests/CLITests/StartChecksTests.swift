import Foundation
import ReAPIEmulatorTesting
import Testing

/// Issue 10 #12: an admin token that cannot protect anything is refused at start, and the
/// bound flags are read like every other flag.
@Suite("reapi-emulator serve: settings refused at start")
struct StartChecksTests {
    @Test("an empty REAPI_EMULATOR_ADMIN_TOKEN (an unset CI secret) is a start-up error, not an open control API")
    func emptyTokenFromEnvironment() async throws {
        let result = try await runEmulator(["--port", "0"], environment: ["REAPI_EMULATOR_ADMIN_TOKEN": ""])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "never reached the ready line")
        #expect(result.stderr.hasPrefix("reapi-emulator: error: unusable admin token: it is empty"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("an empty or whitespace-holding --admin-token is a start-up error", arguments: ["", "two words", "tab\there", " lead"])
    func unusableTokenFlag(token: String) async throws {
        let result = try await runEmulator(["--port", "0", "--admin-token", token])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unusable admin token"))
    }

    @Test("a usable token starts and protects the control API")
    func usableToken() async throws {
        let server = try await startEmulator(["--port", "0", "--admin-token", "s3cret-token"])
        #expect(try await LiveClient.send("GET", server.baseURL + "/_emulator/tasks").status == 401)
        #expect(try await server.terminate() == 0)
    }

    @Test("a bad bound flag is one line on stderr and a non-zero exit", arguments: [
        ["--task-retention", "soon"], ["--max-tasks", "0"], ["--ledger-size", "0"], ["--allowed-hosts", "a.example:80"],
        ["--render-threads", "0"], ["--max-pending-renders", "x"], ["--media-cache-bytes", "lots"],
    ])
    func badBoundFlag(arguments: [String]) async throws {
        let result = try await runEmulator(arguments + ["--port", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("invalid value"))
    }

    @Test("--allowed-hosts admits a Host the default would refuse")
    func allowedHostsFlag() async throws {
        let server = try await startEmulator(["--port", "0", "--allowed-hosts", "emulator.ci.example"])
        func status(_ host: String) async throws -> Int {
            try await LiveClient.send("GET", server.baseURL + "/_emulator/health", headers: ["Host": host]).status
        }
        #expect(try await status("emulator.ci.example") == 200)
        #expect(try await status("evil.example") == 421)
        #expect(try await server.terminate() == 0)
    }
}

/// Under a small address-space limit the emulator refuses to start with a message instead of
/// dying (SIGSEGV/SIGABRT) or wedging later.
@Suite("Address-space limit at start (the built binary)")
struct AddressSpaceLimitTests {
    @Test("ulimit -v 400000 (about 390 MiB): exit 1 and one clear line on stderr")
    func refusesUnderSmallLimit() async throws {
        let binary = try BuiltProducts.emulator().path
        let run = try await ChildProcess.run("/bin/sh", ["-c", "ulimit -v 400000 && exec \"$0\" --port 0", binary], timeout: 20)
        #expect(run.status == 1)
        #expect(run.stderr == "reapi-emulator: error: the address-space limit (RLIMIT_AS, ulimit -v) is 390 MiB; reapi-emulator needs at least 1024 MiB (thread stacks are reserved, not used): raise or remove the limit\n")
        #expect(run.stdout.isEmpty)
    }
}
