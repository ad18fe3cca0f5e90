@testable import EmulatorCore
import Testing

/// Seed 002's validation table, row by row: code and message word for word.
@Suite("gpt-image-2-official: the validation table")
struct GPTImage2OfficialValidationTests {
    let model = "gpt-image-2-official"
    static let sizeMessageTail = "(allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 5:4, 4:5, 2:1, 1:2, 21:9, 9:21, auto, or WxH pixels)"
    static let fourKMessage = "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}"

    @Test("prompt missing, empty or blank -> 20002 prompt is required", arguments: [nil, "", "   ", "\n\t "] as [JSONValue?])
    func promptMissing(prompt: JSONValue?) throws {
        expectRefusal(try refused(request(model, prompt: prompt)), code: 20002, "prompt is required")
    }

    @Test("prompt longer than 4000 characters -> 20007")
    func promptTooLong() throws {
        expectRefusal(try refused(request(model, prompt: text("a", count: 4001))), code: 20007,
                      "prompt must be at most 4000 characters")
        #expect(try accepted(request(model, prompt: text("a", count: 4000))).prompt.count == 4000)
    }

    @Test("prompt length counts Unicode scalars: 4000 CJK characters pass, 4001 do not")
    func promptLengthInScalars() throws {
        _ = try accepted(request(model, prompt: text("城", count: 4000)))
        expectRefusal(try refused(request(model, prompt: text("城", count: 4001))), code: 20007,
                      "prompt must be at most 4000 characters")
        // 👍🏽 is one Character but two scalars: 2001 of them are 4002 scalars.
        expectRefusal(try refused(request(model, prompt: text("👍🏽", count: 2001))), code: 20007,
                      "prompt must be at most 4000 characters")
    }

    @Test("unknown size value -> 20003 with the full allowed list", arguments: ["7:5", "square", "AUTO", "16:10", "1024x", "0x1024", "9000x9000"])
    func unknownSize(size: String) throws {
        expectRefusal(try refused(request(model, ["size": .string(size)])), code: 20003,
                      "invalid size \"\(size)\" \(Self.sizeMessageTail)")
    }

    @Test("unknown resolution value -> 20003", arguments: ["8k", "1080p", "2 k", ""])
    func unknownResolution(resolution: String) throws {
        expectRefusal(try refused(request(model, ["resolution": .string(resolution)])), code: 20003,
                      "invalid resolution \"\(resolution)\" (allowed: 1k, 2k, 4k)")
    }

    @Test("resolution is case-insensitive: 2K is 2k", arguments: ["2K", "2k"])
    func resolutionCaseInsensitive(resolution: String) throws {
        let order = try accepted(request(model, ["resolution": .string(resolution)]))
        #expect(order.parameters["resolution"] == "2k")
        #expect(order.width == 2048 && order.height == 2048)
    }

    @Test("4k with a non-widescreen size -> 20003 the 4K message",
          arguments: ["1:1", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "auto"])
    func fourKNeedsWidescreen(size: String) throws {
        expectRefusal(try refused(request(model, ["size": .string(size), "resolution": "4k"])), code: 20003, Self.fourKMessage)
    }

    @Test("4k with no size -> 20003 the 4K message (also 4K, and with image_urls)")
    func fourKWithoutSize() throws {
        expectRefusal(try refused(request(model, ["resolution": "4k"])), code: 20003, Self.fourKMessage)
        expectRefusal(try refused(request(model, ["resolution": "4K"])), code: 20003, Self.fourKMessage)
        expectRefusal(try refused(request(model, ["resolution": "4k", "image_urls": ["https://cdn.example/a.png"]])),
                      code: 20003, Self.fourKMessage)
    }

    @Test("4k with a widescreen size is accepted", arguments: ["16:9", "9:16", "2:1", "1:2", "21:9", "9:21"])
    func fourKWidescreen(size: String) throws {
        _ = try accepted(request(model, ["size": .string(size), "resolution": "4k"]))
    }

    @Test("n outside 1-4 -> 20003 n must be between 1 and 4", arguments: [0, 5, -1, 100] as [JSONValue])
    func nOutOfRange(n: JSONValue) throws {
        expectRefusal(try refused(request(model, ["n": n])), code: 20003, "n must be between 1 and 4")
    }

