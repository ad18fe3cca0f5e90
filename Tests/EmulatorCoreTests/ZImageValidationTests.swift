@testable import EmulatorCore
import Testing

/// z-image (the z-image docs page).
@Suite("z-image: rules")
struct ZImageValidationTests {
    let model = "z-image"

    @Test("prompt: required, at most 1000 characters")
    func prompt() throws {
        expectRefusal(try refused(request(model, prompt: nil)), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, prompt: " ")), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, prompt: text("字", count: 1001))), code: 20007, "prompt must be at most 1000 characters")
        _ = try accepted(request(model, prompt: text("字", count: 1000)))
        expectRefusal(try refused(request(model, prompt: 7)), code: 20003, "prompt must be a string (got integer)")
    }

    // The page gives no code ("an unsupported aspect_ratio → 400"): the catalogue's 20005
    // "size not supported by this model".
    @Test("aspect_ratio outside the five -> 20005", arguments: ["2:1", "1:1 ", "square", "21:9"])
    func aspectRatio(ratio: String) throws {
        expectRefusal(try refused(request(model, ["aspect_ratio": .string(ratio)])), code: 20005,
                      "invalid aspect_ratio \"\(ratio)\" (allowed: 1:1, 4:3, 3:4, 16:9, 9:16)")
    }

    @Test("nsfw_checker must be a boolean, default false")
    func nsfwChecker() throws {
        expectRefusal(try refused(request(model, ["nsfw_checker": "yes"])), code: 20003, "nsfw_checker must be a boolean (got string)")
        expectRefusal(try refused(request(model, ["nsfw_checker": 1])), code: 20003, "nsfw_checker must be a boolean (got integer)")
        #expect(try accepted(request(model)).parameters["nsfw_checker"] == false)
        #expect(try accepted(request(model, ["nsfw_checker": true])).parameters["nsfw_checker"] == true)
    }

    @Test("exactly one image and no n field (the published schema has none): n is an unknown field")
    func oneImage() throws {
        expectRefusal(try refused(request(model, ["n": 2])), code: 20003, "unknown field \"n\" for model \"z-image\"")
        expectRefusal(try refused(request(model, ["n": 1])), code: 20003, "unknown field \"n\" for model \"z-image\"")
        #expect(try accepted(request(model)).imageCount == 1)
    }

    @Test("reference fields -> 20003 text-to-image only", arguments: ["image_urls", "image_url", "mask_url"])
    func referenceFields(field: String) throws {
        let value: JSONValue = field == "image_urls" ? ["https://cdn.example/a.png"] : "https://cdn.example/a.png"
        expectRefusal(try refused(request(model, [field: value])), code: 20003, "z-image is text-to-image only: \(field) is not supported")
    }

    @Test("JPEG, 5 credits, 24-hour URLs, 2-6 s")
    func output() throws {
        let order = try accepted(request(model, ["aspect_ratio": "9:16"]))
        #expect(order.format == .jpeg)
        #expect(order.credits == 5)
        #expect(order.urlLifetimeSeconds == 86_400)
        #expect(order.durationMilliseconds == 2_000...6_000)
        #expect(order.parameters == ["aspect_ratio": "9:16", "nsfw_checker": false])
    }

    @Test("precedence: prompt, aspect_ratio, nsfw_checker, reference fields, then unknown fields")
    func precedence() throws {
        expectRefusal(try refused(request(model, ["aspect_ratio": "2:1", "nsfw_checker": "yes"])), code: 20005,
                      "invalid aspect_ratio \"2:1\" (allowed: 1:1, 4:3, 3:4, 16:9, 9:16)")
        expectRefusal(try refused(request(model, ["nsfw_checker": "yes", "image_url": "https://cdn.example/a.png"])), code: 20003,
                      "nsfw_checker must be a boolean (got string)")
        expectRefusal(try refused(request(model, ["n": 3, "image_url": "https://cdn.example/a.png"])), code: 20003,
                      "z-image is text-to-image only: image_url is not supported")
    }
}
