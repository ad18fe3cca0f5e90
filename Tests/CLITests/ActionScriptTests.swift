import Foundation
import EmulatorCore
import ReAPIEmulatorTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// scripts/action-start.sh, the logic of the GitHub Action in action.yml, run as the runner runs
/// it: inputs as INPUT_* variables, outputs appended to $GITHUB_OUTPUT, state under $RUNNER_TEMP.
@Suite("GitHub Action start script")
struct ActionScriptTests {
    static let script = BuiltProducts.file("scripts/action-start.sh").path

    /// A runner's temp directory and output files, and the environment the step gets.
    struct Runner {
        let temp: URL
        var output: URL { temp.appendingPathComponent("github_output") }
        var env: URL { temp.appendingPathComponent("github_env") }

        init() throws {
            temp = try BuiltProducts.temporaryDirectory("action")
            for file in [output, env] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        }

        func environment(_ inputs: [String: String]) -> [String: String] {
            commandEnvironment(["RUNNER_TEMP": temp.path, "GITHUB_OUTPUT": output.path, "GITHUB_ENV": env.path].merging(inputs) { $1 })
        }

        func read(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }

        /// Kills whatever the script recorded as started (a test that failed half-way must not
        /// leave an emulator behind), then removes the directory.
        func cleanUp() {
            let recorded = read(temp.appendingPathComponent("reapi-emulator.pid")).trimmingCharacters(in: .whitespacesAndNewlines)
            if let pid = Int32(recorded), pid > 0 { kill(pid, SIGKILL) }
            try? FileManager.default.removeItem(at: temp)
        }

