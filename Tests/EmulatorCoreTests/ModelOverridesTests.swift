@testable import EmulatorCore
import Testing

/// Scenario overrides merged over a model's fixture JSON.
@Suite("Model catalog: scenario overrides")
struct ModelOverridesTests {
    @Test("a partial definition merges over the fixture; untouched keys and models stay as they were")
    func mergesOverFixture() throws {
        let catalog = try builtInCatalog.get().applying(overrides: [
            "z-image": ["url_ttl_seconds": 3600, "pixels": ["1:1": [512, 512]]],
        ])
        let square = try catalog.validate(request("z-image"), provider: .reapi).get()
        #expect(square.urlLifetimeSeconds == 3600)
        #expect(square.width == 512 && square.height == 512)
        let wide = try catalog.validate(request("z-image", ["aspect_ratio": "16:9"]), provider: .reapi).get()
        #expect(wide.width == 1280 && wide.height == 720)
        #expect(wide.credits == 5 && wide.format == .jpeg)
        let other = try catalog.validate(request("imagen-4-0"), provider: .reapi).get()
        #expect(other.urlLifetimeSeconds == 86_400)
    }

    @Test("an override reaches rules and their messages: n up to 8 on the official channel")
    func overridesRules() throws {
        let catalog = try builtInCatalog.get().applying(overrides: ["gpt-image-2-official": ["fields": ["n": ["max": 8]]]])
        #expect(try catalog.validate(request("gpt-image-2-official", ["n": 8]), provider: .reapi).get().imageCount == 8)
        let error = try #require(catalog.validate(request("gpt-image-2-official", ["n": 9]), provider: .reapi).failure)
        #expect(error.message == "n must be between 1 and 8")
    }

    @Test("prices, durations and messages are overridable")
    func overridesTables() throws {
        let catalog = try builtInCatalog.get().applying(overrides: [
            "imagen-4-0": ["price_per_image": 50, "duration_ms": [1000, 2000]],
            "imagen4": ["fields": ["aspect_ratio": ["messages": ["invalid": "bad ratio {value}"]]]],
        ])
        let order = try catalog.validate(request("imagen-4-0"), provider: .reapi).get()
        #expect(order.credits == 50 && order.durationMilliseconds == 1000...2000)
        let error = try #require(catalog.validate(request("imagen4", ["aspect_ratio": "2:1"]), provider: .apiinone).failure)
        #expect(error.message == "Invalid parameters: bad ratio 2:1")
    }

    @Test("null removes a key: z-image's image_url becomes an unknown field, accepted when those are ignored")
    func nullRemoves() throws {
        var catalog = try builtInCatalog.get().applying(overrides: ["z-image": ["fields": ["image_url": nil]]])
        let body = request("z-image", ["image_url": "https://cdn.example/a.png"])
        expectRefusal(try #require(catalog.validate(body, provider: .reapi).failure), code: 20003,
                      "unknown field \"image_url\" for model \"z-image\"")
        catalog.unknownFields = .ignore
        _ = try catalog.validate(body, provider: .reapi).get()
    }

    @Test("an alias names its model in overrides")
    func aliasInOverrides() throws {
        let catalog = try builtInCatalog.get().withURLLifetime(60, forModel: "imagen-4")
        #expect(try catalog.validate(request("imagen4"), provider: .apiinone).get().urlLifetimeSeconds == 60)
        #expect(try catalog.validate(request("imagen4-fast"), provider: .apiinone).get().urlLifetimeSeconds == 86_400)
    }

    @Test("withURLLifetime is the url_ttl shortcut")
    func urlLifetimeShortcut() throws {
        let catalog = try builtInCatalog.get().withURLLifetime(3600, forModel: "z-image")
        #expect(try catalog.validate(request("z-image"), provider: .reapi).get().urlLifetimeSeconds == 3600)
        #expect(throws: ModelDefinitionError.self) { try builtInCatalog.get().withURLLifetime(0, forModel: "z-image") }
    }

    @Test("a bad override throws, naming the key path",
          arguments: [
            (#"{"z-image": {"url_ttl": 3600}}"#, "z-image.url_ttl: unknown key"),
            (#"{"z-image": {"pixels": {"1:1": [512]}}}"#, "z-image.pixels.1:1: expected [width, height]"),
            (#"{"z-image": {"pixels": {"2:1": [512, 256]}}}"#, "z-image.pixels.2:1: \"2:1\" is not a value of the field"),
            (#"{"z-image": {"url_ttl_seconds": "1h"}}"#, "z-image.url_ttl_seconds: expected an integer, found string"),
            (#"{"gpt-image-2-official": {"fields": {"n": {"max": "4"}}}}"#, "gpt-image-2-official.fields.n.max: expected an integer"),
            (#"{"gpt-image-2-official": {"price_per_image": {"1k": {"low": {"1:1": "cheap"}}}}}"#,
             "gpt-image-2-official.price_per_image.1k.low.1:1: expected a price in USD"),
            (#"{"z-imag": {"url_ttl_seconds": 3600}}"#, "z-imag: unknown model"),
            (#"{"z-image": "fast"}"#, "z-image: expected an object"),
          ])
    func badOverride(overridesJSON: String, expected: String) throws {
        let overrides = try #require(try parsed(overridesJSON).objectValue)
        let byModel = Dictionary(uniqueKeysWithValues: overrides.pairs.map { ($0.key, $0.value) })
        let error = try #require(throws: ModelDefinitionError.self) { try builtInCatalog.get().applying(overrides: byModel) }
        #expect(error.description.hasPrefix(expected), "\(error.description)")
    }

    @Test("an override may not give two models one name on a provider")
    func duplicateNames() throws {
        let error = try #require(throws: ModelDefinitionError.self) {
            try builtInCatalog.get().applying(overrides: ["imagen4-fast": ["aliases": ["imagen-4"]]])
        }
        #expect(error.description.contains("\"imagen-4\" is already used by imagen4"))
    }

    @Test("a table hole left by an override is an internal error, not a guess")
    func tableHole() throws {
        let catalog = try builtInCatalog.get().applying(overrides: ["z-image": ["pixels": ["9:16": nil]]])
        let error = try #require(catalog.validate(request("z-image", ["aspect_ratio": "9:16"]), provider: .reapi).failure)
        #expect(error.kind == .internalError)
        #expect(error.message == "model z-image defines no pixel size for aspect_ratio=9:16")
    }
}

extension Result {
    /// The failure, if any.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
