@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The generated OpenAPI document: the submit body per model as the published contracts give
/// it, the envelopes, the error codes, the control routes, and models added without code.
/// Expected values are the documented ones (reapi.ai model pages, API in One's Imagen 4 page).
@Suite("OpenAPI document generated from the model definitions")
struct OpenAPIDocumentTests {
    static func document(_ emu: EmulatorHarness, _ path: String = "/_emulator/openapi.json") throws -> JSONValue {
        try emu.controlJSON("GET", path)
    }

    static func schema(_ doc: JSONValue, _ name: String) -> JSONValue? { doc["components"]?["schemas"]?[name] }

    /// A property's own schema, through the optional field's `anyOf` wrapper.
    static func own(_ property: JSONValue?) -> JSONValue? {
        guard let anyOf = property?["anyOf"]?.arrayValue else { return property }
        return anyOf.first
    }

    @Test("the reAPI document is OpenAPI 3.1 and its submit body is a oneOf over the 32 published models, model as discriminator")
    func reapiModels() throws {
        let doc = try Self.document(try EmulatorHarness())
        #expect(doc["openapi"] == "3.1.0")
        let body = try #require(Self.schema(doc, "SubmitRequest"))
        #expect(body["oneOf"]?.arrayValue?.count == 32)
        #expect(body["discriminator"]?["propertyName"] == "model")
        let mapping = try #require(body["discriminator"]?["mapping"]?.objectValue)
        for id in ["gpt-image-2-official", "gpt-image-2", "z-image", "imagen-4-0", "midjourney", "mj-v7-upscale"] {
            #expect(mapping[id] == .string("#/components/schemas/Submit.\(id)"), "\(id)")
        }
        #expect(mapping["imagen4"] == nil)  // an API in One model, unknown on reAPI
        let post = doc["paths"]?["/api/v1/images/generations"]?["post"]
        #expect(post?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"] == "#/components/schemas/SubmitRequest")
        #expect(post?["security"] == [["bearer": []]])
    }

    @Test("gpt-image-2-official: prompt 1-4000, n 1-4, quality and resolution enums with defaults, no undeclared keys")
    func gptImage2Official() throws {
        let doc = try Self.document(try EmulatorHarness())
        let model = try #require(Self.schema(doc, "Submit.gpt-image-2-official"))
        #expect(model["additionalProperties"] == false)
        #expect(model["required"] == ["model", "prompt"])
        let properties = try #require(model["properties"])
        #expect(properties["model"]?["enum"] == ["gpt-image-2-official"])
        #expect(properties["prompt"]?["minLength"] == 1 && properties["prompt"]?["maxLength"] == 4000)
        let n = Self.own(properties["n"])
        #expect(n?["type"] == "integer" && n?["minimum"] == 1 && n?["maximum"] == 4)
        #expect(Self.own(properties["quality"])?["enum"] == ["auto", "low", "medium", "high"])
        #expect(properties["quality"]?["default"] == "auto")
        // resolution is case-insensitive: `4K` is as valid as `4k`.
        let resolutions = Self.own(properties["resolution"])?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(Set(resolutions) == ["1k", "1K", "2k", "2K", "4k", "4K"])
        #expect(properties["resolution"]?["default"] == "1k")
        // size: the 14 ratios, or WxH pixels.
        let size = Self.own(properties["size"])?["anyOf"]?.arrayValue ?? []
        #expect(size.first?["enum"]?.arrayValue?.count == 14)
        #expect(size.last?["pattern"] != nil)
        // An optional field also takes what counts as not supplied (null, "", []).
        #expect(properties["n"]?["anyOf"]?.arrayValue?.contains(["type": "null"]) == true)
    }

    @Test("z-image: prompt up to 1000, five aspect ratios defaulting to 1:1, reference images not accepted")
    func zImage() throws {
        let properties = try #require(Self.schema(try Self.document(try EmulatorHarness()), "Submit.z-image")?["properties"])
        #expect(properties["prompt"]?["maxLength"] == 1000)
        #expect(Self.own(properties["aspect_ratio"])?["enum"] == ["1:1", "4:3", "3:4", "16:9", "9:16"])
        #expect(properties["aspect_ratio"]?["default"] == "1:1")
        #expect(properties["image_urls"]?["description"] == "not accepted by this model")
    }

