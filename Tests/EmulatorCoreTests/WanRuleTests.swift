@testable import EmulatorCore
import Testing

/// wan2.7-image and wan2.7-image-pro: the five rules of the reference, word for word, and
/// the structured fields (bbox_list, color_palette).
@Suite("wan2.7 rules")
struct WanRuleTests {
    static let models = ["wan2.7-image", "wan2.7-image-pro"]
    static let nMessage = "n must be 1-4 (or 1-12 when enable_sequential is true)"
    static func urls(_ count: Int) -> JSONValue { .array((0..<count).map { .string("https://cdn.example/\($0).png") }) }

    @Test("prompt is required for text-to-image only (20002)", arguments: models)
    func prompt(model: String) throws {
        expectRefusal(try refused(request(model, prompt: nil)), code: 20002, "prompt is required for text-to-image (no image_urls)")
        expectRefusal(try refused(request(model, prompt: "")), code: 20002, "prompt is required for text-to-image (no image_urls)")
        expectRefusal(try refused(request(model, prompt: " \n")), code: 20002, "prompt is required for text-to-image (no image_urls)")
        expectRefusal(try refused(request(model, prompt: nil, ["image_urls": []])), code: 20002,
                      "prompt is required for text-to-image (no image_urls)")
        let edit = try accepted(request(model, prompt: nil, ["image_urls": Self.urls(1)]))
        #expect(edit.prompt == "")
        _ = try accepted(request(model, prompt: " ", ["image_urls": Self.urls(1)]))
    }

    @Test("n is 1-4, or 1-12 with enable_sequential", arguments: models)
    func n(model: String) throws {
        expectRefusal(try refused(request(model, ["n": 5])), code: 20003, Self.nMessage)
        expectRefusal(try refused(request(model, ["n": 5, "enable_sequential": false])), code: 20003, Self.nMessage)
        #expect(try accepted(request(model, ["n": 4])).imageCount == 4)
        #expect(try accepted(request(model, ["n": 12, "enable_sequential": true])).imageCount == 12)
        expectRefusal(try refused(request(model, ["n": 13, "enable_sequential": true])), code: 20003, Self.nMessage)
        expectRefusal(try refused(request(model, ["n": 0])), code: 20003, Self.nMessage)
    }

    @Test("price per image × n: wan2.7-image $0.02376, wan2.7-image-pro $0.05984")
    func price() throws {
        #expect(try accepted(request("wan2.7-image", ["n": 5, "enable_sequential": true])).credits == 119)
        #expect(try accepted(request("wan2.7-image-pro", ["n": 12, "enable_sequential": true])).credits == 719)
    }

    @Test("bbox_list length must equal image_urls length", arguments: models)
    func bboxLength(model: String) throws {
        let message = "bbox_list length must equal image_urls length"
        let box: JSONValue = [[0, 0, 10, 10]]
        expectRefusal(try refused(request(model, ["bbox_list": [box], "image_urls": Self.urls(2)])), code: 20003, message)
        expectRefusal(try refused(request(model, ["bbox_list": [box]])), code: 20003, message)
        _ = try accepted(request(model, ["bbox_list": [box, [[1, 2, 3, 4], [5, 6, 7, 8]]], "image_urls": Self.urls(2)]))
    }

    @Test("bbox_list entries: at most 2 boxes of exactly 4 integers", arguments: models)
    func bboxShape(model: String) throws {
        let urls = Self.urls(1)
        expectRefusal(try refused(request(model, ["bbox_list": [[[1, 2, 3]]], "image_urls": urls])), code: 20003,
                      "bbox_list[0][0] needs at least 4 entries")
        expectRefusal(try refused(request(model, ["bbox_list": [[[1, 2, 3, 4, 5]]], "image_urls": urls])), code: 20003,
                      "bbox_list[0][0] accepts at most 4 entries")
        expectRefusal(try refused(request(model, ["bbox_list": [[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]], "image_urls": urls])),
                      code: 20003, "bbox_list[0] accepts at most 2 entries")
        expectRefusal(try refused(request(model, ["bbox_list": [[[1, 2, "3", 4]]], "image_urls": urls])), code: 20003,
                      "bbox_list[0][0][2] must be an integer (got string)")
        expectRefusal(try refused(request(model, ["bbox_list": "0,0,1,1", "image_urls": urls])), code: 20003,
                      "bbox_list must be an array (got string)")
    }

    @Test("color_palette: 3-10 entries of {hex, ratio}", arguments: models)
    func palette(model: String) throws {
        let entry: JSONValue = ["hex": "#C2D1E6", "ratio": "23.51%"]
        _ = try accepted(request(model, ["color_palette": .array(Array(repeating: entry, count: 3))]))
        _ = try accepted(request(model, ["color_palette": .array(Array(repeating: entry, count: 10))]))
        expectRefusal(try refused(request(model, ["color_palette": [entry, entry]])), code: 20003, "color_palette needs at least 3 entries")
        expectRefusal(try refused(request(model, ["color_palette": .array(Array(repeating: entry, count: 11))])), code: 20003,
                      "color_palette accepts at most 10 entries")
        expectRefusal(try refused(request(model, ["color_palette": [entry, entry, ["ratio": "1%"]]])), code: 20002,
                      "color_palette[2].hex is required")
        expectRefusal(try refused(request(model, ["color_palette": [entry, entry, 5]])), code: 20003,
                      "color_palette[2] must be an object (got integer)")
    }

    @Test("seed is 0-2147483647 and carried into the order", arguments: models)
    func seed(model: String) throws {
        #expect(try accepted(request(model, ["seed": 2_147_483_647])).seed == 2_147_483_647)
        expectRefusal(try refused(request(model, ["seed": -1])), code: 20003, "seed must be between 0 and 2147483647")
    }

    @Test("wan2.7-image-pro: 4K is for text-to-image only")
    func fourK() throws {
        let message = "4K is supported for text-to-image only (edit and group modes cap at 2K)"
        let t2i = try accepted(request("wan2.7-image-pro", ["resolution": "4k"]))
        #expect(t2i.width == 4096 && t2i.height == 4096)
        expectRefusal(try refused(request("wan2.7-image-pro", ["resolution": "4k", "image_urls": Self.urls(1)])), code: 20003, message)
        expectRefusal(try refused(request("wan2.7-image-pro", ["resolution": "4K", "enable_sequential": true])), code: 20003, message)
        #expect(try accepted(request("wan2.7-image-pro", ["resolution": "2k", "image_urls": Self.urls(1)])).width == 2048)
    }

    @Test("wan2.7-image offers 1k and 2k only")
    func standardTiers() throws {
        expectRefusal(try refused(request("wan2.7-image", ["resolution": "4k"])), code: 20003, "invalid resolution \"4k\" (allowed: 1k, 2k)")
    }
}
