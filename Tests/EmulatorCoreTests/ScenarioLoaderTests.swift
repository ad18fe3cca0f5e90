import Foundation
import Testing
@testable import EmulatorCore

/// Every key of the format read into its value, the issue's example, JSON input and files.
@Suite("Scenario loader")
struct ScenarioLoaderTests {
    static let knownModels: Set<String> = [
        "gpt-image-2-official", "gpt-image-2", "z-image", "imagen-4-0", "imagen4", "imagen4-fast", "imagen4-ultra",
    ]

    static let issueExample = """
        name: flaky-provider
        clock: virtual              # real | virtual
        time_scale: 1
        seed: 7
        accounts:                   # when present, only these keys are valid (others → 10003)
          - {key: rk_test_alice, credits: 500}
          - {key: rk_test_gone, revoked: true}
        rate_limit: {requests_per_minute: 60}    # per key; 429 with Retry-After computed from the clock
        latency:                    # latency of the HTTP answer itself, held without a thread
          submit: {min: 50ms, max: 300ms}
          poll: 20ms
        rules:                      # checked in order on each submit; the first match decides
          - match: {model: gpt-image-2-official, prompt_contains: castle}
            duration: 45s                        # processing time of the matched task
          - match: {model: z-image, nth: 3}      # the 3rd z-image submit
            fail: {code: 80001}                  # at the documented time, or with `after: 20s`
          - match: {prompt_contains: forbidden}
            reject: moderation                   # 400, not charged
          - match: {nth: 5}
            respond: {status: 503}               # an HTTP-level fault instead of accepting
            delay: 2s
          - match: {prompt_contains: drop}
            fault: reset_after_accept            # task created and charged, connection dropped before the answer
        url_ttl: {z-image: 1h}
        codes: {task_not_found: 20404}           # overrides for the choices in docs/contract.md
        """

    private func parse(_ text: String) throws -> Scenario {
        try ScenarioLoader.parse(text, knownModels: Self.knownModels)
    }

    private func rule(_ yaml: String) throws -> Rule {
        let rules = try parse("rules:\n" + yaml).rules
        try #require(rules.count == 1)
        return rules[0]
    }

    @Test("the issue's example parses to the expected scenario")
    func issueExample() throws {
        let expected = Scenario(
            name: "flaky-provider", clock: .virtual, timeScale: 1, seed: 7,
            accounts: [AccountSpec(key: "rk_test_alice", credits: 500),
                       AccountSpec(key: "rk_test_gone", credits: 1_000_000, revoked: true)],
            rateLimit: RateLimit(requestsPerMinute: 60),
            latency: Latency(submit: DurationRange(min: 50, max: 300), poll: DurationRange(milliseconds: 20)),
            rules: [
                Rule(match: RuleMatch(model: "gpt-image-2-official", promptContains: "castle"),
                     duration: DurationRange(milliseconds: 45_000), index: 0),
                Rule(match: RuleMatch(model: "z-image", nth: 3), fail: TaskFailure(code: 80001), index: 1),
                Rule(match: RuleMatch(promptContains: "forbidden"), reject: .moderation, index: 2),
                Rule(match: RuleMatch(nth: 5), respond: ScriptedResponse(status: 503),
                     delay: DurationRange(milliseconds: 2000), index: 3),
                Rule(match: RuleMatch(promptContains: "drop"), fault: .resetAfterAccept, index: 4),
            ],
            urlTTL: ["z-image": 3600], codes: ["task_not_found": 20404])
        #expect(try parse(Self.issueExample) == expected)
    }

    @Test("the same scenario written as JSON parses to the same value")
    func jsonInput() throws {
        let json = """
            {"name":"flaky-provider","clock":"virtual","time_scale":1,"seed":7,
            \t"accounts":[{"key":"rk_test_alice","credits":500},{"key":"rk_test_gone","revoked":true}],
            \t"rate_limit":{"requests_per_minute":60},
            \t"latency":{"submit":{"min":"50ms","max":"300ms"},"poll":"20ms"},
            \t"rules":[
            \t\t{"match":{"model":"gpt-image-2-official","prompt_contains":"castle"},"duration":"45s"},
            \t\t{"match":{"model":"z-image","nth":3},"fail":{"code":80001}},
            \t\t{"match":{"prompt_contains":"forbidden"},"reject":"moderation"},
            \t\t{"match":{"nth":5},"respond":{"status":503},"delay":"2s"},
            \t\t{"match":{"prompt_contains":"drop"},"fault":"reset_after_accept"}
            \t],
            \t"url_ttl":{"z-image":"1h"},"codes":{"task_not_found":20404}}
            """
        #expect(try parse(json) == parse(Self.issueExample))
    }

