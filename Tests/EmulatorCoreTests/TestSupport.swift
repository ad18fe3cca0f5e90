@testable import EmulatorCore

/// A validator that accepts any body with a string `prompt`, as a fixed 1024x1024 PNG order.
struct FixedOrderValidator: SubmitValidator {
    var credits = 10
    var family: EnvelopeFamily = .canonical
    var duration: ClosedRange<Int64> = 20_000...40_000

    func validate(_ body: JSONObject, provider: Provider) -> Result<GenerationOrder, APIError> {
        guard let prompt = body["prompt"]?.stringValue, !prompt.isEmpty else {
            return .failure(APIError(.missingField, "prompt is required"))
        }
        return .success(GenerationOrder(
            model: "test-model", family: family, idStyle: .hex32, prompt: prompt, imageCount: 1, width: 1024, height: 1024,
            format: .png, credits: credits, durationMilliseconds: duration, urlLifetimeSeconds: 86_400))
    }
}

extension HTTPRequest {
    /// A request with a bearer key and a JSON body, for tests.
    static func make(_ method: String, _ path: String, key: String? = "rk_test_key", json: String? = nil,
                     headers: [String: String] = [:]) -> HTTPRequest {
        var all = headers
        if let key { all["Authorization"] = "Bearer \(key)" }
        if json != nil { all["Content-Type"] = "application/json" }
        return HTTPRequest(method: method, path: path, headers: all, body: Array((json ?? "").utf8))
    }
}

extension HTTPResponse {
    var json: JSONValue? { try? JSONParser.parse(body) }
    /// `error.code` of a reAPI error body.
    var errorCode: Int? { json?["error"]?["code"]?.intValue }
    var errorMessage: String? { json?["error"]?["message"]?.stringValue }
}

func makeApp(provider: Provider = .reapi, clock: EmulatorClock = EmulatorClock(mode: .virtual, start: Timestamp(unixSeconds: 1_750_000_000)),
             validator: any SubmitValidator = FixedOrderValidator(),
             render: @escaping MediaRendering = { image in Array("\(image.width)x\(image.height)".utf8) }) -> EmulatorApp {
    var configuration = EmulatorConfiguration(provider: provider, publicURL: "http://emu.test", seed: 1)
    configuration.defaultCredits = 1_000
    // The fixed validator never fails to apply an empty scenario.
    return try! EmulatorApp(configuration: configuration, clock: clock, validator: validator, renderImage: render)
}
