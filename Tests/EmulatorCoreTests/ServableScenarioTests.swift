import Testing
@testable import EmulatorCore
import ReAPIEmulatorTesting

/// `validate`, start-up and `PUT /_emulator/scenario` refuse what the server cannot serve
/// (issue 10 #14): pixel sizes over the renderer's limits (media then answered 500),
/// scripted headers of 16 KB (the connection closed with 0 bytes), scripted 1xx statuses (the
/// client read the next answer as this one's).
@Suite("Scenarios the server cannot serve are refused when checked")
struct ServableScenarioTests {
    static func problems(in yaml: String) -> [ScenarioProblem] {
        ScenarioLinterTests.problems(in: yaml)
    }

    @Test("scripted 1xx and 600 statuses are problems with their path and line; 200 and 599 are fine",
          arguments: [100, 101, 199, 600])
    func statusOutOfRange(status: Int) {
        let problems = Self.problems(in: "rules:\n  - match: {nth: 2}\n    respond: {status: \(status)}\n")
        #expect(problems == [ScenarioProblem(path: "rules[0].respond.status", line: 3,
                                             message: "must be an HTTP status from 200 to 599 (a 1xx answer is not final), got \(status)")])
    }

    @Test("the first and last final statuses can be scripted", arguments: [200, 599])
    func statusInRange(status: Int) {
        #expect(Self.problems(in: "rules:\n  - respond: {status: \(status)}\n").isEmpty)
    }

    @Test("scripted headers over 8 KiB in all are a problem at respond.headers; exactly 8 KiB is fine")
    func headerBytes() {
        // `X-Big: <value>\r\n` is 5 + 2 + value + 2 bytes.
        let fits = String(repeating: "a", count: 8192 - 9)
        #expect(Self.problems(in: "rules:\n  - respond:\n      status: 503\n      headers: {X-Big: \(fits)}\n").isEmpty)
        let problems = Self.problems(in: "rules:\n  - respond:\n      status: 503\n      headers: {X-Big: \(fits)a}\n")
        #expect(problems == [ScenarioProblem(path: "rules[0].respond.headers", line: 4,
            message: "the headers take 8193 bytes, more than the 8192 a scripted answer may add (each counted as `Name: value` and a line end)")])
        // Many small headers count together.
        let many = (0..<400).map { "H\($0): \(String(repeating: "v", count: 20))" }.joined(separator: ", ")
        #expect(Self.problems(in: "rules:\n  - respond: {status: 503, headers: {\(many)}}\n").map(\.path) == ["rules[0].respond.headers"])
    }

    @Test("a model override's pixel side over 16384 is a problem with its key path and line")
    func pixelsOverTheLimit() {
        let problems = Self.problems(in: """
            models:
              z-image:
                pixels:
                  "1:1": [8192, 8192]
                  "16:9": [17000, 720]
            """)
        #expect(problems == [ScenarioProblem(path: "models.z-image.pixels.16:9[0]", line: 5,
                                             message: "must be at most 16384 pixels (the largest image the emulator renders), got 17000")])
    }

    @Test("PUT /_emulator/scenario refuses each of them and keeps the running scenario")
    func putRefuses() throws {
        let h = try EmulatorHarness("name: running")
        for yaml in ["rules:\n  - respond: {status: 101}\n",
                     "rules:\n  - respond: {status: 503, headers: {X-Big: \(String(repeating: "a", count: 16_384))}}\n",
                     "models:\n  z-image: {pixels: {\"1:1\": [16384, 16384]}}\n"] {
            let response = h.control("PUT", "/_emulator/scenario", yaml)
            #expect(response.status == 400)
            #expect(response.errorCode == 20003)
            #expect(response.errorMessage?.hasPrefix("invalid scenario: ") == true)
        }
        #expect(h.control("GET", "/_emulator/scenario").json?["name"] == "running")
    }

    @Test("the model catalogue refuses a picture over 8192 x 8192 pixels given as JSON (the Swift API path)")
    func catalogueRefusesPixels() throws {
        let catalog = try builtInCatalog.get()
        let error = #expect(throws: ModelDefinitionError.self) {
            _ = try catalog.applying(overrides: ["z-image": ["pixels": ["1:1": [8193, 8193]]]])
        }
        #expect(error?.description == "z-image.pixels.1:1: more than 8192 x 8192 pixels in all (67108864), the largest canvas the emulator renders")
    }
}
