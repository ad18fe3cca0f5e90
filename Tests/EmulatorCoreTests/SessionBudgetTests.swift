@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Bounded sessions: a scenario is refused past the session's memory budget
/// (`--max-scenario-bytes`, docs/limits.md), and the OpenAPI document and models listing are
/// built once per scenario, not per request.
@Suite("Session memory budget and cached documents")
struct SessionBudgetTests {
    /// A `models:` chain of `count` models over z-image, as scenario YAML.
    static func chainScenario(_ count: Int) -> String {
        var lines = ["models:", "  m1: {extends: z-image}"]
        for i in 2...count { lines.append("  m\(i): {extends: m\(i - 1)}") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("two GETs of openapi.json and of /_emulator/models answer the same bytes and build each document once; a scenario PUT builds them anew")
    func documentsCached() throws {
        let emu = try EmulatorHarness()
        let session = emu.app.defaultSession
        for path in ["/_emulator/openapi.json", "/_emulator/models"] {
            let first = emu.control("GET", path)
            let second = emu.control("GET", path)
            #expect(first.status == 200 && second.status == 200)
            #expect(first.body == second.body, "\(path)")
        }
        #expect(session.documentBuilds == 2)
        #expect(emu.control("PUT", "/_emulator/scenario", "models:\n  my-model: {extends: z-image}\n").status == 200)
        #expect(session.documentBuilds == 0)
        let models = try emu.controlJSON("GET", "/_emulator/models")
        let ids = models["models"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ids.contains("my-model"))
        let openAPI = try emu.controlJSON("GET", "/_emulator/openapi.json")
        #expect(openAPI["components"]?["schemas"]?["Submit.my-model"] != nil)
        _ = emu.control("GET", "/_emulator/openapi.json")
        #expect(session.documentBuilds == 2)
    }

    @Test("a scenario past --max-scenario-bytes is refused 400 by PUT and by a session POST, naming its estimate and the budget; the running one stays")
    func budgetRefuses() throws {
        let budget = 2 << 20
        let emu = try EmulatorHarness { $0.maxScenarioBytes = budget }
        let big = Self.chainScenario(400)
        let estimate = try Self.estimate(big)
        #expect(estimate > budget)

        let put = emu.control("PUT", "/_emulator/scenario", big)
        #expect(put.status == 400)
        let message = try JSONParser.parse(put.body)["error"]?["message"]?.stringValue ?? ""
        #expect(message.hasSuffix("the scenario would take about \(estimate) bytes of the session's memory (its text, 0 rules, the models it defines or overrides), more than its budget of \(budget) bytes (--max-scenario-bytes)"), "\(message)")
        #expect(try emu.controlJSON("GET", "/_emulator/scenario")["source"] == "none")

        let post = emu.control("POST", "/_emulator/sessions", String(decoding: JSONWriter.bytes(["scenario": .string(big)]), as: UTF8.self))
        #expect(post.status == 400)
        #expect(String(decoding: post.body, as: UTF8.self).contains("more than its budget of \(budget) bytes"))

        // Within the budget: accepted, and the scenario view reports the estimate and the budget.
        let small = Self.chainScenario(20)
        #expect(emu.control("PUT", "/_emulator/scenario", small).status == 200)
        let view = try emu.controlJSON("GET", "/_emulator/scenario")
        #expect(view["memory_bytes"]?.intValue == (try Self.estimate(small)))
        #expect(view["memory_budget_bytes"]?.intValue == budget)
    }

    @Test("the estimate grows with every model of an extends chain and with every rule")
    func estimateGrows() throws {
        let ten = try Self.estimate(Self.chainScenario(10))
        let twenty = try Self.estimate(Self.chainScenario(20))
        #expect(twenty > ten + 10 * 1_000)
        let rules = "rules:\n" + (1...50).map { "  - {match: {prompt_contains: word\($0)x}, fail: {code: 80003}}\n" }.joined()
        #expect(try Self.estimate(rules) >= 50 * ScenarioFootprint.perRule)
    }

    static func estimate(_ text: String) throws -> Int {
        let catalog = try ModelCatalog.builtIn()
        let scenario = try ScenarioLoader.parse(text, knownModels: catalog.knownModels, catalog: catalog)
        return ScenarioFootprint.bytes(of: scenario, text: text, catalog: try catalog.applying(scenario).modelCatalog)
    }
}
