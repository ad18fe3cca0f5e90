@testable import EmulatorCore
import Testing

/// `midjourney`'s published input schema (reapi.ai/models/midjourney-v8): `action` picks the
/// variant, each with its required fields (schema_variants); values, limits and SKUs as published.
@Suite("midjourney: rules")
struct MidjourneyValidationTests {
    let model = "midjourney"

    func body(_ fields: JSONObject) -> JSONObject { request(model, prompt: nil, fields) }

    /// A completed grid of 4 owned by `rk_test_owner`, for follow-ups validated without an emulator.
    static let grid = PriorTask(id: "task_01KV52C0TEJSYZMCG0NCS4YWKK", model: "midjourney", owner: "rk_test_owner",
                                status: .completed, imageCount: 4, parameters: ["size": "3:2"])
    let prior = PriorTasks(key: "rk_test_owner") { $0 == MidjourneyValidationTests.grid.id ? MidjourneyValidationTests.grid : nil }

    func followUp(_ fields: JSONObject) throws -> Result<GenerationOrder, APIError> {
        var all: JSONObject = ["model": "midjourney", "task_id": .string(Self.grid.id)]
        for (key, value) in fields.pairs { all[key] = value }
        return try builtInCatalog.get().validate(all, provider: .reapi, prior: prior)
    }

    @Test("action: required, one of the twelve")
    func action() throws {
        expectRefusal(try refused(request(model)), code: 20002, "action is required")
        expectRefusal(try refused(body(["action": "paint"])), code: 20003,
                      "invalid action \"paint\" (allowed: imagine, edits, blend, upscale, variation, high_variation, low_variation, reroll, zoom, pan, remix_strong, remix_subtle)")
        expectRefusal(try refused(body(["action": 1])), code: 20003, "action must be a string (got integer)")
    }

    @Test("each action's required fields (schema_variants)")
    func requiredPerAction() throws {
        expectRefusal(try refused(body(["action": "imagine"])), code: 20002, "prompt is required when action is imagine")
        expectRefusal(try refused(body(["action": "edits", "prompt": "snow"])), code: 20002, "image_urls is required when action is edits")
        expectRefusal(try refused(body(["action": "blend"])), code: 20002, "image_urls is required when action is blend")
        for action in ["upscale", "variation", "high_variation", "low_variation", "reroll", "zoom", "pan", "remix_strong"] {
            expectRefusal(try refused(body(["action": .string(action)])), code: 20002, "task_id is required when action is \(action)")
        }
        expectRefusal(try refused(body(["action": "remix_subtle", "task_id": "task_x"])), code: 20002,
                      "index is required when action is remix_subtle")
        expectRefusal(try refused(body(["action": "imagine", "prompt": "   "])), code: 20002, "prompt is required when action is imagine")
    }

    @Test("fields an action does not take are refused")
    func wrongFieldsForAction() throws {
        expectRefusal(try refused(body(["action": "reroll", "task_id": "task_x", "index": 1])), code: 20003,
                      "index is not accepted when action is reroll")
        expectRefusal(try refused(body(["action": "upscale", "task_id": "task_x", "size": "1:1"])), code: 20003,
                      "size is not accepted when action is upscale")
        expectRefusal(try refused(request(model, ["action": "imagine", "task_id": "task_x"])), code: 20003,
                      "task_id is not accepted when action is imagine")
        expectRefusal(try refused(body(["action": "zoom", "task_id": "task_x", "direction": "up"])), code: 20003,
                      "direction is not accepted when action is zoom")
        expectRefusal(try refused(body(["action": "blend", "image_urls": ["https://cdn.example/a.png"]])), code: 20003,
                      "image_urls needs at least 2 entries when action is blend")
    }

