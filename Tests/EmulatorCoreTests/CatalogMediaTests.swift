@testable import EmulatorCore
import Testing

/// Reference-media fields of each catalogue model: the published field name and most entries
/// (`material_schema`), at the limit and one past it, and the URL rules (20003).
@Suite("Catalogue reference media")
struct CatalogMediaTests {
    struct Media: Sendable, CustomTestStringConvertible {
        let model: String
        let field: String
        let max: Int
        init(_ model: String, _ field: String, _ max: Int) { (self.model, self.field, self.max) = (model, field, max) }
        var testDescription: String { "\(model).\(field) ≤ \(max)" }
        /// A single-URL field (`image_url`) takes a string, the others an array.
        var isSingle: Bool { field == "image_url" }
        func urls(_ count: Int) -> JSONValue {
            isSingle ? "https://cdn.example/in.png" : .array((0..<count).map { .string("https://cdn.example/\($0).png") })
        }
    }

    static let media: [Media] = [
        Media("doubao-seedream-5-0-lite", "image_urls", 20),
        Media("doubao-seedream-5-0-pro", "image_urls", 10),
        Media("flux-2", "input_urls", 8),
        Media("flux-2-flex", "input_urls", 8),
        Media("gemini-2.5-flash-image-preview", "image_urls", 14),
        Media("gemini-2.5-flash-image-preview-official", "image_urls", 14),
        Media("gemini-3-pro-image-preview", "image_urls", 14),
        Media("gemini-3-pro-image-preview-official", "image_urls", 14),
        Media("gemini-3.1-flash-image-preview", "image_urls", 14),
        Media("gemini-3.1-flash-image-preview-official", "image_urls", 14),
        Media("gpt-image-2-beta", "image_urls", 16),
        Media("nano-banana-2-lite", "image_urls", 10),
        Media("qwen-image-2", "image_url", 1),
        Media("wan2.7-image", "image_urls", 9),
        Media("wan2.7-image-pro", "image_urls", 9),
    ]

    @Test("the published number of references is accepted", arguments: media)
    func atLimit(_ media: Media) throws {
        _ = try accepted(request(media.model, [media.field: media.urls(media.max)]))
    }

    @Test("one reference past the limit is 20003 `<field> accepts at most N entries`", arguments: media.filter { !$0.isSingle })
    func pastLimit(_ media: Media) throws {
        expectRefusal(try refused(request(media.model, [media.field: media.urls(media.max + 1)])), code: 20003,
                      "\(media.field) accepts at most \(media.max) entries")
    }

    @Test("a data: URI and a non-http URL are 20003", arguments: media)
    func urlRules(_ media: Media) throws {
        let data: JSONValue = media.isSingle ? "data:image/png;base64,AAAA" : ["data:image/png;base64,AAAA"]
        expectRefusal(try refused(request(media.model, [media.field: data])), code: 20003,
                      "image URL must be a public http(s) URL — data: URIs are rejected")
        let ftp: JSONValue = media.isSingle ? "ftp://cdn.example/a.png" : ["https://cdn.example/ok.png", "ftp://cdn.example/a.png"]
        expectRefusal(try refused(request(media.model, [media.field: ftp])), code: 20003,
                      "image URL must be a public http(s) URL (got \"ftp://cdn.example/a.png\")")
    }

    @Test("qwen-image-2 takes one image_url, a string: an array is a type error")
    func singleReference() throws {
        expectRefusal(try refused(request("qwen-image-2", ["image_url": ["https://cdn.example/a.png"]])), code: 20003,
                      "image_url must be a string (got array)")
    }

    @Test("a reference field under another model's name is refused with a pointer to the right one")
    func wrongReferenceField() throws {
        expectRefusal(try refused(request("flux-2", ["image_urls": ["https://cdn.example/a.png"]])), code: 20003,
                      "flux-2 takes reference images in input_urls, not image_urls")
        expectRefusal(try refused(request("flux-2-flex", ["image_urls": ["https://cdn.example/a.png"]])), code: 20003,
                      "flux-2-flex takes reference images in input_urls, not image_urls")
        expectRefusal(try refused(request("qwen-image-2", ["image_urls": ["https://cdn.example/a.png"]])), code: 20003,
                      "qwen-image-2 takes one reference image in image_url, not image_urls")
    }

    @Test("text-to-image-only models refuse every reference field with a clear message",
          arguments: [("z-image", "image_urls"), ("z-image", "image_url"), ("z-image", "mask_url"),
                      ("imagen-4-0", "image_urls"), ("imagen-4-0", "image"), ("imagen-4-0", "mask")])
    func textToImageOnly(model: String, field: String) throws {
        expectRefusal(try refused(request(model, [field: ["https://cdn.example/a.png"]])), code: 20003,
                      "\(model) is text-to-image only: \(field) is not supported")
    }
}
