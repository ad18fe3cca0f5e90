@testable import EmulatorCore
import Testing

/// When a body breaks several rules, the one listed first in the gpt-image-2-official docs page's table decides.
@Suite("gpt-image-2-official: order of precedence and defaults")
struct GPTImage2OfficialPrecedenceTests {
    let model = "gpt-image-2-official"

    @Test("each row outranks every row below it")
    func tableOrder() throws {
        let dataURI: JSONValue = "data:image/png;base64,AAAA"
        let cases: [(JSONObject, JSONValue?, Int, String)] = [
            (["size": "7:5"], nil, 20002, "prompt is required"),
            (["size": "7:5"], text("a", count: 4001), 20007, "prompt must be at most 4000 characters"),
            (["size": "7:5", "resolution": "8k"], "fox", 20003, "invalid size \"7:5\" (allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 5:4, 4:5, 2:1, 1:2, 21:9, 9:21, auto, or WxH pixels)"),
            (["resolution": "8k", "n": 9], "fox", 20003, "invalid resolution \"8k\" (allowed: 1k, 2k, 4k)"),
            (["resolution": "4k", "n": 9], "fox", 20003, "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}"),
            (["n": 9, "image_urls": .array(Array(repeating: "https://a.example/x.png", count: 17))], "fox", 20003, "n must be between 1 and 4"),
            (["image_urls": .array(Array(repeating: dataURI, count: 17))], "fox", 20003, "image_urls accepts at most 16 entries"),
            (["mask_url": dataURI, "quality": "ultra"], "fox", 20003, "mask_url requires at least one entry in image_urls"),
            (["image_urls": [dataURI], "quality": "ultra"], "fox", 20003, "image URL must be a public http(s) URL — data: URIs are rejected"),
            (["quality": "ultra", "background": "clear"], "fox", 20003, "invalid quality \"ultra\" (allowed: auto, low, medium, high)"),
            (["background": "clear", "moderation": "off"], "fox", 20003, "invalid background \"clear\" (allowed: auto, opaque, transparent)"),
        ]
        for (fields, prompt, code, message) in cases {
            expectRefusal(try refused(request(model, prompt: prompt, fields)), code: code, message)
        }
    }

    @Test("a minimal body gets the documented defaults")
    func defaults() throws {
        let order = try accepted(request(model))
        #expect(order.parameters["size"] == "1:1")
        #expect(order.parameters["resolution"] == "1k")
        #expect(order.parameters["quality"] == "auto")
        #expect(order.parameters["n"] == 1)
        #expect(order.parameters["background"] == "auto")
        #expect(order.parameters["moderation"] == "auto")
        #expect(order.parameters["prompt"] == nil)
        #expect(order.imageCount == 1)
        #expect(order.width == 1024 && order.height == 1024)
        #expect(order.format == .png)
        #expect(order.urlLifetimeSeconds == 7 * 24 * 3600)
        #expect(order.family == .canonical && order.idStyle == .hex32)
        #expect(order.seed == nil)
        #expect(order.credits == 169)
        #expect(order.durationMilliseconds == 40_000...80_000)
    }

    @Test("image_urls without size resolves size to auto (upstream mirrors the reference)")
    func imageToImageSizeIsAuto() throws {
        let order = try accepted(request(model, ["image_urls": ["https://cdn.example/a.png"]]))
        #expect(order.parameters["size"] == "auto")
        #expect(order.width == 1024 && order.height == 1024)
    }

    @Test("the order keeps the prompt exactly as sent and the request's parameters after defaults")
    func parametersRecorded() throws {
        let order = try accepted(request(model, prompt: "  castle  ", ["size": "16:9", "resolution": "2K", "quality": "low",
                                                                        "n": 2, "background": "transparent"]))
        #expect(order.prompt == "  castle  ")
        #expect(order.parameters == ["size": "16:9", "resolution": "2k", "n": 2, "quality": "low",
                                     "background": "transparent", "moderation": "auto"])
    }

    @Test("n written as 1.0 is the integer 1; 1.5 and \"2\" are type errors")
    func integerSpelling() throws {
        #expect(try accepted(request(model, ["n": 2.0])).imageCount == 2)
        expectRefusal(try refused(request(model, ["n": 1.5])), code: 20003, "n must be an integer (got number)")
        expectRefusal(try refused(request(model, ["n": "2"])), code: 20003, "n must be an integer (got string)")
        expectRefusal(try refused(request(model, ["n": true])), code: 20003, "n must be an integer (got boolean)")
    }

    @Test("wrong JSON types name the field and the expected type")
    func wrongTypes() throws {
        let cases: [(JSONObject, JSONValue?, String)] = [
            ([:], 42, "prompt must be a string (got integer)"),
            ([:], ["a fox"], "prompt must be a string (got array)"),
            (["size": 169], "fox", "size must be a string (got integer)"),
            (["resolution": ["2k"]], "fox", "resolution must be a string (got array)"),
            (["image_urls": "https://cdn.example/a.png"], "fox", "image_urls must be an array of strings (got string)"),
            (["image_urls": ["https://cdn.example/a.png", 7]], "fox", "image_urls must be an array of strings (got array containing integer)"),
            (["image_urls": ["https://cdn.example/a.png"], "mask_url": ["https://cdn.example/m.png"]], "fox",
             "mask_url must be a string (got array)"),
            (["quality": ["x": 1]], "fox", "quality must be a string (got object)"),
        ]
        for (fields, prompt, message) in cases {
            expectRefusal(try refused(request(model, prompt: prompt, fields)), code: 20003, message)
        }
    }

    @Test("a very long invalid value is echoed cut to 100 characters")
    func longValueEchoCut() throws {
        let long = String(repeating: "z", count: 5000)
        let error = try refused(request(model, ["quality": .string(long)]))
        #expect(error.message == "invalid quality \"\(String(repeating: "z", count: 100))…\" (allowed: auto, low, medium, high)")
    }
}
