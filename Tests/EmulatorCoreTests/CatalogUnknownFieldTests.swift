@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Every published input schema is `additionalProperties: false`: a field the model does not
/// define is 400, 20003, `unknown field "x" for model "m"`, unless the scenario says
/// `unknown_fields: ignore`.
@Suite("Unknown fields")
struct CatalogUnknownFieldTests {
    static let reAPIModels = [
        "doubao-seedream-5-0-lite", "doubao-seedream-5-0-pro", "flux-2", "flux-2-flex",
        "gemini-2.5-flash-image-preview", "gemini-2.5-flash-image-preview-official",
        "gemini-3-pro-image-preview", "gemini-3-pro-image-preview-official",
        "gemini-3.1-flash-image-preview", "gemini-3.1-flash-image-preview-official",
        "gpt-image-2-beta", "nano-banana-2-lite", "qwen-image-2", "wan2.7-image", "wan2.7-image-pro",
        "gpt-image-2-official", "gpt-image-2", "z-image", "imagen-4-0",
    ]

    @Test("an undeclared field is refused on every reAPI model", arguments: reAPIModels)
    func refused(model: String) throws {
        expectRefusal(try EmulatorCoreTests.refused(request(model, ["style": "vivid"])), code: 20003,
                      "unknown field \"style\" for model \"\(model)\"")
    }

    @Test("an undeclared field is refused on every API in One model, with its prefix",
          arguments: ["imagen4", "imagen4-fast", "imagen4-ultra"])
    func refusedOnAPIInOne(model: String) throws {
        expectRefusal(try EmulatorCoreTests.refused(request(model, ["size": "16:9"]), on: .apiinone), code: 20003,
                      "Invalid parameters: unknown field \"size\" for model \"\(model)\" (did you mean \"aspect_ratio\"?)")
    }

    @Test("API in One's documented fields are all known", arguments: ["imagen4", "imagen4-fast", "imagen4-ultra"])
    func apiInOneFields(model: String) throws {
        _ = try accepted(request(model, ["aspect_ratio": "16:9", "negative_prompt": "blur", "num_images": 2, "seed": 7]),
                         on: .apiinone)
    }

    @Test("n is not a field of the single-image models", arguments: ["flux-2", "qwen-image-2", "nano-banana-2-lite",
                                                                    "doubao-seedream-5-0-pro", "gpt-image-2-beta", "z-image"])
    func noN(model: String) throws {
        expectRefusal(try EmulatorCoreTests.refused(request(model, ["n": 1])), code: 20003, "unknown field \"n\" for model \"\(model)\"")
    }

    @Test("official_fallback exists only on the non-official Gemini channels")
    func officialFallback() throws {
        _ = try accepted(request("gemini-3-pro-image-preview", ["official_fallback": true]))
        expectRefusal(try EmulatorCoreTests.refused(request("gemini-3-pro-image-preview-official", ["official_fallback": true])),
                      code: 20003, "unknown field \"official_fallback\" for model \"gemini-3-pro-image-preview-official\"")
    }

    @Test("a key inside an object field is named by its path")
    func nested() throws {
        expectRefusal(try EmulatorCoreTests.refused(request("doubao-seedream-5-0-lite", [
            "sequential_image_generation_options": ["max_images": 3, "extra": true],
        ])), code: 20003, "unknown field \"sequential_image_generation_options.extra\" for model \"doubao-seedream-5-0-lite\"")
        expectRefusal(try EmulatorCoreTests.refused(request("wan2.7-image", [
            "color_palette": [["hex": "#fff", "ratio": "50%"], ["hex": "#000", "ratio": "30%"], ["hex": "#f00", "ratio": "20%", "alpha": 1]],
        ])), code: 20003, "unknown field \"color_palette[2].alpha\" for model \"wan2.7-image\"")
    }

