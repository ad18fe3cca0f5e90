@testable import EmulatorCore
import Testing

/// A broken definition is refused with the key path of the problem.
@Suite("Model definitions: decoding")
struct ModelDefinitionDecodingTests {
    /// A small valid definition to break one key at a time.
    static let minimal: JSONObject = [
        "id": "tiny", "provider": "reapi", "family": "canonical", "id_style": "hex32", "format": "png",
        "url_ttl_seconds": 60, "image_count_field": "n",
        "fields": [
            "prompt": ["type": "prompt", "max_length": 10],
            "ratio": ["type": "string", "enum": ["1:1", "2:1"], "default": "1:1"],
            "n": ["type": "integer", "default": 1, "min": 1, "max": 2],
        ],
        "pixels_by": ["ratio"], "pixels": ["1:1": [8, 8], "2:1": [16, 8]],
        "price_unit": "credits", "price_per_image": 3,
        "duration_ms": [10, 20],
    ]

    func decode(_ patch: JSONValue) throws(ModelDefinitionError) -> ModelDefinition {
        try ModelDefinition(json: JSONValue.object(Self.minimal).mergePatched(with: patch).objectValue ?? [:])
    }

    @Test("the minimal definition decodes and validates")
    func minimalWorks() throws {
        let model = try decode([:])
        #expect(model.fieldNames == ["prompt", "ratio", "n"])
        #expect(model.aliases.isEmpty)
        let order = try model.validate(["prompt": "hi", "ratio": "2:1", "n": 2]).get()
        #expect(order.width == 16 && order.credits == 6 && order.durationMilliseconds == 10...20)
        #expect(model.validate(["prompt": "eleven chars"]).failure?.message == "prompt must be at most 10 characters")
    }

    @Test("broken definitions name the offending key",
          arguments: [
            (#"{"colour": "red"}"#, "colour: unknown key"),
            (#"{"id": null}"#, "id: is required"),
            (#"{"provider": "openai"}"#, "provider: unknown value \"openai\" (allowed: reapi, apiinone)"),
            (#"{"format": "webp"}"#, "format: unknown value \"webp\""),
            (#"{"fields": {"ratio": {"type": "text"}}}"#, "fields.ratio.type: unknown value \"text\""),
            (#"{"fields": {"ratio": {"default": "3:1"}}}"#, "fields.ratio.default: is not accepted by the field itself"),
            (#"{"fields": {"ratio": {"maximum": 3}}}"#, "fields.ratio.maximum: unknown key"),
            (#"{"fields": {"n": {"min": 3}}}"#, "fields.n.min: is greater than max"),
            (#"{"fields": {"n": {"messages": {"rnage": "x"}}}}"#, "fields.n.messages.rnage: unknown key"),
            (#"{"fields": {"ratio": {"requires": "n"}}}"#, "fields.ratio.requires: \"n\" is not an accepted field listed earlier"),
            (#"{"fields": {"ratio": {"restricts": [{"when": "2:1", "field": "n", "allowed": [], "message": "m"}]}}}"#,
             "fields.ratio.restricts.0.field: \"n\" is not an enum field listed earlier"),
            (#"{"fields": {"caption": {"type": "prompt"}}}"#, "fields: must declare at most one field of type \"prompt\""),
            (#"{"fields": {"n": {"max": null}}}"#, "fields.n: an image count needs min >= 1 and max <= 10000"),
            (#"{"image_count_field": "ratio"}"#, "image_count_field: \"ratio\" is not a declared integer field"),
            (#"{"pixels_by": ["size"]}"#, "pixels_by.0: \"size\" is not a declared field that always has a value"),
            (#"{"pixels": {"1:1": [8, 0]}}"#, "pixels.1:1.1: expected a side of 1 to 16384 pixels (the largest image the emulator renders), found 0"),
            (#"{"pixels": {"1:1": [16385, 8]}}"#, "pixels.1:1.0: expected a side of 1 to 16384 pixels (the largest image the emulator renders), found 16385"),
            (#"{"pixels": {"4:3": [8, 6]}}"#, "pixels.4:3: \"4:3\" is not a value of the field this level is keyed by"),
            (#"{"duration_ms": [20, 10]}"#, "duration_ms: shortest is longer than longest"),
            (#"{"price_per_image": 2.5}"#, "price_per_image: expected an integer, found number"),
            (#"{"price_by": ["ratio"], "price_treat_as": {"quality": {"auto": "high"}}, "price_per_image": {"1:1": 1, "2:1": 2}}"#,
             "price_treat_as.quality: unknown key"),
            (#"{"pixels_treat_as": {"ratio": {"auto": "1:1"}}}"#, "pixels_treat_as.ratio.auto: \"auto\" is not a value of ratio"),
            (#"{"pixels_treat_as": {"ratio": {"2:1": "3:1"}}}"#, "pixels_treat_as.ratio.2:1: \"3:1\" is not a value of ratio"),
            (#"{"duration_treat_as": {"ratio": {}}}"#, "duration_treat_as.ratio: unknown key"),
            (#"{"url_ttl_seconds": 0}"#, "url_ttl_seconds: 0 is outside 1...315360000"),
          ])
    func broken(patchJSON: String, expected: String) throws {
        let patch = try parsed(patchJSON)
        let error = try #require(throws: ModelDefinitionError.self) { try decode(patch) }
        #expect(error.description.hasPrefix(expected), "\(error.description)")
    }

    @Test("fixture text that is not JSON is refused as such")
    func notJSON() {
        #expect(throws: ModelDefinitionError(path: "", "not valid JSON: expected a string key at byte 1")) {
            try ModelDefinition(fixtureText: "{")
        }
    }

    @Test("null counts as absent in a definition too")
    func nullIsAbsent() throws {
        #expect(try decode(["aliases": nil]).aliases.isEmpty)
    }
}
