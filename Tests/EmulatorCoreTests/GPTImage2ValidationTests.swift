@testable import EmulatorCore
import Testing

/// gpt-image-2, the cheaper variant (the gpt-image-2-official docs page "Differences from gpt-image-2").
@Suite("gpt-image-2: the variant's rules")
struct GPTImage2ValidationTests {
    let model = "gpt-image-2"

    @Test("the shared rules keep the official channel's codes and messages")
    func sharedRules() throws {
        expectRefusal(try refused(request(model, prompt: nil)), code: 20002, "prompt is required")
        expectRefusal(try refused(request(model, prompt: text("a", count: 4001))), code: 20007, "prompt must be at most 4000 characters")
        expectRefusal(try refused(request(model, ["resolution": "8k"])), code: 20003, "invalid resolution \"8k\" (allowed: 1k, 2k, 4k)")
        expectRefusal(try refused(request(model, ["resolution": "4k", "size": "1:1"])), code: 20003,
                      "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}")
        expectRefusal(try refused(request(model, ["resolution": "4k"])), code: 20003,
                      "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}")
        let seventeen = JSONValue.array(Array(repeating: "https://cdn.example/a.png", count: 17))
        expectRefusal(try refused(request(model, ["image_urls": seventeen])), code: 20003, "image_urls accepts at most 16 entries")
        expectRefusal(try refused(request(model, ["image_urls": ["data:image/png;base64,AAAA"]])), code: 20003,
                      "image URL must be a public http(s) URL — data: URIs are rejected")
    }

    @Test("all 14 sizes are accepted", arguments: ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "2:1", "1:2", "21:9", "9:21", "auto"])
    func sizes(size: String) throws {
        #expect(try accepted(request(model, ["size": .string(size)])).parameters["size"] == .string(size))
    }

    @Test("n must be 1", arguments: [0, 2, 4] as [JSONValue])
    func nFixed(n: JSONValue) throws {
        expectRefusal(try refused(request(model, ["n": n])), code: 20003, "n must be 1 for gpt-image-2")
        #expect(try accepted(request(model, ["n": 1])).imageCount == 1)
    }

    @Test("quality, mask_url, background and moderation are refused when supplied",
          arguments: [("quality", "high"), ("mask_url", "https://cdn.example/m.png"), ("background", "opaque"), ("moderation", "low")])
    func officialOnlyFields(field: String, value: String) throws {
        var fields: JSONObject = ["image_urls": ["https://cdn.example/a.png"]]
        fields[field] = .string(value)
        // The catalogue's 20006 "quality not supported by this model"; the others are 20003.
        expectRefusal(try refused(request(model, fields)), code: field == "quality" ? 20006 : 20003,
                      "\(field) is not supported by gpt-image-2 (use gpt-image-2-official)")
    }

    @Test("null or empty official-only fields count as not supplied")
    func emptyOfficialOnlyFields() throws {
        _ = try accepted(request(model, ["quality": nil, "mask_url": "", "background": nil]))
    }

    @Test("defaults, output and lifetime")
    func defaults() throws {
        let order = try accepted(request(model))
        #expect(order.parameters == ["size": "1:1", "resolution": "1k", "n": 1])
        #expect(order.format == .png && order.urlLifetimeSeconds == 604_800)
        #expect(order.width == 1024 && order.height == 1024)
        #expect(order.durationMilliseconds == 30_000...60_000)
        #expect(order.family == .canonical && order.idStyle == .hex32)
    }
}
