@testable import EmulatorCore
import Testing

/// Each enum field of each catalogue model refuses a value outside its published enum with
/// 20003 `invalid <field> "<value>" (allowed: <the published values, in published order>)`,
/// and an accepted body records the published defaults.
@Suite("Catalogue enums and defaults")
struct CatalogEnumTests {
    struct Enum: Sendable, CustomTestStringConvertible {
        let model: String
        let field: String
        let allowed: String
        init(_ model: String, _ field: String, _ allowed: String) { (self.model, self.field, self.allowed) = (model, field, allowed) }
        var testDescription: String { "\(model).\(field)" }
    }

    static let enums: [Enum] = [
        Enum("doubao-seedream-5-0-lite", "output_format", "jpeg, png"),
        Enum("doubao-seedream-5-0-lite", "resolution", "2k, 3k"),
        Enum("doubao-seedream-5-0-lite", "sequential_image_generation", "disabled, auto"),
        Enum("doubao-seedream-5-0-lite", "size", "1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, 21:9, auto"),
        Enum("doubao-seedream-5-0-pro", "aspect_ratio", "1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2"),
        Enum("doubao-seedream-5-0-pro", "output_format", "jpeg, png"),
        Enum("doubao-seedream-5-0-pro", "quality", "basic, high"),
        Enum("flux-2", "aspect_ratio", "1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto"),
        Enum("flux-2", "resolution", "1K, 2K"),
        Enum("flux-2-flex", "aspect_ratio", "1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto"),
        Enum("flux-2-flex", "resolution", "1K, 2K"),
        Enum("gemini-2.5-flash-image-preview", "resolution", "1k"),
        Enum("gemini-2.5-flash-image-preview", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9"),
        Enum("gemini-2.5-flash-image-preview-official", "resolution", "1k"),
        Enum("gemini-2.5-flash-image-preview-official", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9"),
        Enum("gemini-3-pro-image-preview", "resolution", "1k, 2k, 4k"),
        Enum("gemini-3-pro-image-preview", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9"),
        Enum("gemini-3-pro-image-preview-official", "resolution", "1k, 2k, 4k"),
        Enum("gemini-3-pro-image-preview-official", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9"),
        Enum("gemini-3.1-flash-image-preview", "resolution", "0.5k, 1k, 2k, 4k"),
        Enum("gemini-3.1-flash-image-preview", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9, 1:4, 4:1, 1:8, 8:1"),
        Enum("gemini-3.1-flash-image-preview-official", "resolution", "0.5k, 1k, 2k, 4k"),
        Enum("gemini-3.1-flash-image-preview-official", "size", "1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9, 1:4, 4:1, 1:8, 8:1"),
        Enum("gpt-image-2-beta", "resolution", "1k, 2k, 4k"),
        Enum("gpt-image-2-beta", "size", "1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 5:4, 4:5, 2:1, 1:2, 21:9, 9:21, auto"),  // auto last, as in the gpt-image-2 family's documented message
        Enum("nano-banana-2-lite", "aspect_ratio", "1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto"),
        Enum("qwen-image-2", "image_size", "1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9"),
        Enum("qwen-image-2", "output_format", "png, jpeg"),
        Enum("wan2.7-image", "resolution", "1k, 2k"),
        Enum("wan2.7-image", "size", "1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"),
        Enum("wan2.7-image-pro", "resolution", "1k, 2k, 4k"),
        Enum("wan2.7-image-pro", "size", "1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"),
    ]

    /// reAPI's catalogue: an unsupported size (ratio) is 20005, an unsupported quality 20006,
    /// any other value 20003; gpt-image-2-official's page answers 20003 for its size and quality.
    static func refusalCode(_ entry: Enum) -> Int {
        if entry.model == "gpt-image-2-official" { return 20003 }
        switch entry.field {
        case "size", "aspect_ratio": return 20005
        case "quality": return 20006
        default: return 20003
        }
    }

    @Test("a value outside the enum is 20003 with the allowed list (20005 for a size, 20006 for a quality)", arguments: enums)
    func outside(_ entry: Enum) throws {
        expectRefusal(try refused(request(entry.model, [entry.field: "7:7-nope"])), code: Self.refusalCode(entry),
                      "invalid \(entry.field) \"7:7-nope\" (allowed: \(entry.allowed))")
        expectRefusal(try refused(request(entry.model, [entry.field: 5])), code: 20003, "\(entry.field) must be a string (got integer)")
    }

    @Test("every published enum value is accepted", arguments: enums)
    func inside(_ entry: Enum) throws {
        for value in entry.allowed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            var fields: JSONObject = [entry.field: .string(value)]
            Self.enable(value, of: entry, in: &fields)
            _ = try accepted(request(entry.model, fields))
        }
    }

    /// The companions some values need by the published rules (auto needs input_urls on flux-2,
    /// the edit-only ratios need image_url on qwen-image-2, 4K needs a widescreen size on gpt-image-2-beta).
    static func enable(_ value: String, of entry: Enum, in fields: inout JSONObject) {
        if entry.model.hasPrefix("flux-2"), value == "auto" { fields["input_urls"] = ["https://cdn.example/in.png"] }
        if entry.model == "qwen-image-2", ["2:3", "3:2", "21:9"].contains(value) { fields["image_url"] = "https://cdn.example/in.png" }
        if entry.model == "gpt-image-2-beta", entry.field == "resolution", value == "4k" { fields["size"] = "16:9" }
        if entry.model == "gpt-image-2-beta", entry.field == "size", value == "auto" { fields["resolution"] = "1k" }
    }

    struct Defaults: Sendable, CustomTestStringConvertible {
        let model: String
        let published: JSONObject
        init(_ model: String, _ published: JSONObject) { (self.model, self.published) = (model, published) }
        var testDescription: String { model }
    }

    static let defaults: [Defaults] = [
        Defaults("doubao-seedream-5-0-lite", ["n": 1, "output_format": "jpeg", "resolution": "2k", "sequential_image_generation": "disabled", "size": "1:1"]),
        Defaults("doubao-seedream-5-0-pro", ["aspect_ratio": "1:1", "nsfw_checker": true, "quality": "basic"]),
        Defaults("flux-2", ["aspect_ratio": "1:1", "nsfw_checker": true, "resolution": "1K"]),
        Defaults("flux-2-flex", ["aspect_ratio": "1:1", "nsfw_checker": true, "resolution": "1K"]),
        Defaults("gemini-2.5-flash-image-preview", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gemini-2.5-flash-image-preview-official", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gemini-3-pro-image-preview", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gemini-3-pro-image-preview-official", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gemini-3.1-flash-image-preview", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gemini-3.1-flash-image-preview-official", ["n": 1, "resolution": "1k", "size": "1:1"]),
        Defaults("gpt-image-2-beta", [:]),
        Defaults("nano-banana-2-lite", ["aspect_ratio": "auto"]),
        Defaults("qwen-image-2", ["image_size": "16:9", "nsfw_checker": true, "output_format": "png"]),
        Defaults("wan2.7-image", ["enable_sequential": false, "n": 1, "resolution": "2k", "size": "1:1", "thinking_mode": true, "watermark": false]),
        Defaults("wan2.7-image-pro", ["enable_sequential": false, "n": 1, "resolution": "2k", "size": "1:1", "thinking_mode": true, "watermark": false]),
    ]

    @Test("a prompt-only body records every published default", arguments: defaults)
    func published(_ entry: Defaults) throws {
        let order = try accepted(request(entry.model))
        for (field, value) in entry.published.pairs { #expect(order.parameters[field] == value, "\(field)") }
    }
}
