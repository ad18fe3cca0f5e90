@testable import EmulatorCore
import Testing

/// mj-v7 and its edit models (reapi.ai/models/midjourney-v7): the published schemas, the page
/// configs' rule messages, the SKUs (mj-v7:draft $0.043659, fast $0.087318, turbo $0.174636;
/// the edit models' fast / turbo / flat prices) and the grid tiles (upscale: 2x).
@Suite("mj-v7 family: rules, follow-ups, prices")
struct MJV7FamilyTests {
    static let owner = "rk_test_owner"

    /// Completed parents owned by `owner`: a fast 16:9 grid, a draft 1:1 grid and an upscale.
    static let parents: [String: PriorTask] = [
        "task_grid": PriorTask(id: "task_grid", model: "mj-v7", owner: owner, status: .completed, imageCount: 4,
                               parameters: ["model_params": ["speed": "fast"], "aspect_ratio": "16:9"]),
        "task_draft": PriorTask(id: "task_draft", model: "mj-v7", owner: owner, status: .completed, imageCount: 4,
                                parameters: ["model_params": ["speed": "draft"], "aspect_ratio": "1:1"]),
        "task_up": PriorTask(id: "task_up", model: "mj-v7-upscale", owner: owner, status: .completed, imageCount: 1,
                             parameters: ["aspect_ratio": "16:9"]),
    ]
    let prior = PriorTasks(key: owner) { MJV7FamilyTests.parents[$0] }

    func check(_ model: String, prompt: JSONValue? = nil, _ fields: JSONObject = [:]) throws -> Result<GenerationOrder, APIError> {
        try builtInCatalog.get().validate(request(model, prompt: prompt, fields), provider: .reapi, prior: prior)
    }

    func order(_ model: String, prompt: JSONValue? = nil, _ fields: JSONObject = [:],
               sourceLocation: SourceLocation = #_sourceLocation) throws -> GenerationOrder {
        let result = try check(model, prompt: prompt, fields)
        if case .failure(let error) = result { Issue.record("refused: \(error.message)", sourceLocation: sourceLocation) }
        return try #require(result.order, sourceLocation: sourceLocation)
    }