    @Test("n beyond 64 bits parses as a number and is refused, not trapped")
    func nHuge() throws {
        let huge = try parsed("99999999999999999999")
        expectRefusal(try refused(request(model, ["n": huge])), code: 20003, "n must be between 1 and 4")
        expectRefusal(try refused(request(model, ["n": try parsed("-1e300")])), code: 20003, "n must be between 1 and 4")
    }

    @Test("n of 1 to 4 gives that many images", arguments: 1...4)
    func nInRange(n: Int) throws {
        #expect(try accepted(request(model, ["n": .int(n)])).imageCount == n)
    }

    @Test("image_urls with more than 16 entries -> 20003")
    func tooManyImageURLs() throws {
        let seventeen = JSONValue.array((0..<17).map { .string("https://cdn.example/\($0).png") })
        expectRefusal(try refused(request(model, ["image_urls": seventeen])), code: 20003, "image_urls accepts at most 16 entries")
        let sixteen = JSONValue.array((0..<16).map { .string("https://cdn.example/\($0).png") })
        _ = try accepted(request(model, ["image_urls": sixteen]))
    }

    @Test("mask_url without image_urls (absent or empty) -> 20003")
    func maskWithoutImages() throws {
        let message = "mask_url requires at least one entry in image_urls"
        expectRefusal(try refused(request(model, ["mask_url": "https://cdn.example/mask.png"])), code: 20003, message)
        expectRefusal(try refused(request(model, ["mask_url": "https://cdn.example/mask.png", "image_urls": []])), code: 20003, message)
        _ = try accepted(request(model, ["mask_url": "https://cdn.example/mask.png", "image_urls": ["https://cdn.example/a.png"]]))
    }

    @Test("a data: URI in image_urls -> 20003", arguments: ["data:image/png;base64,iVBORw0KGgo=", "DATA:image/png;base64,AAAA"])
    func dataURIInImageURLs(uri: String) throws {
        let urls: JSONValue = ["https://cdn.example/a.png", .string(uri)]
        expectRefusal(try refused(request(model, ["image_urls": urls])), code: 20003,
                      "image URL must be a public http(s) URL — data: URIs are rejected")
    }

    @Test("a data: URI as mask_url -> 20003 with the mask_url wording")
    func dataURIAsMask() throws {
        expectRefusal(try refused(request(model, ["image_urls": ["https://cdn.example/a.png"], "mask_url": "data:image/png;base64,AAAA"])),
                      code: 20003, "mask_url must be a public URL — data: URIs are rejected")
    }

    @Test("other non-http(s) URLs -> 20003 naming the value")
    func nonHTTPURLs() throws {
        expectRefusal(try refused(request(model, ["image_urls": ["ftp://cdn.example/a.png"]])), code: 20003,
                      "image URL must be a public http(s) URL (got \"ftp://cdn.example/a.png\")")
        expectRefusal(try refused(request(model, ["image_urls": ["https://cdn.example/a.png"], "mask_url": "s3://bucket/mask.png"])),
                      code: 20003, "mask_url must be a public http(s) URL (got \"s3://bucket/mask.png\")")
        expectRefusal(try refused(request(model, ["image_urls": ["https://"]])), code: 20003,
                      "image URL must be a public http(s) URL (got \"https://\")")
        _ = try accepted(request(model, ["image_urls": ["HTTP://cdn.example/a.png", "https://cdn.example/b.png"]]))
    }

    @Test("unknown quality / background / moderation -> 20003 listing that field's values",
          arguments: [("quality", "ultra", "auto, low, medium, high"), ("background", "clear", "auto, opaque, transparent"),
                      ("moderation", "off", "auto, low")])
    func unknownEnumValue(field: String, value: String, allowed: String) throws {
        expectRefusal(try refused(request(model, [field: .string(value)])), code: 20003,
                      "invalid \(field) \"\(value)\" (allowed: \(allowed))")
    }

    @Test("every documented quality, background and moderation value is accepted")
    func documentedEnumValues() throws {
        for quality in ["auto", "low", "medium", "high"] { _ = try accepted(request(model, ["quality": .string(quality)])) }
        for background in ["auto", "opaque", "transparent"] { _ = try accepted(request(model, ["background": .string(background)])) }
        for moderation in ["auto", "low"] { _ = try accepted(request(model, ["moderation": .string(moderation)])) }
    }
}
