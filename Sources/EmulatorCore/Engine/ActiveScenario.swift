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

    init(_ scenario: Scenario, source: String, text: String?, baseValidator: any SubmitValidator, provider: Provider) throws {
        self.scenario = scenario
        self.source = source
        self.text = text
        validator = try baseValidator.applying(scenario)
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
