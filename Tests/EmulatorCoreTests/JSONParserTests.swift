import Testing
@testable import EmulatorCore

@Suite("JSON parser")
struct JSONParserTests {
    @Test("keeps integers and fractional numbers apart")
    func numbers() throws {
        #expect(try JSONParser.parse("1") == .int(1))
        #expect(try JSONParser.parse("-0") == .int(0))
        #expect(try JSONParser.parse("1.5") == .double(1.5))
        #expect(try JSONParser.parse("1e2") == .double(100))
        #expect(try JSONParser.parse("99999999999999999999") == .double(1e20))
    }

    @Test("reads objects in key order with escapes and surrogate pairs")
    func objects() throws {
        let value = try JSONParser.parse(#"{"b": "x\"\\\n\u00e9\ud83d\ude00", "a": [true, false, null]}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == .string("x\"\\\né😀"))
        #expect(object["a"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test("refuses what is not JSON", arguments: [
        "", " ", "{", "[1,]", "{\"a\":}", "{'a':1}", "tru", "01", "1.", "-", "1e", "\"\\x\"", "\"\\ud800\"",
        "{\"a\":1} x", "NaN", "\"\u{01}\"", "1e400",
    ])
    func invalid(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test("refuses invalid UTF-8 inside strings")
    func invalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test("refuses nesting deeper than the limit instead of overflowing the stack")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let ok = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
    }

    @Test("writer round-trips through the parser")
    func roundTrip() throws {
        let value: JSONValue = ["s": "a\"b\u{1}c", "n": 3, "d": 2.5, "l": [nil, true], "o": ["k": "v"]]
        #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
        #expect(JSONWriter.string(["z": 1, "a": 2]) == #"{"z":1,"a":2}"#)
    }
}

@Suite("JSON objects")
struct JSONObjectTests {
    @Test("objects past the index threshold keep order, lookups, replacement and removal")
    func largeObjects() throws {
        let text = "{" + (0..<100_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"k5\":\"again\"}"
        guard case .object(var object) = try JSONParser.parse(text) else { Issue.record("not an object"); return }
        #expect(object.count == 100_000)
        #expect(object["k99999"] == 99_999)
        #expect(object["k5"] == "again")  // a repeated key: the last one wins, in its first place
        #expect(object.keys[5] == "k5")
        object["k0"] = nil
        #expect(object.count == 99_999)
        #expect(object["k1"] == 1)
        #expect(object.keys.first == "k1")
    }

    @Test("equality ignores key order")
    func equality() {
        let a: JSONObject = ["x": 1, "y": 2]
        let b: JSONObject = ["y": 2, "x": 1]
        #expect(a == b)
        #expect(a != ["x": 1])
    }

    @Test("request-id UUIDs are version 4 in canonical form")
    func uuidFormat() {
        let uuid = SeededRandom.uuid(0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210)
        #expect(uuid == "01234567-89ab-4def-bedc-ba9876543210")
    }
}
