import Foundation
import Testing

/// The generated OpenAPI document checked by outside tools in the Python venv of
/// scripts/python-env.sh: openapi-spec-validator on `reapi-emulator openapi` for both providers
/// (and with a scenario-defined model), and schemathesis against a live emulator for both
/// (scripts/schemathesis.sh: bounded, every check but the narrow exclusions it documents).
/// Skipped without the venv, saying how to make one; under CI=true it fails instead.
@Suite("OpenAPI document against openapi-spec-validator and schemathesis",
       .enabled(if: PythonClientTests.venv != nil || PythonClientTests.inCI,
                "skipped: no Python venv (export REAPI_PYTHON_VENV=\"$(scripts/python-env.sh)\" to run them)"))
struct OpenAPIConformanceTests {
    static func python() throws -> String {
        let venv = try #require(PythonClientTests.venv, "CI=true but no Python venv: .ci/run must export REAPI_PYTHON_VENV=\"$(scripts/python-env.sh)\"")
        return venv.appendingPathComponent("bin/python").path
    }

    @Test("reapi-emulator openapi validates as OpenAPI 3.1 for both providers, and with a scenario-defined model")
    func validates() async throws {
        let python = try Self.python()
        let stage = try BuiltProducts.temporaryDirectory("openapi")
        defer { try? FileManager.default.removeItem(at: stage) }
        let scenario = stage.appendingPathComponent("models.yaml")
        try "models:\n  my-zimage: {extends: z-image}\n".write(to: scenario, atomically: true, encoding: .utf8)
        let cases: [(String, [String])] = [("reapi", ["--provider", "reapi"]), ("apiinone", ["--provider", "apiinone"]),
                                           ("scenario", ["--scenario", scenario.path])]
        for (name, arguments) in cases {
            let printed = try await ChildProcess.run(try BuiltProducts.emulator().path, ["openapi"] + arguments)
            try #require(printed.status == 0, "\(name): \(printed.stderr)")
            let file = stage.appendingPathComponent("\(name).json")
            try printed.stdout.write(to: file, atomically: true, encoding: .utf8)
            let check = try await ChildProcess.run(python, ["-m", "openapi_spec_validator", file.path],
                                                   environment: commandEnvironment(), timeout: 600)
            #expect(check.status == 0, "\(name): \(check.stdout)\n\(check.stderr)")
            #expect(check.stdout.contains("\(file.path): OK"), "\(name): \(check.stdout)")
        }
        let withModel = try String(contentsOf: stage.appendingPathComponent("scenario.json"), encoding: .utf8)
        #expect(withModel.contains("\"#/components/schemas/Submit.my-zimage\""))
    }

    @Test("schemathesis finds no 5xx and no answer off its schema, for reAPI and API in One")
    func schemathesisPasses() async throws {
        _ = try Self.python()
        let script = BuiltProducts.file("scripts/schemathesis.sh").path
        let binary = try BuiltProducts.emulator().path
        let environment = commandEnvironment(["PYTHONDONTWRITEBYTECODE": "1"])
        // Both at once: each run is bounded by its own time budget (40 s), not by the other.
        async let reapi = ChildProcess.run(script, [binary, "reapi"], environment: environment, timeout: 150)
        async let apiinone = ChildProcess.run(script, [binary, "apiinone"], environment: environment, timeout: 150)
        for (provider, run) in [("reapi", try await reapi), ("apiinone", try await apiinone)] {
            let lines = run.stdout.split(separator: "\n").map(String.init)
            let summary = lines.last { $0.hasPrefix("=") && $0.contains(" in ") } ?? "(no summary line)"
            let cases = lines.first { $0.contains(" generated, ") }?.trimmingCharacters(in: .whitespaces) ?? ""
            print("schemathesis \(provider): \(cases) \(summary)")
            #expect(run.status == 0, "schemathesis \(provider): \(run.stdout)\n\(run.stderr)")
            #expect(summary.contains("No issues found"), "schemathesis \(provider): \(summary)")
        }
    }
}
