import EmulatorCore

/// Reads scenario files against the built-in model catalogue (so `match.model` and
/// `url_ttl` keys are checked against real model ids) and applies model overrides, so
/// that everything `serve` would refuse, `validate` refuses too.
public enum ScenarioFiles {
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try parse(try ScenarioLoader.readText(path: path), source: path)
    }

    public static func parse(_ text: String, source: String) throws(ScenarioError) -> Scenario {
        let catalog = try builtInCatalog(source: source)
        let scenario = try ScenarioLoader.parse(text, source: source, catalog: catalog)
        try checkOverrides(scenario, catalog: catalog, source: source)
        return scenario
    }

    static func resolve(_ source: ScenarioSource) throws(ScenarioError) -> (Scenario, String, String?) {
        switch source {
        case .file(let path):
            let text = try ScenarioLoader.readText(path: path)
            return (try parse(text, source: path), path, text)
        case .yaml(let text):
            return (try parse(text, source: "inline scenario"), "inline", text)
        case .value(let scenario):
            return (scenario, "value", nil)
        }
    }

    private static func builtInCatalog(source: String) throws(ScenarioError) -> ModelCatalog {
        do { return try ModelCatalog.builtIn() } catch {
            throw ScenarioError(source: source, problems: [ScenarioProblem(path: "models", line: nil, message: "built-in models: \(error)")])
        }
    }

    private static func checkOverrides(_ scenario: Scenario, catalog: ModelCatalog, source: String) throws(ScenarioError) {
        do { _ = try catalog.applying(scenario) } catch {
            throw ScenarioError(source: source, problems: [ScenarioProblem(path: "models", line: nil, message: "\(error)")])
        }
    }
}