    @Test("values and limits as published")
    func values() throws {
        let imagine: JSONObject = ["action": "imagine", "prompt": "a koi pond"]
        func with(_ key: String, _ value: JSONValue) -> JSONObject {
            var all = body(imagine)
            all[key] = value
            return all
        }
        expectRefusal(try refused(with("speed", "slow")), code: 20003, "invalid speed \"slow\" (allowed: relax, fast, turbo)")
        expectRefusal(try refused(with("size", "5:4")), code: 20005,
                      "invalid size \"5:4\" (allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 2:1, 1:2, 21:9, 9:21)")
        expectRefusal(try refused(with("version", "6")), code: 20003, "invalid version \"6\" (allowed: 8.2, 8.1, 7, 6.1, 5.2, 5.1)")
        expectRefusal(try refused(with("quality", 1)), code: 20003, "quality must be a string (got integer)")
        expectRefusal(try refused(with("stylize", 1001)), code: 20003, "stylize must be between 0 and 1000")
        expectRefusal(try refused(with("weird", -1)), code: 20003, "weird must be between 0 and 3000")
        expectRefusal(try refused(with("repeat", 1)), code: 20003, "repeat must be between 2 and 40")
        expectRefusal(try refused(with("stop", 9)), code: 20003, "stop must be between 10 and 100")
        expectRefusal(try refused(with("iw", 3.5)), code: 20003, "iw must be between 0 and 3")
        expectRefusal(try refused(with("dw", "high")), code: 20003, "dw must be a number (got string)")
        expectRefusal(try refused(with("tile", "yes")), code: 20003, "tile must be a boolean (got string)")
        expectRefusal(try refused(with("metadata", "x")), code: 20003, "metadata must be an object (got string)")
        expectRefusal(try refused(with("image_urls", ["a", "b", "c", "d", "e"])), code: 20003, "image_urls accepts at most 4 entries")
        expectRefusal(try refused(with("cref", "data:image/png;base64,AAAA")), code: 20003,
                      "cref must be a public http(s) URL — data: URIs are rejected")
        expectRefusal(try refused(with("prompt", "data:image/png;base64,AAAA a koi pond")), code: 20003,
                      "base64 / data: image inputs are not accepted — use a public http(s) URL")
        expectRefusal(try refused(with("mode", "fast")), code: 20003, "unknown field \"mode\" for model \"midjourney\"")
        let order = try accepted(with("metadata", ["run": "nightly", "n": 3]))
        #expect(order.parameters["metadata"] == ["run": "nightly", "n": 3])
        #expect(try accepted(with("iw", 2.5)).parameters["iw"] == 2.5)
        #expect(try accepted(with("prompt", "metadata: none, a koi pond")).prompt == "metadata: none, a koi pond")
    }

    @Test("zoom_ratio must be greater than 0; direction one of four")
    func zoomAndPan() throws {
        expectRefusal(try #require(try followUp(["action": "zoom", "zoom_ratio": 0]).failure), code: 20003, "zoom_ratio must be greater than 0")
        #expect(try followUp(["action": "zoom", "zoom_ratio": 2]).order?.imageCount == 4)
        expectRefusal(try #require(try followUp(["action": "pan", "direction": "north"]).failure), code: 20003,
                      "invalid direction \"north\" (allowed: left, right, up, down)")
    }

    @Test("defaults: relax, 16:9, version 8.2; 4 images, PNG, 24-hour URLs, imagen envelope with ULID ids")
    func defaults() throws {
        let order = try accepted(body(["action": "imagine", "prompt": "a koi pond"]))
        #expect(order.parameters["speed"] == "relax" && order.parameters["size"] == "16:9" && order.parameters["version"] == "8.2")
        #expect(order.imageCount == 4)
        #expect((order.width, order.height) == (1456, 816))
        #expect(order.format == .png && order.urlLifetimeSeconds == 86_400)
        #expect(order.family == .imagen && order.idStyle == .ulid)
        #expect(order.durationMilliseconds == 60_000...180_000)
    }

    @Test("grid tile per size", arguments: [
        ("1:1", 1024, 1024), ("16:9", 1456, 816), ("9:16", 816, 1456), ("4:3", 1232, 928), ("3:4", 928, 1232),
        ("3:2", 1344, 896), ("2:3", 896, 1344), ("2:1", 1536, 768), ("1:2", 768, 1536), ("21:9", 1680, 720), ("9:21", 720, 1680),
    ])
    func tiles(size: String, width: Int, height: Int) throws {
        let order = try accepted(body(["action": "imagine", "prompt": "a koi pond", "size": .string(size)]))
        #expect((order.width, order.height) == (width, height))
    }

    @Test("price per request: imagine SKUs for imagine, blend and reroll; edit SKUs for the rest",
          arguments: [("relax", 52, 64), ("fast", 64, 64), ("turbo", 115, 115)])
    func price(speed: String, imagine: Int, edit: Int) throws {
        let speedValue = JSONValue.string(speed)
        #expect(try accepted(body(["action": "imagine", "prompt": "a koi pond", "speed": speedValue])).credits == imagine)
        let blend = try accepted(body(["action": "blend", "speed": speedValue,
                                       "image_urls": ["https://cdn.example/a.png", "https://cdn.example/b.png"]]))
        #expect(blend.credits == imagine)
        #expect(try accepted(body(["action": "edits", "prompt": "snow", "speed": speedValue,
                                   "image_urls": ["https://cdn.example/a.png"]])).credits == edit)
        #expect(try followUp(["action": "reroll", "speed": speedValue]).order?.credits == imagine)
        for action in ["upscale", "variation", "zoom", "pan"] {
            #expect(try followUp(["action": .string(action), "speed": speedValue]).order?.credits == edit, "\(action)")
        }
        #expect(try followUp(["action": "remix_strong", "index": 2, "speed": speedValue]).order?.credits == edit)
    }

    @Test("a follow-up renders at its parent's size, whatever the default")
    func inheritsSize() throws {
        let upscale = try #require(try followUp(["action": "upscale", "index": 3]).order)
        #expect((upscale.width, upscale.height, upscale.imageCount) == (1344, 896, 1))
    }
}

extension Result where Success == GenerationOrder {
    /// The order of an accepted body, nil when it was refused.
    var order: GenerationOrder? { if case .success(let value) = self { value } else { nil } }
}
