@testable import EmulatorCore
import Testing

/// imagen-4-0 on reAPI (the imagen-4-0 docs and model pages; docs/contract.md §4).
@Suite("imagen-4-0: rules")
struct Imagen40ValidationTests {
    let model = "imagen-4-0"

    @Test("prompt: required, at most 4000 characters")
    func prompt() throws {
        expectRefusal(try refused(request(model, prompt: nil)), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, prompt: "")), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, prompt: text("a", count: 4001))), code: 20007, "prompt must be at most 4000 characters")
        _ = try accepted(request(model, prompt: text("a", count: 4000)))
    }

    // The page says 400 with no code: the catalogue's 20005 "size not supported by this model".
    @Test("size outside the five -> 20005", arguments: ["2:1", "21:9", "auto", "1024x1024"])
    func size(size: String) throws {
        expectRefusal(try refused(request(model, ["size": .string(size)])), code: 20005,
                      "invalid size \"\(size)\" (allowed: 1:1, 4:3, 3:4, 16:9, 9:16)")
    }

    @Test("n other than 1 -> 20003", arguments: [0, 2, 4] as [JSONValue])
    func nFixed(n: JSONValue) throws {
        expectRefusal(try refused(request(model, ["n": n])), code: 20003, "n must be 1 for imagen-4-0")
    }

    @Test("reference media -> 20003 text-to-image only", arguments: ["image_urls", "image_url", "image", "mask", "mask_url"])
    func referenceMedia(field: String) throws {
        expectRefusal(try refused(request(model, [field: ["https://cdn.example/a.png"]])), code: 20003,
                      "imagen-4-0 is text-to-image only: \(field) is not supported")
        expectRefusal(try refused(request(model, [field: "https://cdn.example/a.png"])), code: 20003,
                      "imagen-4-0 is text-to-image only: \(field) is not supported")
    }

    @Test("precedence follows the docs page's list: prompt, size, n, reference media")
    func precedence() throws {
        expectRefusal(try refused(request(model, prompt: nil, ["size": "2:1"])), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, ["size": "2:1", "n": 2])), code: 20005,
                      "invalid size \"2:1\" (allowed: 1:1, 4:3, 3:4, 16:9, 9:16)")
        expectRefusal(try refused(request(model, ["n": 2, "image": "https://cdn.example/a.png"])), code: 20003, "n must be 1 for imagen-4-0")
    }

    @Test("defaults and output: 16:9, one image, PNG, 46 credits, 24-hour URLs, imagen envelope with ULID ids")
    func output() throws {
        let order = try accepted(request(model))
        #expect(order.parameters == ["size": "16:9", "n": 1])
        #expect(order.imageCount == 1)
        #expect(order.format == .png)
        #expect(order.credits == 46)
        #expect(order.urlLifetimeSeconds == 86_400)
        #expect(order.family == .imagen && order.idStyle == .ulid)
        #expect(order.durationMilliseconds == 5_000...15_000)
    }
}