    @Test("an empty file, whitespace, comments or a bare document marker is the empty scenario",
          arguments: ["", "\n\n", "   ", "# only a comment\n# and another\n", "---\n", "~", "null"])
    func emptyDocuments(text: String) throws {
        #expect(try parse(text) == .empty)
    }

    @Test("a key left empty or set to null counts as absent")
    func nullMeansAbsent() throws {
        let scenario = try parse("name:\nclock: ~\nlatency: {submit: null}\nrules:\n")
        #expect(scenario == .empty)
    }

    @Test("name, clock, time_scale and seed")
    func scalarSettings() throws {
        let scenario = try parse("name: ci\nclock: real\ntime_scale: 60.5\nseed: 18446744073709551615")
        #expect(scenario.name == "ci")
        #expect(scenario.clock == .real)
        #expect(scenario.timeScale == 60.5)
        #expect(scenario.seed == UInt64.max)
        #expect(try parse("clock: virtual").clock == .virtual)
        #expect(try parse("seed: 0").seed == 0)
        #expect(try parse("time_scale: 0.001").timeScale == 0.001)
    }

    @Test("start_time as ISO 8601 or Unix seconds", arguments: [
        ("2026-01-01T00:00:00Z", 1_767_225_600_000), ("'2026-01-01T00:00:00Z'", 1_767_225_600_000),
        ("1767225600", 1_767_225_600_000), ("2026-01-01", 1_767_225_600_000),
        ("2026-01-01T02:00:00+02:00", 1_767_225_600_000), ("2026-01-01T00:00:00.250Z", 1_767_225_600_250),
        ("2026-01-01 00:00:00", 1_767_225_600_000), ("2024-02-29T12:00:00Z", 1_709_208_000_000), ("0", 0),
    ] as [(String, Int64)])
    func startTime(text: String, milliseconds: Int64) throws {
        #expect(try parse("start_time: \(text)").startTime == Timestamp(milliseconds: milliseconds))
    }

    @Test("start_time refuses impossible times", arguments: [
        "2026-02-29T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "1969-12-31T23:59:59Z",
        "2026-01-01T00:00:00+24:00", "2026-1-1", "2026-01-01T00:00Z", "2026-01-01T00:00:00.Z", "10000-01-01",
        "253402300800", "-1", "", "now",
    ])
    func impossibleStartTimes(text: String) {
        #expect(TimestampText.parse(text) == nil)
    }

