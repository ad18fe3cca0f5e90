@testable import EmulatorCore
import Testing

@Suite("Model catalog: lookup and the model check")
struct ModelCatalogTests {
    @Test("the built-in catalog holds the documented models with their providers")
    func builtInModels() throws {
        let catalog = try builtInCatalog.get()
        let summary = Set(catalog.models.map { "\($0.provider.rawValue)/\($0.id)" })
        let expected: Set<String> = [
            "apiinone/imagen4", "apiinone/imagen4-fast", "apiinone/imagen4-ultra",
            "reapi/gpt-image-2", "reapi/gpt-image-2-official", "reapi/imagen-4-0", "reapi/z-image",
            "reapi/doubao-seedream-5-0-lite", "reapi/doubao-seedream-5-0-pro", "reapi/flux-2", "reapi/flux-2-flex",
            "reapi/gemini-2.5-flash-image-preview", "reapi/gemini-2.5-flash-image-preview-official",
            "reapi/gemini-3-pro-image-preview", "reapi/gemini-3-pro-image-preview-official",
            "reapi/gemini-3.1-flash-image-preview", "reapi/gemini-3.1-flash-image-preview-official",
            "reapi/gpt-image-2-beta", "reapi/nano-banana-2-lite", "reapi/qwen-image-2", "reapi/wan2.7-image", "reapi/wan2.7-image-pro",
            "reapi/midjourney", "reapi/mj-v7", "reapi/mj-v7-edit", "reapi/mj-v7-enhance", "reapi/mj-v7-inpaint",
            "reapi/mj-v7-outpaint", "reapi/mj-v7-pan", "reapi/mj-v7-remix", "reapi/mj-v7-remove-bg", "reapi/mj-v7-retexture",
            "reapi/mj-v7-upload-paint", "reapi/mj-v7-upscale", "reapi/mj-v7-variation",
        ]
        #expect(expected.isSubset(of: summary), "missing: \(expected.subtracting(summary).sorted())")
    }

    @Test("envelope family and task id style per model")
    func familiesAndIDStyles() throws {
        let catalog = try builtInCatalog.get()
        let expected: [(String, Provider, EnvelopeFamily, TaskIDStyle)] = [
            ("gpt-image-2-official", .reapi, .canonical, .hex32), ("gpt-image-2", .reapi, .canonical, .hex32),
            ("z-image", .reapi, .canonical, .hex32), ("imagen-4-0", .reapi, .imagen, .ulid),
            ("imagen4", .apiinone, .apiinone, .apiinone), ("imagen4-fast", .apiinone, .apiinone, .apiinone),
            ("imagen4-ultra", .apiinone, .apiinone, .apiinone),
            ("midjourney", .reapi, .imagen, .ulid), ("mj-v7", .reapi, .canonical, .hex32),
            ("mj-v7-upscale", .reapi, .canonical, .hex32),
        ]
        for (id, provider, family, style) in expected {
            let model = try #require(catalog.model(named: id, provider: provider))
            #expect(model.family == family, "\(id)")
            #expect(model.idStyle == style, "\(id)")
        }
    }

    @Test("an alias resolves to its model, and the order echoes the model's own id")
    func aliasResolves() throws {
        let catalog = try builtInCatalog.get()
        #expect(catalog.model(named: "imagen-4", provider: .apiinone)?.id == "imagen4")
        let order = try accepted(request("imagen-4"), on: .apiinone)
        #expect(order.model == "imagen4")
    }

    @Test("a model of the other provider is unknown on this listener")
    func otherProviderIsUnknown() throws {
        expectRefusal(try refused(request("imagen4")), code: 20004, "unknown model \"imagen4\"")
        expectRefusal(try refused(request("gpt-image-2-official"), on: .apiinone), code: 20004,
                      "Invalid parameters: unknown model \"gpt-image-2-official\"")
    }

    @Test("missing, empty or null model is 20004 model is required")
    func missingModel() throws {
        expectRefusal(try refused(["prompt": "a fox"]), code: 20004, "model is required")
        expectRefusal(try refused(["model": "", "prompt": "a fox"]), code: 20004, "model is required")
        expectRefusal(try refused(["model": nil, "prompt": "a fox"]), code: 20004, "model is required")
        expectRefusal(try refused(["prompt": "a fox"], on: .apiinone), code: 20004, "Invalid parameters: model is required")
    }

    @Test("an unknown or non-string model is 20004")
    func unknownModel() throws {
        expectRefusal(try refused(request("dall-e-9")), code: 20004, "unknown model \"dall-e-9\"")
        expectRefusal(try refused(request("GPT-IMAGE-2")), code: 20004, "unknown model \"GPT-IMAGE-2\"")
        expectRefusal(try refused(["model": 5, "prompt": "a fox"]), code: 20004, "model must be a string (got integer)")
    }

    @Test("the model is checked before any field")
    func modelBeforeFields() throws {
        expectRefusal(try refused(["model": "nope"]), code: 20004, "unknown model \"nope\"")
    }

    @Test("a field the model does not declare is 20003, the first one in body order")
    func unknownFieldsRefused() throws {
        expectRefusal(try refused(request("z-image", ["size": "16:9", "resolution": "4k"])), code: 20003,
                      "unknown field \"size\" for model \"z-image\" (did you mean \"aspect_ratio\"?)")
        expectRefusal(try refused(request("gpt-image-2-official", ["style": ["x": 1]])), code: 20003,
                      "unknown field \"style\" for model \"gpt-image-2-official\"")
    }

    @Test("declared fields are checked before unknown ones")
    func declaredFieldsFirst() throws {
        expectRefusal(try refused(request("z-image", prompt: nil, ["style": "x"])), code: 20002, "prompt is required")
    }

    @Test("with unknown_fields: ignore, undeclared fields are ignored")
    func unknownFieldsIgnored() throws {
        var catalog = try builtInCatalog.get()
        catalog.unknownFields = .ignore
        let order = try catalog.validate(request("z-image", ["size": "16:9", "resolution": "4k", "style": ["x": 1]]),
                                         provider: .reapi).get()
        #expect(order.width == 1024 && order.height == 1024)
        #expect(order.parameters["size"] == nil)
    }

    @Test("a JSON null counts as an absent field: the default applies")
    func nullIsAbsent() throws {
        let order = try accepted(request("gpt-image-2-official", ["size": nil, "quality": nil, "n": nil]))
        #expect(order.parameters["size"] == "1:1")
        #expect(order.parameters["quality"] == "auto")
        #expect(order.imageCount == 1)
    }

    @Test("init(definitions:) serves exactly the given definitions")
    func customCatalog() throws {
        let zImage = try #require(try builtInCatalog.get().model(named: "z-image", provider: .reapi))
        let catalog = ModelCatalog(definitions: [zImage])
        #expect(catalog.models.map(\.id) == ["z-image"])
        #expect(catalog.model(named: "imagen-4-0", provider: .reapi) == nil)
        #expect(try catalog.validate(request("z-image"), provider: .reapi).get().credits == 5)
    }
}
