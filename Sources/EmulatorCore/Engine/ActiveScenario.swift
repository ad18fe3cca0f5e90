/// The scenario in force with what follows from it: the validator with its model
/// overrides and the error renderer with its `codes:` overrides.
struct ActiveScenario: Sendable {
    var scenario: Scenario
    /// Where it came from, for `GET /_emulator/scenario` ("none", a path, or "PUT").
    var source: String
    /// The text it was read from, if any.
    var text: String?
    var validator: any SubmitValidator
    var errors: ErrorRenderer
    /// The scenario's rules, indexed once for every request.
    var matcher: RuleMatcher
    /// Its OpenAPI document and models listing, built once each on first request.
    let documents = ScenarioDocuments()

    /// Its estimated cost in memory (`ScenarioFootprint`), within the session's budget.
    let footprintBytes: Int

    /// - Parameter budget: the most `ScenarioFootprint` may estimate (`--max-scenario-bytes`);
    ///   a larger scenario is refused with a `ScenarioError` naming both figures.
    init(_ scenario: Scenario, source: String, text: String?, baseValidator: any SubmitValidator, provider: Provider,
         budget: Int) throws {
        self.scenario = scenario
        self.source = source
        self.text = text
        validator = try baseValidator.applying(scenario)
        footprintBytes = ScenarioFootprint.bytes(of: scenario, text: text, catalog: validator.modelCatalog)
        if footprintBytes > budget {
            throw ScenarioError(source: source, problems: [ScenarioProblem(path: "", line: nil, message:
                "the scenario would take about \(footprintBytes) bytes of the session's memory (its text, \(scenario.rules.count) rules, "
                + "the models it defines or overrides), more than its budget of \(budget) bytes (--max-scenario-bytes)")])
        }
        errors = ErrorRenderer(provider: provider, codes: ErrorCodes(overrides: scenario.codes))
        matcher = RuleMatcher(rules: scenario.rules)
    }

    /// Balances of the accounts the scenario lists, or nil when any key is accepted.
    var listedAccounts: [String: Account]? {
        scenario.accounts.map { specs in
            Dictionary(specs.map { ($0.key, Account(key: $0.key, credits: $0.credits, revoked: $0.revoked)) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
