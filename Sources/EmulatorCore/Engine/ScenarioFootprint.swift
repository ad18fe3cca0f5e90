/// What a scenario costs the session it is loaded into, in bytes of memory, estimated from
/// what it holds: its text, its rules, and every model it defines or overrides with the
/// definition that model resolves to (an `extends` chain makes each model a full copy of its
/// base), including the OpenAPI document and models listing built from them
/// (`ScenarioDocuments`). A session refuses a scenario past its budget (`--max-scenario-bytes`),
/// so `--max-sessions` × the budget bounds what scenarios can hold (docs/limits.md).
///
/// The weights are measured (`bench/session-budget.sh` compares the estimate with the resident
/// memory a session gains) and round up: the estimate is meant to be larger than the cost.
public enum ScenarioFootprint {
    /// Bytes of the text, kept for `GET /_emulator/scenario`, and of the values parsed from it.
    static let perTextByte = 4
    /// A rule's own structures besides the strings the text already counts (match, outcome, index).
    static let perRule = 1_536
    /// A resolved model per byte of its definition's JSON: the decoded rules, the listing entry and
    /// the OpenAPI schema built from it.
    static let perModelJSONByte = 14

    /// The estimate for `scenario` read from `text`, with `catalog` the models it resolves to.
    public static func bytes(of scenario: Scenario, text: String?, catalog: ModelCatalog?) -> Int {
        var total = (text?.utf8.count ?? 0) * perTextByte + scenario.rules.count * perRule
        for model in catalog?.models ?? [] where model.provenance.origin == .scenario || model.provenance.overridden {
            total += JSONValue.object(model.source).approximateBytes * perModelJSONByte
        }
        return total
    }
}

extension JSONValue {
    /// The bytes this value would take written as compact JSON, about (numbers count 8).
    var approximateBytes: Int {
        switch self {
        case .null, .bool: 5
        case .int, .double: 8
        case .string(let s): s.utf8.count + 2
        case .array(let values): values.reduce(2) { $0 + $1.approximateBytes + 1 }
        case .object(let object): object.pairs.reduce(2) { $0 + $1.key.utf8.count + 4 + $1.value.approximateBytes }
        }
    }
}
