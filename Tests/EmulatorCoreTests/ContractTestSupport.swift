@testable import EmulatorCore
import Testing

/// The built-in catalog, decoded once for the whole test run.
let builtInCatalog = Result { try ModelCatalog.builtIn() }

/// A submit body for `model` with a valid prompt (or `prompt` as given, `nil` for none) and `fields`.
func request(_ model: String, prompt: JSONValue? = "a lighthouse at dusk", _ fields: JSONObject = [:]) -> JSONObject {
    var body: JSONObject = ["model": .string(model)]
    if let prompt { body["prompt"] = prompt }
    for (key, value) in fields.pairs { body[key] = value }
    return body
}

/// Runs the whole submit check of the built-in catalog on `body`.
func submit(_ body: JSONObject, on provider: Provider = .reapi) throws -> Result<GenerationOrder, APIError> {
    try builtInCatalog.get().validate(body, provider: provider)
}

/// The order an accepted body yields; records an issue (and throws) when it was refused.
func accepted(_ body: JSONObject, on provider: Provider = .reapi,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> GenerationOrder {
    switch try submit(body, on: provider) {
    case .success(let order): return order
    case .failure(let error):
        Issue.record("refused with \(error.kind.code): \(error.message)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The error a refused body yields; records an issue (and throws) when it was accepted.
func refused(_ body: JSONObject, on provider: Provider = .reapi,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> APIError {
    switch try submit(body, on: provider) {
    case .failure(let error): return error
    case .success(let order):
        Issue.record("accepted, expected a refusal: \(order)", sourceLocation: sourceLocation)
        throw UnexpectedAcceptance()
    }
}

struct UnexpectedAcceptance: Error {}

/// Parses JSON text the way the server does, for values only the parser produces
/// (`99999999999999999999` becomes a double).
func parsed(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

/// Asserts a refusal's reAPI code, HTTP status and exact message.
func expectRefusal(_ error: APIError, code: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(error.kind.code == code, sourceLocation: sourceLocation)
    #expect(error.status == 400, sourceLocation: sourceLocation)
    #expect(error.message == message, sourceLocation: sourceLocation)
}

/// A string of `count` copies of `unit`.
func text(_ unit: String, count: Int) -> JSONValue { .string(String(repeating: unit, count: count)) }
