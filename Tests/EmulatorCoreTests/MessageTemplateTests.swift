@testable import EmulatorCore
import Testing

@Suite("Message templates")
struct MessageTemplateTests {
    @Test("known placeholders are filled; other braces stay as written")
    func placeholders() {
        let template = MessageTemplate("invalid {field} \"{value}\" in {16:9, 9:16} {unknown}")
        #expect(template.render(["field": "size", "value": "7:5"]) == "invalid size \"7:5\" in {16:9, 9:16} {unknown}")
    }

    @Test("a replacement is never scanned again")
    func onePass() {
        #expect(MessageTemplate("{value}/{field}").render(["value": "{field}", "field": "n"]) == "{field}/n")
    }

    @Test("an unclosed brace is literal")
    func unclosed() {
        #expect(MessageTemplate("a {field").render(["field": "x"]) == "a {field")
    }

    @Test("echoed values are cut at 100 scalars")
    func echo() {
        #expect(MessageTemplate.echo("short") == "short")
        let long = String(repeating: "é", count: 150)
        #expect(MessageTemplate.echo(long) == String(repeating: "é", count: 100) + "…")
    }

    @Test("a long {allowed} is cut at 2,000 scalars, and a template repeating it 1,000 times renders at most 8,192 scalars and …")
    func boundedExpansion() {
        let allowed = (0..<5_000).map { "value-\($0)" }.joined(separator: ", ")
        let one = MessageTemplate("(allowed: {allowed})").render(["allowed": allowed])
        #expect(one == "(allowed: " + String(allowed.prefix(2_000)) + "…)")
        let repeated = MessageTemplate(String(repeating: "{allowed} ", count: 1_000)).render(["allowed": allowed])
        #expect(repeated.unicodeScalars.count == 8_193)
        #expect(repeated.hasSuffix("…"))
        #expect(repeated.hasPrefix(String(allowed.prefix(2_000)) + "… "))
    }
}

@Suite("JSON Merge Patch (RFC 7396)")
struct JSONMergePatchTests {
    @Test("the RFC's examples")
    func rfcExamples() throws {
        let cases: [(String, String, String)] = [
            (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
            (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
            (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
            (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
            (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
            (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
            (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
            (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
            (#"{"a":"foo"}"#, "null", "null"),
            (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
            (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
            (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
            (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
        ]
        for (target, patch, result) in cases {
            #expect(try parsed(target).mergePatched(with: parsed(patch)) == parsed(result), "\(target) + \(patch)")
        }
    }

    @Test("existing keys keep their order; new keys follow")
    func keyOrder() throws {
        let merged = try parsed(#"{"b":1,"a":2}"#).mergePatched(with: parsed(#"{"c":3,"b":4}"#))
        #expect(merged.objectValue?.keys == ["b", "a", "c"])
    }
}
