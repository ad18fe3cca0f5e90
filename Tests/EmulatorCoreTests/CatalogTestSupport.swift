@testable import EmulatorCore
import Testing

/// Runs the built-in catalog's check on `body` with a scenario given as YAML applied.
func submit(_ body: JSONObject, scenario yaml: String, on provider: Provider = .reapi) throws -> Result<GenerationOrder, APIError> {
    let catalog = try builtInCatalog.get()
    let scenario = try ScenarioLoader.parse(yaml, knownModels: catalog.knownModels)
    return try catalog.applying(scenario).validate(body, provider: provider)
}

/// One documented ratio × tier cell: the request fields and the pixel size they must render.
struct PixelCell: Sendable, CustomTestStringConvertible {
    let model: String
    let fields: JSONObject
    let width: Int
    let height: Int
    init(_ model: String, _ fields: JSONObject, _ width: Int, _ height: Int) {
        (self.model, self.fields, self.width, self.height) = (model, fields, width, height)
    }
    var testDescription: String { "\(model) \(fields.pairs.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) → \(width)x\(height)" }

    /// The real catalogue accepts the fields and renders exactly this size.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let order = try accepted(request(model, fields), sourceLocation: sourceLocation)
        #expect(order.width == width && order.height == height, sourceLocation: sourceLocation)
    }
}