    @Test("declared fields are checked first, then unknown fields, then cross-field rules")
    func order() throws {
        expectRefusal(try EmulatorCoreTests.refused(request("flux-2", ["aspect_ratio": "9:9", "style": "x"])), code: 20005,
                      "invalid aspect_ratio \"9:9\" (allowed: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto)")
        expectRefusal(try EmulatorCoreTests.refused(request("flux-2", ["aspect_ratio": "auto", "style": "x"])), code: 20003,
                      "unknown field \"style\" for model \"flux-2\"")
    }

    @Test("scenario unknown_fields: ignore accepts them, top level and nested; reject is the default")
    func scenarioSwitch() throws {
        let body = request("wan2.7-image", ["style": "x", "color_palette": [["hex": "#fff", "ratio": "1", "alpha": 1],
                                                                           ["hex": "#000", "ratio": "1"], ["hex": "#f00", "ratio": "1"]]])
        let ignored = try submit(body, scenario: "unknown_fields: ignore").get()
        #expect(ignored.parameters["style"] == nil)
        // Declared fields (with what nests inside them) are checked before the body's own unknown keys.
        expectRefusal(try #require(try submit(body, scenario: "unknown_fields: reject").failure), code: 20003,
                      "unknown field \"color_palette[0].alpha\" for model \"wan2.7-image\"")
        expectRefusal(try #require(try submit(request("wan2.7-image", ["style": "x"]), scenario: "name: plain").failure), code: 20003,
                      "unknown field \"style\" for model \"wan2.7-image\"")
        let zImage = try submit(request("z-image", ["image_url": "https://cdn.example/a.png"]), scenario: "unknown_fields: ignore")
        expectRefusal(try #require(zImage.failure), code: 20003, "z-image is text-to-image only: image_url is not supported")
    }

    @Test("over HTTP: 400 with the platform envelope by default, 200 under a scenario with unknown_fields: ignore")
    func overHTTP() throws {
        let body = #"{"model":"flux-2","prompt":"a red fox","response_format":"url"}"#
        let strict = try EmulatorHarness().submit(body)
        #expect(strict.status == 400)
        #expect(strict.json?["error"]?["code"] == 20003)
        #expect(strict.json?["error"]?["message"] == "unknown field \"response_format\" for model \"flux-2\"")
        let lenient = try EmulatorHarness(scenario: "unknown_fields: ignore").submit(body)
        #expect(lenient.status == 200, "\(lenient.bodyText)")
    }

    @Test("the linter knows unknown_fields and its two values")
    func linted() throws {
        do {
            _ = try ScenarioLoader.parse("unknown_fields: drop", knownModels: nil)
            Issue.record("accepted unknown_fields: drop")
        } catch {
            #expect(error.problems.map(\.description) == ["unknown_fields (line 1): `drop` is not one of `reject`, `ignore`"])
        }
        #expect(try ScenarioLoader.parse("unknown_fields: ignore", knownModels: nil).unknownFields == .ignore)
    }

    // reAPI's own agent skill sends `aspect_ratio` to doubao-seedream-5-0-lite, whose ratio field is `size`.
    @Test("an unknown field names the field meant: the same part under another name, or a near spelling")
    func nearestField() throws {
        expectRefusal(try EmulatorCoreTests.refused(request("doubao-seedream-5-0-lite", ["aspect_ratio": "16:9"])), code: 20003,
                      "unknown field \"aspect_ratio\" for model \"doubao-seedream-5-0-lite\" (did you mean \"size\"?)")
        expectRefusal(try EmulatorCoreTests.refused(request("gpt-image-2-official", ["resolutoin": "2k"])), code: 20003,
                      "unknown field \"resolutoin\" for model \"gpt-image-2-official\" (did you mean \"resolution\"?)")
        expectRefusal(try EmulatorCoreTests.refused(request("imagen4", ["n": 2]), on: .apiinone), code: 20003,
                      "Invalid parameters: unknown field \"n\" for model \"imagen4\" (did you mean \"num_images\"?)")
        // A field the model refuses outright is never suggested (gpt-image-2 has no quality).
        expectRefusal(try EmulatorCoreTests.refused(request("gpt-image-2", ["qualty": "high"])), code: 20003,
                      "unknown field \"qualty\" for model \"gpt-image-2\"")
    }
}
