import Foundation
import Testing

/// The pytest fixture in docs/recipes.md, written out from the doc and run against the built binary.
@Suite("pytest recipe")
struct PytestRecipeTests {
    /// python3 with pytest importable; without them the test is skipped, saying so.
    static let hasPytest = pythonImports("pytest")
    /// pytest-xdist importable as well: the sessions recipe then runs on two workers.
    static let hasXdist = pythonImports("xdist")

    /// The suite's venv python (scripts/python-env.sh, which CI prepares), else python3 on the PATH.
    static let python = PythonClientTests.venv.map { $0.appendingPathComponent("bin/python").path } ?? "python3"

    /// True when `<python> -c "import <module>"` succeeds.
    static func pythonImports(_ module: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("the fixture starts the emulator on port 0, resets between tests, and stops it",
          .enabled(if: hasPytest, "skipped: python3 with pytest is not installed (pip install pytest to run the recipe)"))
    func fixtureRuns() async throws {
        let documented = try DocumentedCode("docs/recipes.md")
        let directory = try BuiltProducts.temporaryDirectory("pytest")
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["conftest.py", "test_emulator.py"] {
            let code = try #require(documented.file(name), "docs/recipes.md has no <!-- file: \(name) --> block")
            try code.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["REAPI_EMULATOR_BIN"] = try BuiltProducts.emulator().path
        let run = try await ChildProcess.run(Self.python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", directory.path],
                                             environment: environment, directory: directory, timeout: 600)
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.contains("3 passed"), "stdout: \(run.stdout)")
    }

    @Test("the sessions recipe: one emulator, a session per test, parallel workers where xdist is installed",
          .enabled(if: hasPytest, "skipped: python3 with pytest is not installed (pip install pytest to run the recipe)"))
    func sessionPerTest() async throws {
        let documented = try DocumentedCode("docs/recipes.md")
        let directory = try BuiltProducts.temporaryDirectory("pytest-xdist")
        defer { try? FileManager.default.removeItem(at: directory) }
        let tests = directory.appendingPathComponent("xdist")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        for name in ["xdist/conftest.py", "xdist/test_parallel.py"] {
            let code = try #require(documented.file(name), "docs/recipes.md has no <!-- file: \(name) --> block")
            try code.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let server = try await ServerProcess.start(try BuiltProducts.emulator(), ["--port", "0", "--clock", "virtual"])
        var environment = ProcessInfo.processInfo.environment
        environment["REAPI_EMULATOR_URL"] = server.baseURL
        let workers = Self.hasXdist ? ["-n", "2"] : []
        let run = try await ChildProcess.run(Self.python, ["-m", "pytest", "-q", "-p", "no:cacheprovider"] + workers + [tests.path],
                                             environment: environment, directory: directory, timeout: 600)
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.contains("8 passed"), "stdout: \(run.stdout)")
        #expect(try await server.terminate() == 0)
    }
}
