import Testing
import YAMLComposer
@testable import EmulatorCore

/// The YAML reader of scenario files (libyaml's events composed in Swift): the types plain
/// scalars get, quoting and tags, anchors, repeated keys, one document, and the bound on nesting.
/// The expected types are YAML 1.1's (yaml.org/type: bool, int, float, null, timestamp, merge,
/// value), as Yams read them before (docs/scenarios.md).
@Suite("YAML composer")
struct YAMLComposerTests {
    static func tag(of plain: String) throws -> YAMLTag {
        let node = try #require(try YAMLComposer.compose("value: \(plain)"))
        guard case .mapping(let pairs) = node.content else { throw ComposeFailure() }
        return pairs[0].value.tag
    }

    struct ComposeFailure: Error {}

    static let typed: [(String, YAMLTag)] = [
        ("yes", .bool), ("No", .bool), ("ON", .bool), ("off", .bool), ("true", .bool), ("FALSE", .bool),
        ("685230", .int), ("+685_230", .int), ("02472256", .int), ("0o17", .int), ("0x_0A_74_AE", .int),
        ("0b1010_0111_0100_1010_1110", .int), ("190:20:30", .int), ("-0", .int),
        ("6.8523015e+5", .float), ("685.230_15e+03", .float), ("685_230.15", .float), ("190:20:30.15", .float),
        ("-.inf", .float), (".NaN", .float), (".5", .float), ("1e3", .float),
        ("~", .null), ("null", .null), ("NULL", .null),
        ("2002-12-14", .timestamp), ("2001-12-14t21:59:43.10-05:00", .timestamp),
        ("2001-12-14 21:59:43.10 -5", .timestamp), ("2001-12-15 2:59:43.10", .timestamp),
        ("<<", .merge), ("=", .value),
        // Not in the rules: strings.
        ("y", .str), ("n", .str), ("z-image", .str), ("45s", .str), (".5e3", .str), ("1:60", .str),
        ("2001-1-1", .str), ("0x", .str), ("nul", .str), ("+.nan", .str),
    ]

    @Test("plain scalars get YAML 1.1's types; anything else is a string")
    func plainScalarTypes() throws {
        for (text, expected) in Self.typed {
            #expect(try Self.tag(of: text) == expected, "\(text)")
        }
        #expect(try Self.tag(of: "") == .null)
    }

    @Test("quoted and block scalars are strings; a written tag wins")
    func quotedAndTagged() throws {
        #expect(try Self.tag(of: "\"yes\"") == .str)
        #expect(try Self.tag(of: "'5'") == .str)
        #expect(try Self.tag(of: "|\n  5") == .str)
        #expect(try Self.tag(of: "! 5") == .str)
        #expect(try Self.tag(of: "!!int \"5\"") == .int)
        #expect(try Self.tag(of: "!point 5") == YAMLTag("!point"))
    }

    @Test("an alias is its anchor's node, once that node is complete")
    func aliases() throws {
        let node = try #require(try YAMLComposer.compose("a: &x [1, 2]\nb: *x\nc: &x 3\nd: *x"))
        guard case .mapping(let pairs) = node.content else { throw ComposeFailure() }
        guard case .sequence(let items) = pairs[1].value.content else { throw ComposeFailure() }
        #expect(items.count == 2 && pairs[1].value.line == 1)
        guard case .scalar(let text) = pairs[3].value.content else { throw ComposeFailure() }
        #expect(text == "3")   // the latest anchor of a name wins
        let own = #expect(throws: YAMLSyntaxError.self) { try YAMLComposer.compose("a: &x [*x]") }
        #expect(own?.problem == "found undefined alias" && own?.line == 1)
    }

    @Test("keys repeat when text and type are the same: `1` and `\"1\"` differ")
    func repeatedKeys() throws {
        #expect(try YAMLComposer.compose("1: a\n\"1\": b") != nil)
        let error = #expect(throws: YAMLSyntaxError.self) { try YAMLComposer.compose("b: 1\na: 2\nb: 3\na: 4") }
        #expect(error?.kind == .duplicateKeys && error?.duplicateKeys == ["a", "b"] && error?.line == 2)
    }

    @Test("an empty text is no document; a second document is an error")
    func documents() throws {
        #expect(try YAMLComposer.compose("") == nil)
        #expect(try YAMLComposer.compose("# only a comment\n") == nil)
        let error = #expect(throws: YAMLSyntaxError.self) { try YAMLComposer.compose("a: 1\n---\nb: 2") }
        #expect(error?.problem == "but found another document" && error?.line == 2)
    }

    @Test("nesting past 1,000 levels is refused at once, as the libyaml inside Yams refused it")
    func veryDeepNesting() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let problems = ScenarioLinterTests.problems(in: "models:\n  z-image: {deep: \(deep)}")
        #expect(problems.map(\.message) == ["YAML syntax error: Maximum nesting level reached, set with yaml_set_max_nest_level()) "
                                               + "(while parsing started on line 2)"])
        let allowed = String(repeating: "[", count: YAMLComposer.maxNesting) + String(repeating: "]", count: YAMLComposer.maxNesting)
        #expect(try YAMLComposer.compose(allowed) != nil)
    }
}