    @Test("midjourney: one branch per action, upscale requires task_id, imagine requires prompt")
    func midjourneyActions() throws {
        let model = try #require(Self.schema(try Self.document(try EmulatorHarness()), "Submit.midjourney"))
        let branches = model["oneOf"]?.arrayValue ?? []
        let actions = branches.compactMap { $0["properties"]?["action"]?["const"]?.stringValue }
        #expect(actions == ["imagine", "edits", "blend", "upscale", "variation", "high_variation", "low_variation",
                            "reroll", "zoom", "pan", "remix_strong", "remix_subtle"])
        let upscale = try #require(branches.first { $0["properties"]?["action"]?["const"] == "upscale" })
        #expect(upscale["required"]?.arrayValue?.contains("task_id") == true)
        #expect(upscale["properties"]?["prompt"] == nil)
        let imagine = try #require(branches.first { $0["properties"]?["action"]?["const"] == "imagine" })
        #expect(imagine["required"]?.arrayValue?.contains("prompt") == true)
        let blend = try #require(branches.first { $0["properties"]?["action"]?["const"] == "blend" })
        #expect(blend["properties"]?["image_urls"]?["minItems"] == 2)
    }

    @Test("answers per envelope family, and the reAPI error envelope with the codes of each status")
    func reapiEnvelopes() throws {
        let doc = try Self.document(try EmulatorHarness())
        let submits = Self.schema(doc, "SubmitResponse")?["oneOf"]?.arrayValue ?? []
        #expect(submits.count == 2)  // canonical and imagen-4-0's
        let canonical = try #require(submits.first { $0["required"]?.arrayValue?.contains("created_at") == true })
        #expect(canonical["properties"]?["status"]?["enum"] == ["processing", "completed", "failed"])
        let imagen = try #require(submits.first { $0["properties"]?["data"]?["type"] == "array" })
        #expect(imagen["properties"]?["data"]?["items"]?["properties"]?["status"]?["const"] == "submitted")
        #expect(imagen["properties"]?["data"]?["items"]?["properties"]?["task_id"]?["pattern"] != nil)
        let codes400 = Self.schema(doc, "Error400")?["properties"]?["error"]?["properties"]?["code"]?["enum"]
        #expect(codes400 == [20001, 20002, 20003, 20004, 20005, 20006, 20007, 20008, 20010, 30002])
        #expect(Self.schema(doc, "Error401")?["properties"]?["error"]?["properties"]?["code"]?["enum"] == [10001, 10002, 10003, 10004])
        #expect(Self.schema(doc, "Error402")?["properties"]?["error"]?["properties"]?["code"]?["enum"] == [30001])
        let taskError = Self.schema(doc, "PollResponse")?["oneOf"]?[0]?["properties"]?["error"]?["oneOf"]?[1]
        #expect(taskError?["properties"]?["code"]?["enum"] == [80001, 80002, 80003, 80006])
        let media = doc["paths"]?["/media/tasks/{task}/{file}"]?["get"]?["responses"]
        #expect(media?["200"]?["content"]?["image/png"] != nil && media?["200"]?["content"]?["image/jpeg"] != nil)
        #expect(media?["403"]?["content"]?["application/xml"] != nil)
        #expect(media?["404"]?["content"]?["application/xml"] != nil)
    }

    @Test("GET /api/v1/balance: 200 {balance: integer}, bearer, 429 with Retry-After; reAPI only")
    func balance() throws {
        let doc = try Self.document(try EmulatorHarness())
        let operation = doc["paths"]?["/api/v1/balance"]?["get"]
        #expect(operation?["security"] == [["bearer": []]])
        #expect(operation?["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"] == "#/components/schemas/BalanceResponse")
        #expect(operation?["responses"]?["429"]?["headers"]?["Retry-After"] != nil)
        #expect(Self.schema(doc, "BalanceResponse")?["properties"]?["balance"]?["type"] == "integer")
        #expect(Self.schema(doc, "BalanceResponse")?["required"] == ["balance"])
        let apiInOne = try Self.document(try EmulatorHarness(provider: .apiinone))
        #expect(apiInOne["paths"]?["/api/v1/balance"] == nil)
    }

    @Test("API in One: imagen4, imagen4-fast, imagen4-ultra (alias imagen-4), its envelope and error types")
    func apiInOne() throws {
        let doc = try Self.document(try EmulatorHarness(provider: .apiinone))
        let mapping = Self.schema(doc, "SubmitRequest")?["discriminator"]?["mapping"]?.objectValue
        #expect(Set(mapping?.keys ?? []) == ["imagen4", "imagen-4", "imagen4-fast", "imagen4-ultra"])
        let submit = Self.schema(doc, "SubmitResponse")?["oneOf"]?[0]
        #expect(submit?["properties"]?["message"]?["const"] == "success")
        #expect(submit?["properties"]?["data"]?["properties"]?["status"]?["const"] == "IN_PROGRESS")
        let error400 = Self.schema(doc, "Error400")?["properties"]?["error"]?["properties"]
        #expect(error400?["code"]?["const"] == 400)
        #expect(error400?["type"]?["enum"]?.arrayValue?.contains("invalid_request") == true)
        #expect(Self.schema(doc, "Error401")?["properties"]?["error"]?["properties"]?["type"]?["enum"] == ["authentication_error"])
        #expect(Self.schema(doc, "Error402")?["properties"]?["error"]?["properties"]?["type"]?["enum"] == ["insufficient_credits"])
        let properties = Self.schema(doc, "Submit.imagen4")?["properties"]
        #expect(Self.own(properties?["aspect_ratio"])?["enum"] == ["1:1", "4:3", "3:4", "16:9", "9:16"])
        #expect(Self.own(properties?["seed"])?["type"] == "integer")
    }

    @Test("every control route is documented, with the session routes only in the listener's document")
    func controlRoutes() throws {
        let emu = try EmulatorHarness()
        let doc = try Self.document(emu)
        let routes: [(String, String)] = [
            ("get", "/_emulator/health"), ("post", "/_emulator/reset"), ("get", "/_emulator/scenario"), ("put", "/_emulator/scenario"),
            ("get", "/_emulator/clock"), ("post", "/_emulator/clock/advance"), ("get", "/_emulator/tasks"),
            ("get", "/_emulator/tasks/{id}"), ("get", "/_emulator/requests"), ("delete", "/_emulator/requests"),
            ("get", "/_emulator/accounts"), ("get", "/_emulator/accounts/{key}"), ("put", "/_emulator/accounts/{key}"),
            ("post", "/_emulator/sessions"), ("get", "/_emulator/sessions"), ("delete", "/_emulator/sessions/{id}"),
            ("get", "/_emulator/models"), ("get", "/_emulator/openapi.json"),
        ]
        for (method, path) in routes { #expect(doc["paths"]?[path]?[method] != nil, "\(method) \(path)") }
        #expect(doc["paths"]?["/_emulator/sessions"]?["post"]?["responses"]?["201"] != nil)
        #expect(doc["paths"]?["/_emulator/sessions"]?["post"]?["responses"]?["429"] != nil)
        // docs/control-api.md: a scenario check or an advance that outlives --max-hold answers 503.
        for (method, path) in [("put", "/_emulator/scenario"), ("post", "/_emulator/sessions"), ("post", "/_emulator/clock/advance")] {
            #expect(doc["paths"]?[path]?[method]?["responses"]?["503"] != nil, "\(method) \(path)")
        }
        #expect(doc["paths"]?["/_emulator/reset"]?["post"]?["responses"]?["503"] == nil)

        let session = try emu.controlJSON("POST", "/_emulator/sessions", "{}")
        let prefix = "/sessions/\(session["id"]?.stringValue ?? "")"
        let own = try Self.document(emu, prefix + "/_emulator/openapi.json")
        #expect(own["servers"]?[0]?["url"]?.stringValue?.hasSuffix(prefix) == true)
        #expect(own["paths"]?["/_emulator/sessions"] == nil)
        #expect(own["paths"]?["/_emulator/clock/advance"]?["post"] != nil)
    }

    @Test("a model a session's scenario defines appears in that session's document, not in the listener's")
    func scenarioModelAppears() throws {
        let emu = try EmulatorHarness()
        let scenario = #"{"models": {"my-zimage": {"extends": "z-image", "aliases": ["mz"]}}}"#
        let session = try emu.controlJSON("POST", "/_emulator/sessions", #"{"scenario": \#(scenario)}"#)
        let own = try Self.document(emu, "/sessions/\(session["id"]?.stringValue ?? "")/_emulator/openapi.json")
        let mapping = Self.schema(own, "SubmitRequest")?["discriminator"]?["mapping"]
        #expect(mapping?["my-zimage"] == "#/components/schemas/Submit.my-zimage")
        #expect(mapping?["mz"] == "#/components/schemas/Submit.my-zimage")
        #expect(Self.schema(own, "SubmitRequest")?["oneOf"]?.arrayValue?.count == 33)
        #expect(Self.schema(own, "Submit.my-zimage")?["properties"]?["prompt"]?["maxLength"] == 1000)
        #expect(Self.schema(try Self.document(emu), "Submit.my-zimage") == nil)
    }

    @Test("a fixture-shaped definition added to the catalogue appears in the document with no code change")
    func fixtureAddedLater() throws {
        let builtIn = try ModelCatalog.builtIn()
        let zImage = try #require(EmbeddedModels.files.first { $0.name == "z-image.json" }?.text)
        let text = zImage.replacingOccurrences(of: #""id": "z-image""#, with: #""id": "z-image-next""#)
        let added = try ModelDefinition(fixtureText: text)
        #expect(added.id == "z-image-next")
        let before = OpenAPIDocument(catalog: builtIn, provider: .reapi, serverURL: "http://127.0.0.1:8080", version: "t").json
        let after = OpenAPIDocument(catalog: ModelCatalog(definitions: builtIn.models + [added]), provider: .reapi,
                                    serverURL: "http://127.0.0.1:8080", version: "t").json
        #expect(before != after)
        #expect(Self.schema(after, "SubmitRequest")?["oneOf"]?.arrayValue?.count == 33)
        #expect(Self.schema(after, "Submit.z-image-next")?["properties"]?["model"]?["enum"] == ["z-image-next"])
    }

    @Test("a scenario's unknown_fields: ignore opens the bodies; its codes: overrides show in the error schemas")
    func scenarioPolicies() throws {
        let emu = try EmulatorHarness(scenario: "unknown_fields: ignore\ncodes: {missing_field: 29999}\n")
        let doc = try Self.document(emu)
        #expect(Self.schema(doc, "Submit.z-image")?["additionalProperties"] == true)
        #expect(Self.schema(doc, "Error400")?["properties"]?["error"]?["properties"]?["code"]?["enum"]?.arrayValue?.contains(29999) == true)
    }
}
