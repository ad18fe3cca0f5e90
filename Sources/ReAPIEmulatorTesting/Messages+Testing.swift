import EmulatorCore

extension HTTPRequest {
    /// A request with a bearer key and a JSON body, for tests.
    public static func make(_ method: String, _ path: String, key: String? = "rk_test_key", json: String? = nil,
                            headers: [String: String] = [:], bodyTooLarge: Bool = false) -> HTTPRequest {
        var all = headers
        if let key { all["Authorization"] = "Bearer \(key)" }
        if json != nil { all["Content-Type"] = "application/json" }
        return HTTPRequest(method: method, path: path, headers: all, body: Array((json ?? "").utf8), bodyTooLarge: bodyTooLarge)
    }
}

extension HTTPResponse {
    public var json: JSONValue? { try? JSONParser.parse(body) }
    /// `error.code` of an error body.
    public var errorCode: Int? { json?["error"]?["code"]?.intValue }
    public var errorMessage: String? { json?["error"]?["message"]?.stringValue }
    /// The task id of a submit answer in any of the three envelope families.
    public var taskID: String? { json.flatMap(Self.taskID(in:)) }

    public static func taskID(in body: JSONValue) -> String? {
        body["id"]?.stringValue ?? body["data"]?.arrayValue?.first?["task_id"]?.stringValue ?? body["data"]?["task_id"]?.stringValue
    }
}

/// A validator that accepts any body with a string `prompt`, as a fixed 1024x1024 PNG order:
/// for tests of the engine that must not depend on any model's contract.
public struct FixedOrderValidator: SubmitValidator {
    public var credits = 10
    public var family: EnvelopeFamily = .canonical
    public var duration: ClosedRange<Int64> = 20_000...40_000

    public init(credits: Int = 10, family: EnvelopeFamily = .canonical, duration: ClosedRange<Int64> = 20_000...40_000) {
        self.credits = credits
        self.family = family
        self.duration = duration
    }

    public func validate(_ body: JSONObject, provider: Provider) -> Result<GenerationOrder, APIError> {
        guard let prompt = body["prompt"]?.stringValue, !prompt.isEmpty else {
            return .failure(APIError(.missingField, "prompt is required"))
        }
        return .success(GenerationOrder(
            model: "test-model", family: family, idStyle: .hex32, prompt: prompt, imageCount: 1, width: 1024, height: 1024,
            format: .png, credits: credits, durationMilliseconds: duration, urlLifetimeSeconds: 86_400))
    }
}

extension Answer {
    /// The connection is closed without an answer.
    public var isDropped: Bool {
        if case .drop = delivery { return true }
        return false
    }

    /// When a held answer is sent, on its session's clock (nil: sent now, or dropped).
    public var heldUntil: Timestamp? {
        switch delivery {
        case .at(let due, _): return due
        case .render(let job): return job.heldUntil?.at
        case .now, .drop, .later: return nil
        }
    }
}
