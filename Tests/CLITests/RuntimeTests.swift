import Foundation
import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The container image's runtime side without a Docker engine: the binary alone, in an empty
/// directory outside the package, configured only by the image's environment variables.
/// scripts/runtime-check.sh does the same from a shell (and checks the release binary's libraries).
@Suite("runtime: the binary on its own")
struct RuntimeTests {
    @Test("from an empty directory, with only REAPI_EMULATOR_HOST/PORT, it serves the contract and stops cleanly on SIGTERM")
    func emptyDirectoryEnvironmentOnly() async throws {
        let directory = try BuiltProducts.temporaryDirectory("runtime")
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("reapi-emulator")
        // Copied by cp, not FileManager: a file this process holds open for writing can be
        // inherited by a child another test spawns meanwhile, and exec then fails with ETXTBSY.
        let copy = try await ChildProcess.run("/bin/cp", [try BuiltProducts.emulator().path, binary.path])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(!directory.path.hasPrefix(BuiltProducts.packageRoot.path))

        // What the Dockerfile sets, and nothing else: no flags, no inherited variables.
        let server = try await ServerProcess.start(binary, environment: ["REAPI_EMULATOR_HOST": "0.0.0.0", "REAPI_EMULATOR_PORT": "0"],
                                                   directory: directory)
        #expect(server.listeningURL == "http://0.0.0.0:\(server.port)")
        #expect(server.stdoutText == "reapi-emulator listening on http://0.0.0.0:\(server.port)\n")

        // A submit needs the embedded model definitions (fixtures/models is not beside it).
        let submitted = try await LiveClient.send("POST", server.baseURL + "/api/v1/images/generations", key: "rk_test_runtime",
                                            json: #"{"model":"z-image","prompt":"a red fox"}"#)
        #expect(submitted.status == 200, "\(submitted.text)")
        #expect(submitted.json?["id"]?.stringValue?.hasPrefix("task_") == true, "\(submitted.text)")

        let invalid = try await LiveClient.send("POST", server.baseURL + "/api/v1/images/generations", key: "rk_test_runtime",
                                          json: #"{"model":"z-image"}"#)
        #expect(invalid.status == 400)
        #expect(invalid.json?["error"]?["code"]?.intValue == 20002)
        #expect(invalid.json?["error"]?["message"]?.stringValue == "prompt is required")

        // The HEALTHCHECK as the image runs it: same variables, no flags.
        let environment = ["REAPI_EMULATOR_HOST": "0.0.0.0", "REAPI_EMULATOR_PORT": "\(server.port)"]
        let healthy = try await ChildProcess.run(binary.path, ["healthcheck"], environment: environment, directory: directory)
        #expect(healthy.status == 0, "stderr: \(healthy.stderr)")

        #expect(try await server.terminate() == 0, "stderr: \(server.stderrText)")
        #expect(server.stderrText.contains("stopped"))

        let afterwards = try await ChildProcess.run(binary.path, ["healthcheck"], environment: environment, directory: directory)
        #expect(afterwards.status == 1)
        #expect(afterwards.stderr == "reapi-emulator: error: unhealthy: http://127.0.0.1:\(server.port): connection refused\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["reapi-emulator"])
    }

    @Test("scripts/runtime-check.sh passes against the built binary", .enabled(if: BuiltProducts.hasCommand("curl"), "needs curl"))
    func runtimeCheckScript() async throws {
        let run = try await ChildProcess.run(BuiltProducts.file("scripts/runtime-check.sh").path, [try BuiltProducts.emulator().path],
                                             timeout: 600)
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.contains("runtime-check: PASS"))
        #expect(!run.stdout.contains("FAIL"))
    }
}