    @Test("accounts with their defaults: 1000000 credits, not revoked")
    func accounts() throws {
        let scenario = try parse("""
            accounts:
              - key: rk_test_a
              - {key: rk_test_b, credits: 0, revoked: false}
              - {key: aio_c, credits: 1_500, revoked: yes}
            """)
        #expect(scenario.accounts == [
            AccountSpec(key: "rk_test_a", credits: 1_000_000, revoked: false),
            AccountSpec(key: "rk_test_b", credits: 0, revoked: false),
            AccountSpec(key: "aio_c", credits: 1500, revoked: true),
        ])
        #expect(try parse("accounts: []").accounts == [])
        #expect(try parse("name: x").accounts == nil)
    }

    @Test("default_credits, rate_limit and journal")
    func budgets() throws {
        let scenario = try parse("default_credits: 250\nrate_limit: {requests_per_minute: 3}\njournal: {capacity: 50}")
        #expect(scenario.defaultCredits == 250)
        #expect(scenario.rateLimit == RateLimit(requestsPerMinute: 3))
        #expect(scenario.journalCapacity == 50)
    }

    @Test("latency for submit, poll and media, fixed or as a range")
    func latency() throws {
        let scenario = try parse("latency:\n  submit: 1.5s\n  poll: {min: 0, max: 2}\n  media: {min: 10ms, max: 10ms}")
        #expect(scenario.latency == Latency(submit: DurationRange(milliseconds: 1500), poll: DurationRange(min: 0, max: 2000),
                                            media: DurationRange(milliseconds: 10)))
        #expect(scenario.latency.media?.isFixed == true)
    }

    @Test("url_ttl in whole seconds, rounded up")
    func urlTTL() throws {
        let scenario = try parse("url_ttl: {z-image: 1h, imagen4: 90, gpt-image-2: 1500ms, imagen4-fast: 1ms, imagen-4-0: 7d}")
        #expect(scenario.urlTTL == ["z-image": 3600, "imagen4": 90, "gpt-image-2": 2, "imagen4-fast": 1, "imagen-4-0": 604_800])
    }

    @Test("codes for every error kind")
    func codes() throws {
        let yaml = "codes:\n" + ErrorKind.all.map { "  \($0.name): \($0.code + 1)\n" }.joined()
        let scenario = try parse(yaml)
        #expect(scenario.codes.count == ErrorKind.all.count)
        for kind in ErrorKind.all { #expect(scenario.codes[kind.name] == kind.code + 1) }
    }

    @Test("models are passed through as JSON, key order kept")
    func models() throws {
        let scenario = try parse("""
            models:
              z-image: {price_credits: 6, sizes: {"1:1": [1024, 1024]}, enabled: true, note: ~, ratio: 1.5, since: 2026-01-01}
            """)
        let expected: JSONValue = ["price_credits": 6, "sizes": ["1:1": [1024, 1024]], "enabled": true, "note": nil,
                                   "ratio": 1.5, "since": "2026-01-01"]
        #expect(scenario.models["z-image"] == expected)
        #expect(scenario.models["z-image"]?.objectValue?.keys == ["price_credits", "sizes", "enabled", "note", "ratio", "since"])
    }

    @Test("a rule's phase defaults to submit and its match to everything")
    func ruleDefaults() throws {
        #expect(try rule("  - duration: 5s") == Rule(duration: DurationRange(milliseconds: 5000), index: 0))
        #expect(try rule("  - on: poll\n    delay: 1s").on == .poll)
    }

    @Test("every match key")
    func matchKeys() throws {
        let parsed = try rule("  - match: {model: imagen4, prompt_contains: Cat, nth: 2, key: aio_x, provider: apiinone}")
        #expect(parsed.match == RuleMatch(model: "imagen4", promptContains: "Cat", nth: 2, key: "aio_x", provider: .apiinone))
        #expect(try rule("  - match: {provider: reapi}").match.provider == .reapi)
    }

    @Test("a match fits requests on every key but nth, ignoring case in prompts")
    func matchFits() {
        let match = RuleMatch(model: "z-image", promptContains: "Castle", nth: 3, key: "rk_a", provider: .reapi)
        #expect(match.fits(model: "z-image", prompt: "a CASTLE at dusk", key: "rk_a", provider: .reapi))
        #expect(!match.fits(model: "imagen4", prompt: "a castle", key: "rk_a", provider: .reapi))
        #expect(!match.fits(model: "z-image", prompt: "a palace", key: "rk_a", provider: .reapi))
        #expect(!match.fits(model: "z-image", prompt: "a castle", key: "rk_b", provider: .reapi))
        #expect(!match.fits(model: "z-image", prompt: "a castle", key: "rk_a", provider: .apiinone))
        #expect(RuleMatch().fits(model: "imagen4", prompt: "", key: "aio_x", provider: .apiinone))
        #expect(RuleMatch().isCatchAll && !RuleMatch(nth: 1).isCatchAll)
    }

    @Test("fail with after and message")
    func fail() throws {
        let parsed = try rule("  - fail: {code: 80002, after: 20s, message: Upstream timed out}")
        #expect(parsed.fail == TaskFailure(code: 80002, after: 20_000, message: "Upstream timed out"))
        for code in TaskFailure.codes { #expect(try rule("  - fail: {code: \(code), after: 0}").fail == TaskFailure(code: code, after: 0)) }
    }

    @Test("respond with a JSON body and headers")
    func respond() throws {
        let parsed = try rule("""
              - respond:
                  status: 429
                  body: {error: {code: 40001, message: slow down, retry: [1, 2.5, null, false]}}
                  headers: {Retry-After: 30, X-Note: "a b"}
            """)
        let body: JSONValue = ["error": ["code": 40001, "message": "slow down", "retry": [1, 2.5, nil, false]]]
        #expect(parsed.respond == ScriptedResponse(status: 429, body: body, headers: ["Retry-After": "30", "X-Note": "a b"]))
    }

    @Test("reject, delay and both faults")
    func otherOutcomes() throws {
        #expect(try rule("  - reject: moderation").reject == .moderation)
        #expect(try rule("  - fault: reset_before_accept\n    delay: {min: 1s, max: 2s}")
            == Rule(delay: DurationRange(min: 1000, max: 2000), fault: .resetBeforeAccept, index: 0))
        #expect(try rule("  - fault: reset_after_accept\n    duration: 3s")
            == Rule(duration: DurationRange(milliseconds: 3000), fault: .resetAfterAccept, index: 0))
        #expect(try rule("  - on: poll\n    fault: reset_before_accept").fault == .resetBeforeAccept)
        #expect(try rule("  - on: poll\n    respond: {status: 503}").respond == ScriptedResponse(status: 503))
    }

    @Test("rules keep their positions as index")
    func ruleIndexes() throws {
        let rules = try parse("rules:\n  - match: {nth: 1}\n  - match: {nth: 2}\n  - {}").rules
        #expect(rules.map(\.index) == [0, 1, 2])
    }

    @Test("anchors, aliases and merge keys share parts of rules")
    func anchorsAndMerges() throws {
        let scenario = try parse("""
            latency: {submit: &quick 20ms, poll: *quick}
            rules:
              - &base {match: {model: z-image, nth: 2}, fail: {code: 80001}}
              - <<: *base
                match: {model: z-image, nth: 4}
            """)
        #expect(scenario.latency.poll == DurationRange(milliseconds: 20))
        #expect(scenario.rules.map(\.match.nth) == [2, 4])
        #expect(scenario.rules[1].fail == TaskFailure(code: 80001))
    }

    @Test("YAML 1.1 booleans as keys are still keys: `on` is the phase")
    func onIsAKey() throws {
        #expect(try rule("  - on: poll\n    respond: {status: 500}").on == .poll)
    }

    @Test("without knownModels any model id is accepted")
    func anyModelWithoutCatalogue() throws {
        let scenario = try ScenarioLoader.parse("url_ttl: {my-model: 1m}\nrules: [{match: {model: my-model}}]")
        #expect(scenario.urlTTL == ["my-model": 60])
        #expect(scenario.rules.first?.match.model == "my-model")
    }

    @Test("load reads a file and names it in errors")
    func loadFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.yaml").path
        let bad = directory.appendingPathComponent("bad.yaml").path
        try "clock: virtual\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "clock: virtual\nseed: -1\n".write(toFile: bad, atomically: true, encoding: .utf8)

        #expect(try ScenarioLoader.load(path: good).clock == .virtual)
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: bad) }
        #expect(error.source == bad)
        #expect(error.description == "\(bad): seed (line 2): must be a non-negative integer, got -1")
    }

    @Test("load explains files it cannot use")
    func loadFailures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("binary.yaml")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE]).write(to: binary)

        let cases = [
            (directory.appendingPathComponent("missing.yaml").path, "no such file"),
            (directory.path, "is a directory, not a scenario file"),
            (binary.path, "is not UTF-8 text"),
        ]
        for (path, message) in cases {
            let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: path) }
            #expect(error.problems == [ScenarioProblem(path: "", line: nil, message: message)])
            #expect(error.description == "\(path): \(message)")
        }
    }

    @Test("an error lists every problem, one per line, prefixed by the source")
    func errorDescription() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse("seed: -1\nclock: never\n", source: "ci.yaml")
        }
        #expect(error.description == """
            ci.yaml: seed (line 1): must be a non-negative integer, got -1
            ci.yaml: clock (line 2): `never` is not one of `real`, `virtual`
            """)
    }
}