    func refusal(_ model: String, prompt: JSONValue? = nil, _ fields: JSONObject = [:],
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> APIError {
        try #require(try check(model, prompt: prompt, fields).failure, "accepted", sourceLocation: sourceLocation)
    }

    @Test("mj-v7: prompt 1-8192, data: refused, 4 images, --ar picks the tile, price by speed (fast by default)")
    func mjV7() throws {
        expectRefusal(try refusal("mj-v7"), code: 20002, "prompt is required")
        expectRefusal(try refusal("mj-v7", prompt: text("a", count: 8193)), code: 20007, "prompt must be at most 8192 characters")
        expectRefusal(try refusal("mj-v7", prompt: "data:image/png;base64,AAAA a fox"), code: 20003,
                      "base64 / data: image inputs are not accepted — place a public http(s) URL at the start of the prompt")
        expectRefusal(try refusal("mj-v7", prompt: "a fox", ["model_params": ["speed": "relax"]]), code: 20003,
                      "invalid model_params.speed \"relax\" (allowed: draft, fast, turbo)")
        expectRefusal(try refusal("mj-v7", prompt: "a fox", ["model_params": ["speed": "fast", "seed": 1]]), code: 20003,
                      "unknown field \"model_params.seed\" for model \"mj-v7\"")
        expectRefusal(try refusal("mj-v7", prompt: "a fox", ["model_params": "fast"]), code: 20003,
                      "model_params must be an object (got string)")
        let plain = try order("mj-v7", prompt: "a fox")
        #expect((plain.imageCount, plain.width, plain.height, plain.credits) == (4, 1024, 1024, 88))
        #expect(plain.family == .canonical && plain.idStyle == .hex32 && plain.urlLifetimeSeconds == 86_400)
        #expect((try order("mj-v7", prompt: "a fox --ar 9:16 --s 500")).width == 816)
        let snapped = try order("mj-v7", prompt: "a fox --ar 7:4")
        #expect((snapped.width, snapped.height) == (1456, 816))
        #expect(try order("mj-v7", prompt: "a fox", ["model_params": ["speed": "draft"]]).credits == 44)
        #expect(try order("mj-v7", prompt: "a fox", ["model_params": ["speed": "turbo"]]).credits == 175)
    }

    @Test("mj-v7-upscale: one image at twice the parent's tile; an upscale is not upscaled again")
    func upscale() throws {
        expectRefusal(try refusal("mj-v7-upscale"), code: 20002, "model_params is required")
        expectRefusal(try refusal("mj-v7-upscale", ["model_params": ["image_number": 1]]), code: 20002, "model_params.task_id is required")
        expectRefusal(try refusal("mj-v7-upscale", ["model_params": ["task_id": "task_grid", "image_number": 4]]), code: 20003,
                      "model_params.image_number must be between 0 and 3")
        let up = try order("mj-v7-upscale", ["model_params": ["task_id": "task_grid", "image_number": 3, "type": "creative"]])
        #expect((up.imageCount, up.width, up.height, up.credits) == (1, 2912, 1632, 131))
        let again = try refusal("mj-v7-upscale", ["model_params": ["task_id": "task_up"]])
        #expect(again.kind.code == 20003)
        #expect(again.message.hasPrefix("model_params.task_id \"task_up\" is a mj-v7-upscale task; mj-v7-upscale can only follow mj-v7, mj-v7-edit,"))
        expectRefusal(try refusal("mj-v7-upscale", ["model_params": ["task_id": "task_gone"]]), code: 20003,
                      "model_params.task_id \"task_gone\" does not exist")
    }

    @Test("image_number is 0-based and must exist in the parent")
    func imageNumber() throws {
        expectRefusal(try refusal("mj-v7-variation", ["model_params": ["task_id": "task_up", "image_number": 1]]), code: 20003,
                      "model_params.image_number 1 is out of range: task \"task_up\" has 1 image")
        let variation = try order("mj-v7-variation", ["model_params": ["task_id": "task_up", "type": "strong"]])
        #expect((variation.imageCount, variation.width, variation.height) == (4, 1456, 816))
    }

    @Test("mj-v7-enhance only follows draft-mode tasks")
    func enhance() throws {
        expectRefusal(try refusal("mj-v7-enhance", ["model_params": ["task_id": "task_grid"]]), code: 20003,
                      "model_params.task_id \"task_grid\" was generated with speed fast; mj-v7-enhance only supports source tasks generated in draft mode")
        let enhanced = try order("mj-v7-enhance", ["model_params": ["task_id": "task_draft", "image_number": 2]])
        #expect((enhanced.imageCount, enhanced.width, enhanced.credits) == (4, 1024, 88))
    }

    @Test("mj-v7-edit: canvas and img_pos required, sizes above 0, points an even list of at least 6")
    func edit() throws {
        let canvas: JSONValue = ["width": 2048, "height": 1024]
        let position: JSONValue = ["width": 1024, "height": 1024, "x": 0, "y": 0]
        expectRefusal(try refusal("mj-v7-edit", prompt: "a fox", ["model_params": ["task_id": "task_grid", "img_pos": position]]),
                      code: 20002, "model_params.canvas is required")
        expectRefusal(try refusal("mj-v7-edit", prompt: "a fox", ["model_params": [
            "task_id": "task_grid", "canvas": ["width": 0, "height": 1024], "img_pos": position]]),
                      code: 20003, "model_params.canvas.width must be between 1 and 9007199254740991")
        func mask(_ points: [JSONValue]) -> JSONObject {
            ["model_params": ["task_id": "task_grid", "canvas": canvas, "img_pos": position,
                              "mask": ["areas": [["width": 10, "height": 10, "points": .array(points)]]]]]
        }
        expectRefusal(try refusal("mj-v7-edit", prompt: "a fox", mask([1, 2, 3, 4])), code: 20003,
                      "model_params.mask.areas[0].points needs at least 6 entries")
        expectRefusal(try refusal("mj-v7-edit", prompt: "a fox", mask([1, 2, 3, 4, 5, 6, 7])), code: 20003,
                      "points must be an even list of (x,y) pairs")
        let edited = try order("mj-v7-edit", prompt: "a fox", mask([0, 0, 10, 0, 10, 10]))
        #expect((edited.imageCount, edited.width, edited.credits) == (4, 1456, 131))
        #expect(try order("mj-v7-edit", prompt: "a fox", ["model_params": ["task_id": "task_grid", "canvas": canvas,
                                                                          "img_pos": position, "speed": "turbo"]]).credits == 262)
    }

    @Test("mj-v7-inpaint and mj-v7-upload-paint: mask must set exactly one of areas or url")
    func masks() throws {
        expectRefusal(try refusal("mj-v7-inpaint", ["model_params": ["task_id": "task_grid", "mask": [:]]]), code: 20003,
                      "mask must set exactly one of areas or url")
        expectRefusal(try refusal("mj-v7-upload-paint", prompt: "a fox", [
            "image_urls": ["https://cdn.example/a.png"],
            "model_params": ["mask": ["areas": []], "canvas": ["width": 1, "height": 1], "img_pos": ["width": 1, "height": 1, "x": 0, "y": 0]]]),
                      code: 20003, "mask must set exactly one of areas or url")
        expectRefusal(try refusal("mj-v7-upload-paint", prompt: "a fox", ["model_params": [:]]), code: 20002, "model_params.mask is required")
    }

    @Test("mj-v7-remove-bg and mj-v7-retexture take exactly one image URL; remove-bg makes one 1024x1024 image")
    func oneImageInput() throws {
        expectRefusal(try refusal("mj-v7-remove-bg"), code: 20002, "image_urls is required")
        expectRefusal(try refusal("mj-v7-retexture", prompt: "moss", ["image_urls": ["https://cdn.example/a.png", "https://cdn.example/b.png"]]),
                      code: 20003, "image_urls accepts at most 1 entries")
        expectRefusal(try refusal("mj-v7-retexture", prompt: "moss", ["image_urls": ["ftp://cdn.example/a.png"]]), code: 20003,
                      "image_urls must be a public http(s) URL (got \"ftp://cdn.example/a.png\")")
        let removed = try order("mj-v7-remove-bg", ["image_urls": ["https://cdn.example/a.png"]])
        #expect((removed.imageCount, removed.width, removed.height, removed.credits, removed.format) == (1, 1024, 1024, 88, .png))
        let retextured = try order("mj-v7-retexture", prompt: "moss --ar 3:2", ["image_urls": ["https://cdn.example/a.png"]])
        #expect((retextured.imageCount, retextured.width, retextured.credits) == (4, 1344, 131))
    }

    @Test("price per request of each edit model at fast and turbo (SKUs)", arguments: [
        ("mj-v7-outpaint", 88, 175), ("mj-v7-pan", 88, 175), ("mj-v7-remix", 131, 262), ("mj-v7-variation", 131, 262),
        ("mj-v7-inpaint", 131, 262),
    ])
    func prices(model: String, fast: Int, turbo: Int) throws {
        var params: JSONObject = ["task_id": "task_grid"]
        if model == "mj-v7-inpaint" { params["mask"] = ["areas": [["width": 1, "height": 1, "points": [0, 0, 1, 0, 1, 1]]]] }
        let prompt: JSONValue? = model == "mj-v7-remix" ? "at night" : nil
        #expect(try order(model, prompt: prompt, ["model_params": .object(params)]).credits == fast)
        params["speed"] = "turbo"
        #expect(try order(model, prompt: prompt, ["model_params": .object(params)]).credits == turbo)
    }

    @Test("outpaint scale 1.1-2, pan scale 1.1-3 and direction")
    func scales() throws {
        expectRefusal(try refusal("mj-v7-outpaint", ["model_params": ["task_id": "task_grid", "scale": 2.5]]), code: 20003,
                      "model_params.scale must be between 1.1 and 2")
        expectRefusal(try refusal("mj-v7-pan", ["model_params": ["task_id": "task_grid", "scale": 1]]), code: 20003,
                      "model_params.scale must be between 1.1 and 3")
        expectRefusal(try refusal("mj-v7-pan", ["model_params": ["task_id": "task_grid", "direction": "north"]]), code: 20003,
                      "invalid model_params.direction \"north\" (allowed: down, right, up, left)")
    }
}
