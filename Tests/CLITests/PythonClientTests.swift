import Foundation
import Testing

/// clients/python, installed into the virtual environment scripts/python-env.sh prepares, and its
/// tests run with pytest against the built binary: once alone, once under pytest-xdist (`-n 2`).
/// Without the venv the test is skipped, saying how to make one; under CI=true it fails instead.
@Suite("Python client package")
struct PythonClientTests {
    /// `$REAPI_PYTHON_VENV`, else `.venv` at the package root, when it holds a python.
    static let venv: URL? = {
        let named = ProcessInfo.processInfo.environment["REAPI_PYTHON_VENV"].map { URL(fileURLWithPath: $0) }
        let venv = named ?? BuiltProducts.file(".venv")
        return FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("bin/python").path) ? venv : nil
    }()
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test("pip installs clients/python and its tests pass against the built binary, alone and under pytest -n 2",
          .enabled(if: venv != nil || inCI,
                   "skipped: no Python venv (export REAPI_PYTHON_VENV=\"$(scripts/python-env.sh)\" to run the Python client's tests)"))
    func packageTestsPass() async throws {
        let venv = try #require(Self.venv, "CI=true but no Python venv: .ci/run must export REAPI_PYTHON_VENV=\"$(scripts/python-env.sh)\"")
        let python = venv.appendingPathComponent("bin/python").path
        let environment = commandEnvironment(["REAPI_EMULATOR_BIN": try BuiltProducts.emulator().path,
                                              "PYTHONDONTWRITEBYTECODE": "1"])

        // Installed from a copy, so pip's in-tree build leaves nothing in the working tree.
        let stage = try BuiltProducts.temporaryDirectory("python-package")
        defer { try? FileManager.default.removeItem(at: stage) }
        let source = BuiltProducts.file("clients/python")
        for item in ["pyproject.toml", "README.md", "src"] {
            let copy = try await ChildProcess.run("/bin/cp", ["-R", source.appendingPathComponent(item).path, stage.path])
            #expect(copy.status == 0, "\(copy.stderr)")
        }
        let install = try await ChildProcess.run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                                          "--no-deps", "--no-build-isolation", "--force-reinstall", stage.path],
                                                 environment: environment, timeout: 600)
        try #require(install.status == 0, "pip install failed: \(install.stdout)\n\(install.stderr)")

        let tests = source.appendingPathComponent("tests").path
        for extra in [[], ["-n", "2"]] {
            let run = try await ChildProcess.run(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfEs"] + extra + [tests],
                                                 environment: environment, directory: stage, timeout: 600)
            let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
            #expect(run.status == 0, "pytest \(extra.joined(separator: " ")): \(run.stdout)\n\(run.stderr)")
            #expect(summary.contains(" passed") && !summary.contains("skipped") && !summary.contains("failed"),
                    "pytest \(extra.joined(separator: " ")) summary: \(summary)")
        }
    }
}