        /// `name=value` lines of a GitHub file command as a dictionary.
        func values(_ file: URL) -> [String: String] {
            Dictionary(read(file).split(separator: "\n").compactMap { line in
                line.firstIndex(of: "=").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) }
            }, uniquingKeysWith: { $1 })
        }
    }

    /// SIGTERM to `pid`, then waits (bounded) until it is gone.
    static func stop(_ pid: Int32) async throws -> Bool {
        kill(pid, SIGTERM)
        for _ in 0..<400 {
            if kill(pid, 0) != 0 { return true }
            try await Task.sleep(for: .milliseconds(25))
        }
        kill(pid, SIGKILL)
        return false
    }

    @Test("starts a healthy emulator with the scenario, port and args given, and reports url and pid")
    func startsHealthy() async throws {
        let runner = try Runner()
        defer { runner.cleanUp() }
        let scenario = runner.temp.appendingPathComponent("listed.yaml")
        try "accounts:\n  - {key: rk_test_action, credits: 500}\n".write(to: scenario, atomically: true, encoding: .utf8)
        let run = try await ChildProcess.run(Self.script, environment: runner.environment([
            "INPUT_BINARY": try BuiltProducts.emulator().path, "INPUT_PORT": "0", "INPUT_SCENARIO": scenario.path,
            "INPUT_PROVIDER": "reapi", "INPUT_ARGS": "--clock virtual --seed 7", "INPUT_WAIT_TIMEOUT": "30",
        ]))
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        let outputs = runner.values(runner.output)
        let url = try #require(outputs["url"], "no url in GITHUB_OUTPUT: \(runner.read(runner.output))")
        let pid = try #require(outputs["pid"].flatMap { Int32($0) }, "no pid in GITHUB_OUTPUT")
        #expect(url.hasPrefix("http://127.0.0.1:") && !url.hasSuffix(":0"))
        #expect(runner.values(runner.env)["REAPI_EMULATOR_URL"] == url)
        #expect(runner.read(runner.temp.appendingPathComponent("reapi-emulator.pid")) == "\(pid)\n")

        let health = try await LiveClient.send("GET", url + "/_emulator/health")
        #expect(health.status == 200 && health.json?["status"]?.stringValue == "ok")
        let clock = try await LiveClient.send("GET", url + "/_emulator/clock")
        #expect(clock.json?["mode"]?.stringValue == "virtual")
        let account = try await LiveClient.send("GET", url + "/_emulator/accounts/rk_test_action")
        #expect(account.json?["credits"]?.intValue == 500)
        #expect(try await Self.stop(pid), "the emulator did not stop on SIGTERM")
    }

    @Test("a refused start fails the step with ::error:: and the emulator's stderr line")
    func refusedStart() async throws {
        let runner = try Runner()
        defer { runner.cleanUp() }
        let run = try await ChildProcess.run(Self.script, environment: runner.environment([
            "INPUT_BINARY": try BuiltProducts.emulator().path, "INPUT_PORT": "0", "INPUT_PROVIDER": "nope",
        ]))
        #expect(run.status == 1)
        let firstLine = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("::error::reapi-emulator: exited with status 1 before it was healthy: reapi-emulator: error: "),
                "stdout: \(run.stdout)")
        #expect(firstLine.contains("\"nope\""))
        #expect(runner.read(runner.output) == "")
    }

    @Test("an emulator that never becomes healthy fails the step after wait-timeout and is stopped")
    func timesOut() async throws {
        let runner = try Runner()
        defer { runner.cleanUp() }
        let silent = runner.temp.appendingPathComponent("silent-emulator")
        try "#!/bin/sh\necho 'still starting' >&2\nexec sleep 60\n".write(to: silent, atomically: true, encoding: .utf8)
        #expect(chmod(silent.path, 0o755) == 0)
        let run = try await ChildProcess.run(Self.script, environment: runner.environment([
            "INPUT_BINARY": silent.path, "INPUT_WAIT_TIMEOUT": "1",
        ]), timeout: 60)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::error::reapi-emulator: not healthy within 1 s ("), "stdout: \(run.stdout)")
        #expect(run.stdout.contains("): still starting\n--- reapi-emulator stderr ---\nstill starting\n"), "stdout: \(run.stdout)")
        let pid = try #require(Int32(runner.read(runner.temp.appendingPathComponent("reapi-emulator.pid")).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try await Self.stop(pid), "the silent process outlived the failed step")
        // 1 s of waiting, then at most 5 s of SIGTERM grace (the silent process ignores it when
        // the test runner does) before SIGKILL; the rest is a loaded machine's slack.
        #expect(run.seconds < 30)
    }

    @Test("version installs the package with pip into a venv of its own and starts the binary inside it",
          .enabled(if: PythonClientTests.venv != nil || PythonClientTests.inCI, "skipped: no Python venv (scripts/python-env.sh)"))
    func versionInstallsTheWheel() async throws {
        let venv = try #require(PythonClientTests.venv, "CI=true but no Python venv: .ci/run must export REAPI_PYTHON_VENV")
        let runner = try Runner()
        defer { runner.cleanUp() }
        // A wheel as scripts/build-wheel.sh makes it, with the debug binary inside, built offline.
        let stage = runner.temp.appendingPathComponent("package"), wheels = runner.temp.appendingPathComponent("wheels")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        for item in ["pyproject.toml", "README.md", "src"] {
            let copy = try await ChildProcess.run("/bin/cp", ["-R", BuiltProducts.file("clients/python/\(item)").path, stage.path])
            #expect(copy.status == 0, "\(copy.stderr)")
        }
        let bin = stage.appendingPathComponent("src/reapi_emulator/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = try await ChildProcess.run("/bin/cp", [try BuiltProducts.emulator().path, bin.appendingPathComponent("reapi-emulator").path])
        #expect(copy.status == 0, "\(copy.stderr)")
        let built = try await ChildProcess.run(venv.appendingPathComponent("bin/python").path,
                                               ["-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels.path, stage.path],
                                               environment: commandEnvironment(), timeout: 600)
        try #require(built.status == 0, "pip wheel: \(built.stderr)")

        let run = try await ChildProcess.run(Self.script, environment: runner.environment([
            "INPUT_VERSION": "0.1.0", "INPUT_PORT": "0", "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheels.path,
        ]), timeout: 600)
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        let outputs = runner.values(runner.output)
        let url = try #require(outputs["url"], "no url: \(run.stdout)\n\(run.stderr)")
        let pid = try #require(outputs["pid"].flatMap { Int32($0) })
        let command = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8).replacingOccurrences(of: "\0", with: " ")
        #expect(command.hasPrefix(runner.temp.appendingPathComponent("reapi-emulator-venv").path), "\(command)")
        #expect(command.contains("/site-packages/reapi_emulator/bin/reapi-emulator serve --port 0 "), "\(command)")
        let health = try await LiveClient.send("GET", url + "/_emulator/health")
        #expect(health.status == 200)
        #expect(try await Self.stop(pid))

        let missing = try await ChildProcess.run(Self.script, environment: runner.environment([
            "INPUT_VERSION": "9.9.9", "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheels.path,
        ]), timeout: 600)
        #expect(missing.status == 1 && missing.stdout == "::error::reapi-emulator: pip could not install reapi-emulator==9.9.9\n",
                "\(missing.stdout)")
    }

    @Test("bad inputs are refused before anything starts")
    func badInputs() async throws {
        let runner = try Runner()
        defer { runner.cleanUp() }
        let cases: [([String: String], String)] = [
            (["INPUT_BINARY": "/nonexistent/reapi-emulator"], "::error::reapi-emulator: binary \"/nonexistent/reapi-emulator\" is not an executable file\n"),
            (["INPUT_BINARY": try BuiltProducts.emulator().path, "INPUT_PORT": "eighty"], "::error::reapi-emulator: port must be a number (got \"eighty\")\n"),
            (["INPUT_BINARY": try BuiltProducts.emulator().path, "INPUT_WAIT_TIMEOUT": "0"],
             "::error::reapi-emulator: wait-timeout must be a whole number of seconds > 0 (got \"0\")\n"),
            (["INPUT_BINARY": try BuiltProducts.emulator().path, "INPUT_SCENARIO": "/nonexistent.yaml"],
             "::error::reapi-emulator: scenario file \"/nonexistent.yaml\" not found\n"),
        ]
        for (inputs, expected) in cases {
            let run = try await ChildProcess.run(Self.script, environment: runner.environment(inputs))
            #expect(run.status == 1 && run.stdout == expected, "\(inputs): \(run.stdout)")
        }
    }

    @Test("action.yml passes every input it declares to the script as INPUT_<NAME>")
    func actionPassesItsInputs() throws {
        let action = try String(contentsOf: BuiltProducts.file("action.yml"), encoding: .utf8)
        let lines = action.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "inputs:")), end = try #require(lines.firstIndex(of: "outputs:"))
        let inputs = lines[(start + 1)..<end].filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.hasSuffix(":") }
            .map { $0.trimmingCharacters(in: .whitespaces).dropLast() }
        #expect(inputs == ["binary", "version", "scenario", "port", "provider", "args", "wait-timeout"])
        let script = try String(contentsOf: URL(fileURLWithPath: Self.script), encoding: .utf8)
        for input in inputs {
            let variable = "INPUT_" + input.uppercased().replacingOccurrences(of: "-", with: "_")
            #expect(action.contains("        \(variable): ${{ inputs.\(input) }}\n"), "action.yml does not pass \(input)")
            #expect(script.contains("${\(variable)"), "action-start.sh does not read \(variable)")
        }
        #expect(action.contains("run: '\"$GITHUB_ACTION_PATH/scripts/action-start.sh\"'"))
    }
}
