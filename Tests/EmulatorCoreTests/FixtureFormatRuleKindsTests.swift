@testable import EmulatorCore
import Testing

/// The rule kinds of the fixture format beyond flat fields, on a small definition: number,
/// array and object fields, min_length / min_items, cross-field `rules`, `count()` price axes,
/// `format_field` and whole-grid `snap_with` — and the key path of each broken use.
@Suite("Model definitions: rule kinds")
struct FixtureFormatRuleKindsTests {
    func decode(_ patch: String) throws -> ModelDefinition {
        let base = JSONValue.object(ModelDefinitionDecodingTests.minimal)
        return try ModelDefinition(json: base.mergePatched(with: try parsed(patch)).objectValue ?? [:])
    }

    func refusal(_ model: ModelDefinition, _ body: JSONObject, sourceLocation: SourceLocation = #_sourceLocation) throws -> APIError {
        try #require(model.validate(body).failure, sourceLocation: sourceLocation)
    }

    @Test("number fields take any JSON number within inclusive or exclusive bounds")
    func numbers() throws {
        let model = try decode(#"{"fields": {"scale": {"type": "number", "min": 1.1, "max": 2}, "zoom": {"type": "number", "min": 0, "exclusive_min": true}}}"#)
        #expect(try model.validate(["prompt": "p", "scale": 1.5, "zoom": 0.25]).get().parameters["scale"] == 1.5)
        #expect(try model.validate(["prompt": "p", "scale": 2]).get().parameters["scale"] == 2)
        expectRefusal(try refusal(model, ["prompt": "p", "scale": 1]), code: 20003, "scale must be between 1.1 and 2")
        expectRefusal(try refusal(model, ["prompt": "p", "zoom": 0]), code: 20003, "zoom must be greater than 0")
        expectRefusal(try refusal(model, ["prompt": "p", "scale": "2"]), code: 20003, "scale must be a number (got string)")
    }

    @Test("min_length on a prompt is 20003, after blank (20002) and too long (20007)")
    func minLength() throws {
        let model = try decode(#"{"fields": {"prompt": {"min_length": 3}}}"#)
        expectRefusal(try refusal(model, ["prompt": "ab"]), code: 20003, "prompt must be at least 3 characters")
        expectRefusal(try refusal(model, ["prompt": " "]), code: 20002, "prompt is required")
        _ = try model.validate(["prompt": "abc"]).get()
    }

    @Test("rules: when / require with in, not_in, min, max, supplied and same_count_as; code required is 20002")
    func rules() throws {
        let model = try decode(#"""
            {"fields": {"refs": {"type": "string_array"}, "boxes": {"type": "array", "items": {"type": "integer"}}, "flag": {"type": "boolean"}},
             "rules": [
               {"when": {"ratio": {"in": ["2:1"]}}, "require": {"refs": {"supplied": true}}, "code": "required", "message": "wide needs refs for {model}"},
               {"when": {"n": {"min": 2, "max": 2}}, "require": {"flag": {"not_in": [false]}}, "message": "two needs a flag"},
               {"require": {"boxes": {"same_count_as": "refs"}}, "message": "one box per ref"}
             ]}
            """#)
        expectRefusal(try refusal(model, ["prompt": "p", "ratio": "2:1"]), code: 20002, "wide needs refs for tiny")
        expectRefusal(try refusal(model, ["prompt": "p", "n": 2, "flag": false]), code: 20003, "two needs a flag")
        expectRefusal(try refusal(model, ["prompt": "p", "refs": ["a"]]), code: 20003, "one box per ref")
        _ = try model.validate(["prompt": "p", "n": 2, "refs": ["a"], "boxes": [1], "ratio": "2:1"]).get()
    }

    @Test("a condition may name a field inside an object field by its dotted path")
    func dottedPath() throws {
        let model = try decode(#"""
            {"fields": {"params": {"type": "object", "fields": {"mode": {"type": "string", "enum": ["a", "b"]}, "task_id": {"type": "string"}}}},
             "rules": [{"when": {"params.mode": {"in": ["b"]}}, "require": {"params.task_id": {"supplied": true}}, "code": "required",
                        "message": "params.task_id is required for mode b"}]}
            """#)
        expectRefusal(try refusal(model, ["prompt": "p", "params": ["mode": "b"]]), code: 20002, "params.task_id is required for mode b")
        _ = try model.validate(["prompt": "p", "params": ["mode": "b", "task_id": "t1"]]).get()
        _ = try model.validate(["prompt": "p", "params": ["mode": "a"]]).get()
        #expect(throws: ModelDefinitionError.self) {
            try decode(#"{"fields": {"params": {"type": "object", "fields": {}}}, "rules": [{"require": {"params.nope": {"supplied": true}}, "message": "m"}]}"#)
        }
    }

    @Test("count(<array>) keys a price table by the number of entries; treat_as maps counts")
    func countAxis() throws {
        let model = try decode(#"""
            {"fields": {"refs": {"type": "string_array", "max_items": 3}},
             "price_by": ["count(refs)"], "price_treat_as": {"count(refs)": {"0": "1"}},
             "price_per_image": {"1": 10, "2": 20, "3": 30}}
            """#)
        #expect(try model.validate(["prompt": "p"]).get().credits == 10)
        #expect(try model.validate(["prompt": "p", "refs": ["a", "b"], "n": 2]).get().credits == 40)
    }

    @Test("images_by / images give the image count per request; price_per: request bills the request once")
    func imagesTable() throws {
        let model = try decode(#"""
            {"image_count_field": null, "fields": {"n": null}, "images_by": ["ratio"], "images": {"1:1": 4, "2:1": 1},
             "price_per": "request", "price_unit": "usd", "price_per_image": 0.087318}
            """#)
        let grid = try model.validate(["prompt": "p"]).get()
        #expect(grid.imageCount == 4 && grid.credits == 88)
        let single = try model.validate(["prompt": "p", "ratio": "2:1"]).get()
        #expect(single.imageCount == 1 && single.credits == 88)
        #expect(try decode(#"{"image_count_field": null, "fields": {"n": null}, "images": 4}"#).validate(["prompt": "p"]).get().credits == 12)
    }

    @Test("format_field picks the output format from an enum of png / jpeg")
    func formatField() throws {
        let model = try decode(#"{"format_field": "kind", "fields": {"kind": {"type": "string", "enum": ["png", "jpeg"], "default": "png"}}}"#)
        #expect(try model.validate(["prompt": "p"]).get().format == .png)
        #expect(try model.validate(["prompt": "p", "kind": "jpeg"]).get().format == .jpeg)
    }

    @Test("snap_with: a WxH string picks the closest grid cell and decides the other axis")
    func gridSnap() throws {
        let model = try decode(#"""
            {"fields": {"ratio": {"pixel_sizes": {"max_side": 4096, "snap_with": ["tier"]}},
                        "tier": {"type": "string", "enum": ["s", "l"], "default": "s"}},
             "pixels_by": ["tier", "ratio"], "pixels": {"1:1": null, "2:1": null, "s": {"1:1": [8, 8], "2:1": [16, 8]}, "l": {"1:1": [64, 64], "2:1": [128, 64]}}}
            """#)
        let big = try model.validate(["prompt": "p", "ratio": "120x60"]).get()
        #expect(big.width == 128 && big.parameters["tier"] == "l" && big.parameters["ratio"] == "2:1")
        let small = try model.validate(["prompt": "p", "ratio": "9x9", "tier": "l"]).get()
        #expect(small.width == 8 && small.parameters["tier"] == "s" && small.parameters["requested_tier"] == "l")
    }

    @Test("broken uses of the rule kinds name the offending key",
          arguments: [
            (#"{"fields": {"a": {"type": "array"}}}"#, "fields.a.items: is required for an array field"),
            (#"{"fields": {"o": {"type": "object"}}}"#, "fields.o.fields: is required for an object field"),
            (#"{"fields": {"o": {"type": "object", "fields": {"x": {"type": "prompt"}}}}}"#, "fields.o.fields.x: a nested field cannot be of type \"prompt\""),
            (#"{"fields": {"a": {"type": "array", "items": {"type": "forbidden"}}}}"#, "fields.a.items.type: an array entry cannot be of type \"forbidden\""),
            (#"{"fields": {"prompt": {"min_length": 20}}}"#, "fields.prompt.min_length: is greater than max_length"),
            (#"{"fields": {"x": {"type": "number", "exclusive_min": true}}}"#, "fields.x.exclusive_min: needs min"),
            (#"{"rules": [{"require": {"nope": {"supplied": true}}, "message": "m"}]}"#, "rules.0.require.nope: \"nope\" is not an accepted field"),
            (#"{"rules": [{"require": {"n": {"equals": 1}}, "message": "m"}]}"#, "rules.0.require.n.equals: unknown key"),
            (#"{"rules": [{"require": {"n": {"min": 1}}, "message": "m", "code": "fatal"}]}"#, "rules.0.code: unknown value \"fatal\""),
            (#"{"rules": [{"when": {"n": {"min": 1}}, "message": "m"}]}"#, "rules.0.require: must name at least one field"),
            (#"{"price_by": ["count(n)"]}"#, "price_by.0: \"n\" is not a declared array field"),
            (#"{"pixels": {"1:1": [16384, 4097]}}"#, "pixels.1:1: more than 8192 x 8192 pixels"),
            (#"{"images": 4}"#, "images: cannot be used with image_count_field"),
            (#"{"image_count_field": null, "images_by": ["ratio"]}"#, "images_by: needs images"),
            (#"{"image_count_field": null, "images": 0}"#, "images: 0 is outside 1...10000"),
            (#"{"price_per": "call"}"#, "price_per: unknown value \"call\" (allowed: image, request; second, minute with clip)"),
            (#"{"format_field": "ratio"}"#, "fields.ratio.enum: \"1:1\" is not an output format (png, jpeg; mp3, wav, flac, ogg, aac)"),
            (#"{"fields": {"ratio": {"pixel_sizes": {"max_side": 64, "snap_with": ["n"]}}}}"#,
             "fields.ratio.pixel_sizes.snap_with: \"n\" is not a pixels_by field listed after ratio"),
          ])
    func broken(patchJSON: String, expected: String) throws {
        let error = try #require(throws: ModelDefinitionError.self) { try decode(patchJSON) }
        #expect(error.description.hasPrefix(expected), "\(error.description)")
    }
}
