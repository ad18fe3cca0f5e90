@testable import EmulatorCore
import Testing

/// Runs the built-in catalog's check on `body` with a scenario given as YAML applied.
func submit(_ body: JSONObject, scenario yaml: String, on provider: Provider = .reapi) throws -> Result<GenerationOrder, APIError> {
    let catalog = try builtInCatalog.get()
    let scenario = try ScenarioLoader.parse(yaml, knownModels: catalog.knownModels)
    return try catalog.applying(scenario).validate(body, provider: provider)
}
