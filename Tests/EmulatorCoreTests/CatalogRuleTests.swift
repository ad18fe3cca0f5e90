@testable import EmulatorCore
import Testing

/// The cross-field rules of the reference, each with its code and its message word for word
/// (quoted from reAPI's page configs; the seedream n rule has no published text, so its
/// message is the emulator's choice), and the limits that go with them.
@Suite("Catalogue cross-field rules")
struct CatalogRuleTests {
    static let ref = "https://cdn.example/in.png"

    @Test("flux-2: aspect_ratio auto requires input_urls", arguments: ["flux-2", "flux-2-flex"])
    func fluxAuto(model: String) throws {
        expectRefusal(try refused(request(model, ["aspect_ratio": "auto"])), code: 20003,
                      "aspect_ratio \"auto\" requires input_urls (image-to-image only)")
        expectRefusal(try refused(request(model, ["aspect_ratio": "auto", "input_urls": []])), code: 20003,
                      "aspect_ratio \"auto\" requires input_urls (image-to-image only)")
        _ = try accepted(request(model, ["aspect_ratio": "auto", "input_urls": [.string(Self.ref)]]))
    }

    @Test("flux-2: the prompt is 3-5000 characters", arguments: ["flux-2", "flux-2-flex"])
    func fluxPrompt(model: String) throws {
        expectRefusal(try refused(request(model, prompt: "ab")), code: 20003, "prompt must be at least 3 characters")
        _ = try accepted(request(model, prompt: "abc"))
        _ = try accepted(request(model, prompt: text("x", count: 5000)))
        expectRefusal(try refused(request(model, prompt: text("x", count: 5001))), code: 20007, "prompt must be at most 5000 characters")
        expectRefusal(try refused(request(model, prompt: "  ")), code: 20002, "prompt is required")
    }

    @Test("gemini-3.1: google_image_search requires google_search: true",
          arguments: ["gemini-3.1-flash-image-preview", "gemini-3.1-flash-image-preview-official"])
    func googleSearch(model: String) throws {
        let message = "google_image_search requires google_search:true"
        expectRefusal(try refused(request(model, ["google_image_search": true])), code: 20003, message)
        expectRefusal(try refused(request(model, ["google_image_search": true, "google_search": false])), code: 20003, message)
        _ = try accepted(request(model, ["google_image_search": true, "google_search": true]))
        _ = try accepted(request(model, ["google_image_search": false]))
        expectRefusal(try refused(request(model, ["google_search": "yes"])), code: 20003, "google_search must be a boolean (got string)")
    }

    @Test("seedream lite: n > 1 needs sequential_image_generation auto; n is 1-4")
    func seedreamBatch() throws {
        let model = "doubao-seedream-5-0-lite"
        expectRefusal(try refused(request(model, ["n": 2])), code: 20003, "n > 1 requires sequential_image_generation \"auto\"")
        expectRefusal(try refused(request(model, ["n": 4, "sequential_image_generation": "disabled"])), code: 20003,
                      "n > 1 requires sequential_image_generation \"auto\"")
        let order = try accepted(request(model, ["n": 4, "sequential_image_generation": "auto"]))
        #expect(order.imageCount == 4 && order.credits == 124)
        expectRefusal(try refused(request(model, ["n": 5, "sequential_image_generation": "auto"])), code: 20003, "n must be between 1 and 4")
    }

    @Test("seedream lite: sequential_image_generation_options is an object with a required integer max_images")
    func seedreamOptions() throws {
        let model = "doubao-seedream-5-0-lite", field = "sequential_image_generation_options"
        _ = try accepted(request(model, [field: ["max_images": 3]]))
        expectRefusal(try refused(request(model, [field: [:]])), code: 20002, "sequential_image_generation_options.max_images is required")
        expectRefusal(try refused(request(model, [field: ["max_images": "3"]])), code: 20003,
                      "sequential_image_generation_options.max_images must be an integer (got string)")
        expectRefusal(try refused(request(model, [field: 3])), code: 20003, "sequential_image_generation_options must be an object (got integer)")
    }

    @Test("output_format picks the file format where the model has it")
    func outputFormat() throws {
        #expect(try accepted(request("doubao-seedream-5-0-lite")).format == .jpeg)
        #expect(try accepted(request("doubao-seedream-5-0-lite", ["output_format": "png"])).format == .png)
        #expect(try accepted(request("doubao-seedream-5-0-pro", ["output_format": "png"])).format == .png)
        #expect(try accepted(request("qwen-image-2")).format == .png)
        #expect(try accepted(request("qwen-image-2", ["output_format": "jpeg"])).format == .jpeg)
    }

    @Test("qwen-image-2: image_size 2:3 / 3:2 / 21:9 only for editing", arguments: ["2:3", "3:2", "21:9"])
    func qwenEditOnly(size: String) throws {
        expectRefusal(try refused(request("qwen-image-2", ["image_size": .string(size)])), code: 20003,
                      "image_size values 2:3 / 3:2 / 21:9 are only available for image editing (when image_url is set)")
        _ = try accepted(request("qwen-image-2", ["image_size": .string(size), "image_url": .string(Self.ref)]))
    }

    @Test("qwen-image-2: seed is carried into the order; default image_size 16:9 renders 2688x1536")
    func qwenSeed() throws {
        let order = try accepted(request("qwen-image-2", ["seed": -42]))
        #expect(order.seed == -42 && order.width == 2688 && order.height == 1536)
        expectRefusal(try refused(request("qwen-image-2", ["seed": 9_007_199_254_740_992])), code: 20003,
                      "seed must be between -9007199254740991 and 9007199254740991")
    }

    @Test("gpt-image-2-beta: 4K requires a widescreen size")
    func betaFourK() throws {
        expectRefusal(try refused(request("gpt-image-2-beta", ["resolution": "4k", "size": "1:1"])), code: 20003,
                      "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}")
        expectRefusal(try refused(request("gpt-image-2-beta", ["resolution": "4k"])), code: 20003,
                      "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}")
        #expect(try accepted(request("gpt-image-2-beta", ["resolution": "4k", "size": "9:16"])).width == 2160)
    }

    @Test("prompt limits of the published schemas",
          arguments: [("doubao-seedream-5-0-lite", 4000), ("doubao-seedream-5-0-pro", 4000), ("gemini-2.5-flash-image-preview", 2000),
                      ("gemini-3-pro-image-preview", 4000), ("gemini-3.1-flash-image-preview-official", 4000),
                      ("gpt-image-2-beta", 4000), ("nano-banana-2-lite", 20000), ("qwen-image-2", 800), ("wan2.7-image", 5000)])
    func promptLimits(model: String, max: Int) throws {
        _ = try accepted(request(model, prompt: text("a", count: max)))
        expectRefusal(try refused(request(model, prompt: text("a", count: max + 1))), code: 20007, "prompt must be at most \(max) characters")
        if model != "wan2.7-image" { expectRefusal(try refused(request(model, prompt: nil)), code: 20002, "prompt is required") }
    }

    @Test("n of the batch models is 1-4",
          arguments: ["gemini-2.5-flash-image-preview", "gemini-3-pro-image-preview-official", "gemini-3.1-flash-image-preview"])
    func geminiN(model: String) throws {
        #expect(try accepted(request(model, ["n": 4])).imageCount == 4)
        expectRefusal(try refused(request(model, ["n": 5])), code: 20003, "n must be between 1 and 4")
        expectRefusal(try refused(request(model, ["n": 0])), code: 20003, "n must be between 1 and 4")
    }
}
