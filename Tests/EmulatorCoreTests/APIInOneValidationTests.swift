@testable import EmulatorCore
import Testing

/// API in One's Imagen 4 (API in One's Imagen 4 page; docs/contract.md §5). Messages start with "Invalid parameters: ".
@Suite("API in One imagen4: rules")
struct APIInOneValidationTests {
    @Test("prompt is required", arguments: ["imagen4", "imagen4-fast", "imagen4-ultra"])
    func prompt(model: String) throws {
        expectRefusal(try refused(request(model, prompt: nil), on: .apiinone), code: 20002, "Invalid parameters: prompt is required")
        expectRefusal(try refused(request(model, prompt: " "), on: .apiinone), code: 20002, "Invalid parameters: prompt is required")
        expectRefusal(try refused(request(model, prompt: 3), on: .apiinone), code: 20003,
                      "Invalid parameters: prompt must be a string (got integer)")
    }

    @Test("no documented prompt limit: a long prompt is accepted")
    func longPrompt() throws {
        _ = try accepted(request("imagen4", prompt: text("a", count: 20_000)), on: .apiinone)
    }

    @Test("aspect_ratio outside the five -> 400", arguments: ["2:1", "21:9", "auto"])
    func aspectRatio(ratio: String) throws {
        expectRefusal(try refused(request("imagen4", ["aspect_ratio": .string(ratio)]), on: .apiinone), code: 20005,
                      "Invalid parameters: aspect_ratio must be one of 1:1, 4:3, 3:4, 16:9, 9:16")
    }

    @Test("num_images 1-4, default 1", arguments: [0, 5, -2] as [JSONValue])
    func numImages(count: JSONValue) throws {
        expectRefusal(try refused(request("imagen4", ["num_images": count]), on: .apiinone), code: 20003,
                      "Invalid parameters: num_images must be between 1 and 4")
    }

    @Test("negative_prompt must be a string; seed an integer")
    func types() throws {
        expectRefusal(try refused(request("imagen4", ["negative_prompt": 5]), on: .apiinone), code: 20003,
                      "Invalid parameters: negative_prompt must be a string (got integer)")
        expectRefusal(try refused(request("imagen4", ["seed": "42"]), on: .apiinone), code: 20003,
                      "Invalid parameters: seed must be an integer (got string)")
        expectRefusal(try refused(request("imagen4", ["seed": 4.5]), on: .apiinone), code: 20003,
                      "Invalid parameters: seed must be an integer (got number)")
        expectRefusal(try refused(request("imagen4", ["seed": try parsed("1e30")]), on: .apiinone), code: 20003,
                      "Invalid parameters: seed must be an integer (got number)")
        expectRefusal(try refused(request("imagen4", ["num_images": "2"]), on: .apiinone), code: 20003,
                      "Invalid parameters: num_images must be an integer (got string)")
    }

    @Test("the seed is carried into the order")
    func seed() throws {
        #expect(try accepted(request("imagen4", ["seed": 42]), on: .apiinone).seed == 42)
        #expect(try accepted(request("imagen4", ["seed": -7]), on: .apiinone).seed == -7)
        #expect(try accepted(request("imagen4"), on: .apiinone).seed == nil)
    }

    @Test("defaults and output: 1:1, one image, PNG, 24-hour URLs, 3-8 s, apiinone envelope and ids")
    func output() throws {
        let order = try accepted(request("imagen4-ultra", ["negative_prompt": "blur", "seed": 1]), on: .apiinone)
        #expect(order.model == "imagen4-ultra")
        #expect(order.parameters == ["aspect_ratio": "1:1", "negative_prompt": "blur", "num_images": 1, "seed": 1])
        #expect(order.imageCount == 1)
        #expect(order.format == .png)
        #expect(order.urlLifetimeSeconds == 86_400)
        #expect(order.durationMilliseconds == 3_000...8_000)
        #expect(order.family == .apiinone && order.idStyle == .apiinone)
    }

    @Test("reAPI fields are unknown here: 20003 with the provider's prefix")
    func foreignFieldsRefused() throws {
        expectRefusal(try refused(request("imagen4", ["size": "16:9", "n": 3]), on: .apiinone), code: 20003,
                      "Invalid parameters: unknown field \"size\" for model \"imagen4\" (did you mean \"aspect_ratio\"?)")
        expectRefusal(try refused(request("imagen-4", ["image_urls": ["https://a.example/x.png"]]), on: .apiinone), code: 20003,
                      "Invalid parameters: unknown field \"image_urls\" for model \"imagen4\"")
    }
}
