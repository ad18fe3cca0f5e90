import Foundation
import Testing
@testable import EmulatorCore

/// Every kind of problem the linter reports, with its path, line and message; robustness
/// against hostile input; and agreement between the linter and docs/scenarios.md.
@Suite("Scenario linter")
struct ScenarioLinterTests {
    static let knownModels = ScenarioLoaderTests.knownModels

    /// One document and exactly the problems it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var yaml: String
        var problems: [ScenarioProblem]
        var testDescription: String { yaml.prefix(60).replacingOccurrences(of: "\n", with: "⏎") }

        init(_ yaml: String, _ problems: ScenarioProblem...) {
            self.yaml = yaml
            self.problems = problems
        }
    }

    static func problem(_ path: String, _ line: Int?, _ message: String) -> ScenarioProblem {
        ScenarioProblem(path: path, line: line, message: message)
    }

    static func problems(in yaml: String) -> [ScenarioProblem] {
        do {
            _ = try ScenarioLoader.parse(yaml, knownModels: knownModels)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("the issue's bad failure code is reported with its path and line")
    func badFailureCode() throws {
        let yaml = """
            rules:
              - match: {model: gpt-image-2-official}
                duration: 45s
              - match: {prompt_contains: castle}
                duration: 60s
              - match: {model: z-image, nth: 3}
                fail: {code: 80009}
            """
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml, source: "flaky.yaml", knownModels: Self.knownModels)
        }
        #expect(error.problems == [Self.problem("rules[2].fail.code", 7, "80009 is not a task failure code (80001, 80002, 80003, 80006)")])
        #expect(error.description == "flaky.yaml: rules[2].fail.code (line 7): 80009 is not a task failure code (80001, 80002, 80003, 80006)")
    }

    static let documentCases: [Case] = [
        Case("a: [1, 2\nb: 3", problem("", 2, "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence started on line 1)")),
        Case("name: a\nseed: 1\nname: b", problem("", 1, "key `name` appears more than once in the same mapping")),
        Case("- name\n- seed", problem("", 1, "expected a mapping of scenario settings, got a list")),
        Case("hello", problem("", 1, "expected a mapping of scenario settings, got the text \"hello\"")),
        Case("---\nname: a\n---\nname: b", problem("", 3, "YAML syntax error: but found another document (expected a single document in the stream started on line 1)")),
        Case("? [a, b]\n: 1", problem("", 1, "a mapping key must be a plain name, not a list or a mapping")),
        Case("name: &n x\nrules: [{<<: 5}]", problem("rules[0].<<", 2, "`<<` merges a mapping or a list of mappings into this mapping")),
        Case("a: &a [1]\n? *a\n: 2", problem("", 2, "a complex mapping key (`? …`, or a list, mapping or alias used as a key) cannot be used in a document with aliases (`*name`); write the key as plain text")),
    ]

    @Test("problems with the document itself", arguments: documentCases)
    func documentProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let keyCases: [Case] = [
        Case("ratelimit: {requests_per_minute: 5}", problem("ratelimit", 1, "unknown key `ratelimit` (did you mean `rate_limit`?)")),
        Case("timeScale: 2", problem("timeScale", 1, "unknown key `timeScale` (did you mean `time_scale`?)")),
        Case("colour: red", problem("colour", 1, "unknown key `colour`; known keys: `name`, `clock`, `time_scale`, `seed`, `start_time`, `accounts`, `default_credits`, `rate_limit`, `latency`, `rules`, `url_ttl`, `codes`, `models`, `journal`, `limits`, `unknown_fields`, `report`, `source_seconds`")),
        Case("latency: {sumbit: 1s}", problem("latency.sumbit", 1, "unknown key `sumbit` (did you mean `submit`?)")),
        Case("accounts: [{key: k, credit: 5}]", problem("accounts[0].credit", 1, "unknown key `credit` (did you mean `credits`?)")),
        Case("rules:\n  - match: {prompt: castle}", problem("rules[0].match.prompt", 2, "unknown key `prompt` (did you mean `prompt_contains`?)")),
        Case("rules:\n  - failure: {code: 80001}", problem("rules[0].failure", 2, "unknown key `failure` (did you mean `fail`?)")),
        Case("journal: {size: 5}", problem("journal.size", 1, "unknown key `size`; known keys: `capacity`")),
    ]

    @Test("unknown keys, with a suggestion when one is close", arguments: keyCases)
    func unknownKeys(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let settingCases: [Case] = [
        Case("name: [a]", problem("name", 1, "expected text, got a list")),
        Case("clock: virtaul", problem("clock", 1, "`virtaul` is not one of `real`, `virtual` (did you mean `virtual`?)")),
        Case("clock: {mode: real}", problem("clock", 1, "expected one of `real`, `virtual`, got a mapping")),
        Case("time_scale: 0", problem("time_scale", 1, "must be greater than 0 (from 0.001 to 1000000), got 0")),
        Case("time_scale: -2.5", problem("time_scale", 1, "must be greater than 0 (from 0.001 to 1000000), got -2.5")),
        Case("time_scale: fast", problem("time_scale", 1, "expected a number, got the text \"fast\"")),
        Case("time_scale: .inf", problem("time_scale", 1, "`.inf` is not a finite number")),
        Case("seed: -1", problem("seed", 1, "must be a non-negative integer, got -1")),
        Case("seed: 1.5", problem("seed", 1, "expected a non-negative integer, got 1.5")),
        Case("seed: 99999999999999999999", problem("seed", 1, "must be at most 18446744073709551615, got 99999999999999999999")),
        Case("seed: '7'", problem("seed", 1, "expected a non-negative integer, got the text \"7\"")),
        Case("start_time: yesterday", problem("start_time", 1, "expected an ISO 8601 UTC time like `2026-01-01T00:00:00Z` or Unix seconds from 1970 to year 9999, got the text \"yesterday\"")),
        Case("start_time: 2026-13-01T00:00:00Z", problem("start_time", 1, "expected an ISO 8601 UTC time like `2026-01-01T00:00:00Z` or Unix seconds from 1970 to year 9999, got the text \"2026-13-01T00:00:00Z\"")),
        Case("start_time: 999999999999", problem("start_time", 1, "expected an ISO 8601 UTC time like `2026-01-01T00:00:00Z` or Unix seconds from 1970 to year 9999, got 999999999999")),
        Case("default_credits: -5", problem("default_credits", 1, "must be an integer from 0 to 10^15, got -5")),
        Case("accounts: [{key: a}]\ndefault_credits: 5", problem("default_credits", 2, "has no effect when `accounts` is present (give each account its `credits`)")),
        Case("rate_limit: 60", problem("rate_limit", 1, "expected a mapping like `{requests_per_minute: 60}`, got 60")),
        Case("rate_limit: {requests_per_minute: 0}", problem("rate_limit.requests_per_minute", 1, "must be an integer ≥ 1, got 0")),
        Case("rate_limit: {}", problem("rate_limit", 1, "needs `requests_per_minute`")),
        Case("journal: {capacity: 0}", problem("journal.capacity", 1, "must be an integer from 1 to 1000000, got 0")),
        Case("unknown_fields: rejct", problem("unknown_fields", 1, "`rejct` is not one of `reject`, `ignore` (did you mean `reject`?)")),
        Case("unknown_fields: [ignore]", problem("unknown_fields", 1, "expected one of `reject`, `ignore`, got a list")),
        Case("journal: {capacity: many}", problem("journal.capacity", 1, "expected an integer, got the text \"many\"")),
    ]

    @Test("top-level settings out of range or of the wrong type", arguments: settingCases)
    func settingProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let accountCases: [Case] = [
        Case("accounts: rk_test", problem("accounts", 1, "expected a list of accounts like `- {key: rk_test_alice, credits: 500}`, got the text \"rk_test\"")),
        Case("accounts:\n  - rk_test", problem("accounts[0]", 2, "expected a mapping, got the text \"rk_test\"")),
        Case("accounts:\n  - {credits: 5}", problem("accounts[0]", 2, "an account needs a `key`")),
        Case("accounts:\n  - {key: ''}", problem("accounts[0].key", 2, "must not be empty")),
        Case("accounts:\n  - {key: rk test}", problem("accounts[0].key", 2, "a key is sent as `Bearer <key>`, so it cannot contain spaces or control characters")),
        Case("accounts:\n  - {key: rk_a}\n  - {key: rk_a}", problem("accounts[1].key", 3, "duplicate account key `rk_a` (first at line 2)")),
        Case("accounts:\n  - {key: rk_a, credits: -1}", problem("accounts[0].credits", 2, "must be an integer from 0 to 10^15, got -1")),
        Case("accounts:\n  - {key: rk_a, credits: 1.5}", problem("accounts[0].credits", 2, "expected an integer, got 1.5")),
        Case("accounts:\n  - {key: rk_a, credits: 99999999999999999999}", problem("accounts[0].credits", 2, "must be an integer from 0 to 10^15, got 99999999999999999999")),
        Case("accounts:\n  - {key: rk_a, revoked: maybe}", problem("accounts[0].revoked", 2, "expected true or false, got the text \"maybe\"")),
    ]

    @Test("accounts", arguments: accountCases)
    func accountProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let durationCases: [Case] = [
        Case("latency: 5s", problem("latency", 1, "expected a mapping, got the text \"5s\"")),
        Case("latency: {poll: -5ms}", problem("latency.poll", 1, "must not be negative, got -5ms")),
        Case("latency: {poll: -2}", problem("latency.poll", 1, "must not be negative, got -2")),
        Case("latency: {poll: 3x}", problem("latency.poll", 1, "`3x` is not a duration; write a number with `ms`, `s`, `m`, `h` or `d` (`500ms`, `1.5s`), or a bare number of seconds")),
        Case("latency: {poll: true}", problem("latency.poll", 1, "expected a duration like `500ms`, `2s` or `1h`, got true")),
        Case("latency: {poll: 99999999999999999999s}", problem("latency.poll", 1, "must be at most 100 years (36500d), got 99999999999999999999s")),
        Case("latency: {poll: 36501d}", problem("latency.poll", 1, "must be at most 100 years (36500d), got 36501d")),
        Case("latency:\n  media: {min: 300ms, max: 50ms}", problem("latency.media", 2, "`min` (300ms) is longer than `max` (50ms)")),
        Case("latency:\n  media: {min: 300ms}", problem("latency.media", 2, "a range needs both `min` and `max` (for a fixed duration write just the duration)")),
        Case("latency:\n  media: {min: 1s, max: 2s, avg: 1s}", problem("latency.media.avg", 2, "unknown key `avg`; known keys: `min`, `max`")),
        Case("url_ttl: {z-image: 0s}", problem("url_ttl.z-image", 1, "must be longer than 0")),
        Case("url_ttl: 1h", problem("url_ttl", 1, "expected a mapping of model ids to durations like `{z-image: 1h}`, got the text \"1h\"")),
    ]

    @Test("durations and ranges", arguments: durationCases)
    func durationProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let catalogueCases: [Case] = [
        Case("url_ttl: {zimage: 1h}", problem("url_ttl.zimage", 1, "unknown model `zimage` (did you mean `z-image`?); known models: gpt-image-2, gpt-image-2-official, imagen-4-0, imagen4, imagen4-fast, imagen4-ultra, z-image")),
        Case("rules:\n  - match: {model: imagen4-utlra}", problem("rules[0].match.model", 2, "unknown model `imagen4-utlra` (did you mean `imagen4-ultra`?); known models: gpt-image-2, gpt-image-2-official, imagen-4-0, imagen4, imagen4-fast, imagen4-ultra, z-image")),
        Case("models: {z-image: 6}", problem("models.z-image", 1, "expected a mapping of model-definition fields, got 6")),
        Case("models:\n  z-image: {price: 1e400}", problem("models.z-image.price", 2, "`1e400` is not a finite number, which JSON requires")),
        Case("models:\n  z-image: {price: 99999999999999999999}", problem("models.z-image.price", 2, "`99999999999999999999` does not fit in a 64-bit integer")),
        Case("codes: {task_notfound: 20404}", problem("codes.task_notfound", 1, "unknown error kind `task_notfound` (did you mean `task_not_found`?)")),
        Case("codes: {teapot: 41800}", problem("codes.teapot", 1, "unknown error kind `teapot`; error kinds: " + ErrorKind.all.map(\.name).joined(separator: ", "))),
        Case("codes: {rate_limited: 429}", problem("codes.rate_limited", 1, "must be a 5-digit code (10000–99999), got 429")),
        Case("codes: {rate_limited: slow}", problem("codes.rate_limited", 1, "expected an integer, got the text \"slow\"")),
        Case("codes: [task_not_found]", problem("codes", 1, "expected a mapping of error kinds to codes like `{task_not_found: 20404}`, got a list")),
    ]

    @Test("model ids and error kinds", arguments: catalogueCases)
    func catalogueProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    static let ruleCases: [Case] = [
        Case("rules: {a: 1}", problem("rules", 1, "expected a list of rules, got a mapping")),
        Case("rules:\n  - castle", problem("rules[0]", 2, "expected a mapping, got the text \"castle\"")),
        Case("rules:\n  - on: later", problem("rules[0].on", 2, "`later` is not one of `submit`, `poll`, `callback`")),
        Case("rules:\n  - match: castle", problem("rules[0].match", 2, "expected a mapping like `{model: z-image, nth: 3}`, got the text \"castle\"")),
        Case("rules:\n  - match: {nth: 0}", problem("rules[0].match.nth", 2, "must be an integer ≥ 1 (the first matching request is 1), got 0")),
        Case("rules:\n  - match: {prompt_contains: ''}", problem("rules[0].match.prompt_contains", 2, "must not be empty")),
        Case("rules:\n  - match: {provider: openai}", problem("rules[0].match.provider", 2, "`openai` is not one of `reapi`, `apiinone`")),
        Case("accounts: [{key: rk_a}]\nrules:\n  - match: {key: rk_b}", problem("rules[0].match.key", 3, "`rk_b` is not in `accounts`, so its requests are refused as an unknown key before any rule is checked")),
        Case("rules:\n  - fail: 80001", problem("rules[0].fail", 2, "expected a mapping like `{code: 80001}`, got 80001")),
        Case("rules:\n  - fail: {after: 2s}", problem("rules[0].fail", 2, "needs a `code`: one of 80001, 80002, 80003, 80006")),
        Case("rules:\n  - fail: {code: provider_failed}", problem("rules[0].fail.code", 2, "expected a task failure code (80001, 80002, 80003, 80006), got the text \"provider_failed\"")),
        Case("rules:\n  - fail: {code: 99999999999999999999}", problem("rules[0].fail.code", 2, "99999999999999999999 is not a task failure code (80001, 80002, 80003, 80006)")),
        Case("rules:\n  - fail: {code: 80001, after: -20s}", problem("rules[0].fail.after", 2, "must not be negative, got -20s")),
        Case("rules:\n  - reject: spam", problem("rules[0].reject", 2, "expected `moderation`, got `spam`")),
        Case("rules:\n  - respond: 503", problem("rules[0].respond", 2, "expected a mapping like `{status: 503}`, got 503")),
        Case("rules:\n  - respond: {body: {}}", problem("rules[0].respond", 2, "needs a `status` (an HTTP status from 200 to 599)")),
        Case("rules:\n  - respond: {status: 600}", problem("rules[0].respond.status", 2, "must be an HTTP status from 200 to 599 (a 1xx answer is not final), got 600")),
        Case("rules:\n  - respond: {status: 503, headers: [a]}", problem("rules[0].respond.headers", 2, "expected a mapping of header names to values, got a list")),
        Case("rules:\n  - respond: {status: 503, headers: {Bad Header: x}}", problem("rules[0].respond.headers.Bad Header", 2, "`Bad Header` is not a valid header name")),
        Case("rules:\n  - respond: {status: 503, headers: {Content-Length: 5}}", problem("rules[0].respond.headers.Content-Length", 2, "`Content-Length` is computed from the body and cannot be scripted")),
        Case("rules:\n  - respond: {status: 503, headers: {X-A: \"a\\r\\nSet-Cookie: b\"}}", problem("rules[0].respond.headers.X-A", 2, "a header value cannot contain line breaks or control characters")),
        Case("rules:\n  - fault: timeout", problem("rules[0].fault", 2, "`timeout` is not one of `reset_after_accept`, `reset_before_accept`")),
        Case("rules:\n  - fail: {code: 80001}\n    reject: moderation", problem("rules[0]", 3, "has `fail` and `reject`; a rule has at most one outcome among `fail`, `reject`, `respond` and `fault`")),
        Case("rules:\n  - duration: 5s\n    fail: {code: 80001}", problem("rules[0].duration", 2, "does not apply with `fail`; set when the task fails with `fail.after`")),
        Case("rules:\n  - duration: 5s\n    reject: moderation", problem("rules[0].duration", 2, "is the processing time of a task, and a rule that ends in `reject` creates none")),
        Case("rules:\n  - duration: 5s\n    fault: reset_before_accept", problem("rules[0].duration", 2, "is the processing time of a task, and a rule that ends in `fault: reset_before_accept` creates none")),
        Case("rules:\n  - on: poll\n    fail: {code: 80003}", problem("rules[0].fail", 3, "`fail` only applies to submit rules; a rule with `on: poll` can use `respond`, `delay` and `fault: reset_before_accept`")),
        Case("rules:\n  - on: poll\n    duration: 1s", problem("rules[0].duration", 3, "`duration` only applies to submit rules; a rule with `on: poll` can use `respond`, `delay` and `fault: reset_before_accept`")),
        Case("rules:\n  - on: poll\n    reject: moderation", problem("rules[0].reject", 3, "`reject` only applies to submit rules; a rule with `on: poll` can use `respond`, `delay` and `fault: reset_before_accept`")),
        Case("rules:\n  - on: poll\n    fault: reset_after_accept", problem("rules[0].fault", 3, "`reset_after_accept` needs a submit to accept; a rule with `on: poll` can only use `reset_before_accept`")),
        Case("rules:\n  - duration: 1s\n  - match: {model: z-image}\n    fail: {code: 80001}", problem("rules[1]", 3, "never applies: rules[0] (line 2) comes first and matches every request this rule matches (the first matching rule decides)")),
        Case("rules:\n  - match: {prompt_contains: Cat}\n  - match: {prompt_contains: black cat, nth: 2}", problem("rules[1]", 3, "never applies: rules[0] (line 2) comes first and matches every request this rule matches (the first matching rule decides)")),
    ]

    @Test("rules", arguments: ruleCases)
    func ruleProblems(_ testCase: Case) {
        #expect(Self.problems(in: testCase.yaml) == testCase.problems)
    }

    @Test("rules that only look alike are not reported as unreachable", arguments: [
        "rules:\n  - match: {nth: 2}\n  - duration: 1s",
        "rules:\n  - match: {model: z-image}\n  - match: {model: imagen4}",
        "rules:\n  - match: {prompt_contains: black cat}\n  - match: {prompt_contains: cat}",
        "rules:\n  - duration: 1s\n  - on: poll\n    delay: 1s",
        "rules:\n  - match: {provider: reapi}\n  - match: {key: rk_a}",
    ])
    func reachableRules(yaml: String) {
        #expect(Self.problems(in: yaml) == [])
    }

    @Test("every problem is collected, in line order")
    func collectsEveryProblem() {
        let yaml = """
            rules:
              - fail: {code: 1}
            seed: -3
            clock: sometimes
            latency: {poll: -1s}
            ratelimit: 3
            """
        #expect(Self.problems(in: yaml) == [
            Self.problem("rules[0].fail.code", 2, "1 is not a task failure code (80001, 80002, 80003, 80006)"),
            Self.problem("seed", 3, "must be a non-negative integer, got -3"),
            Self.problem("clock", 4, "`sometimes` is not one of `real`, `virtual`"),
            Self.problem("latency.poll", 5, "must not be negative, got -1s"),
            Self.problem("ratelimit", 6, "unknown key `ratelimit` (did you mean `rate_limit`?)"),
        ])
    }

    @Test("nesting deeper than 64 levels is a problem, not a crash")
    func deepNesting() {
        let body = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(Self.problems(in: "models:\n  z-image: {deep: \(body)}").map(\.message) == ["values are nested more than 64 levels deep"])
        #expect(!Self.problems(in: String(repeating: "[", count: 5000)).isEmpty)
        #expect(!Self.problems(in: String(repeating: "{a: ", count: 3000)).isEmpty)
        let block = (0..<2000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n")
        #expect(!Self.problems(in: block).isEmpty)
    }

    @Test("an alias bomb stops at the value budget")
    func aliasBombInValues() {
        var yaml = "models:\n  z-image:\n    a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            yaml += "    a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(Self.problems(in: yaml).map(\.message).contains("the document expands to more than 100000 values once aliases are resolved"))
    }

    @Test("an alias bomb used as a key is refused before Yams hashes it")
    func aliasBombInKeys() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        for key in ["? *a8\n: 1\n", "*a8 : 1\n", "[*a8]: 1\n", "{k: *a8}: 1\n"] {
            #expect(Self.problems(in: yaml + key).map(\.path) == [""])
        }
    }

    @Test("never crashes: random bytes, mutated scenarios, huge numbers")
    func fuzz() {
        var random = SeededRandom(seed: 0x5CE0_A210)
        let seedDocument = ScenarioLoaderTests.issueExample
        let pieces = ["{", "}", "[", "]", ":", " ", "\n", "- ", "*a", "&a ", "<<: ", "? ", "'", "\"", "#", "\t", "1e400",
                      "99999999999999999999", "-", ".inf", "~", "!!str ", "|\n", "\\u0000", "%YAML 1.1\n", "é", "\u{0}"]
        for round in 0..<400 {
            let text: String
            switch round % 3 {
            case 0:
                let bytes = (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                text = String(decoding: bytes, as: UTF8.self)
            case 1:
                var characters = Array(seedDocument)
                for _ in 0..<(1 + Int(random.next() % 8)) where !characters.isEmpty {
                    let at = Int(random.next() % UInt64(characters.count))
                    if random.next() % 2 == 0 {
                        characters.remove(at: at)
                    } else {
                        characters.insert(contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: at)
                    }
                }
                text = String(characters)
            default:
                text = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            }
            do {
                _ = try ScenarioLoader.parse(text, knownModels: Self.knownModels)
            } catch {
                #expect(!error.problems.isEmpty)
                #expect(error.problems.allSatisfy { !$0.message.isEmpty })
            }
        }
    }

    @Test("huge and odd numbers in every numeric field are problems, not traps", arguments: [
        "1e400", "-1e400", "99999999999999999999", "-99999999999999999999", ".nan", "0x7FFFFFFFFFFFFFFFFF", "1:30", "0b", "1e-400",
    ])
    func hugeNumbers(number: String) {
        let yaml = """
            time_scale: \(number)
            seed: \(number)
            start_time: \(number)
            default_credits: \(number)
            rate_limit: {requests_per_minute: \(number)}
            latency: {submit: \(number), poll: {min: \(number), max: \(number)}}
            rules:
              - match: {nth: \(number)}
                fail: {code: \(number), after: \(number)}
              - respond: {status: \(number), body: {n: \(number)}}
            url_ttl: {z-image: \(number)}
            codes: {task_not_found: \(number)}
            models: {z-image: {price: \(number)}}
            journal: {capacity: \(number)}
            unknown_fields: \(number)
            """
        #expect(!Self.problems(in: yaml).isEmpty)
    }

    @Test("every key the linter knows is documented in docs/scenarios.md")
    func docsListEveryKey() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/scenarios.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for key in ScenarioLinter.rootKeys { #expect(text.contains("### `\(key)`"), "root key \(key)") }
        for key in ScenarioLinter.ruleKeys + ScenarioLinter.matchKeys { #expect(text.contains("| `\(key)` |"), "rule key \(key)") }
        for key in ["code", "after", "message", "status", "body", "headers", "credits", "revoked"] {
            #expect(text.contains("| `\(key)` |"), "field \(key)")
        }
        for kind in ErrorKind.all {
            #expect(text.contains("| `\(kind.name)` | \(kind.status) | \(kind.code) |"), "error kind \(kind.name)")
        }
    }
}
