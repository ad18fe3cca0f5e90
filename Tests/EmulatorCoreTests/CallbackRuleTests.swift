@testable import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing

/// Scenario rules `on: callback`: `fail: {attempts: N}`, `delay`, `body` templates, `match`,
/// and what the linter says about them.
@Suite("Callback rules")
struct CallbackRuleTests {
    static let submit = #"{"model":"imagen4","prompt":"ramen","callback_url":"http://127.0.0.1:9/hook"}"#

    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(yaml, knownModels: ScenarioLoaderTests.knownModels)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("fail: {attempts: 2}: the first two attempts fail without reaching the receiver, the third is sent at +40 s")
    func scriptedFailures() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{on: callback, fail: {attempts: 2}}]")
        let id = try emu.accepted(Self.submit)
        let settles = try emu.settlesAt(id)
        let listed = (emu.advance(seconds: 3600).json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
        #expect(emu.callbacks.sent.map(\.attempt) == [3])
        #expect(listed.map { $0["at"]?.stringValue } == [0, 10, 40].map { .some(settles.adding(seconds: $0).iso8601) })
        #expect(listed.map { $0["error"] } == ["failed by scenario rule rules[0] (not sent)", "failed by scenario rule rules[0] (not sent)", .null])
        let journal = emu.control("GET", "/_emulator/requests").json?["requests"]?.arrayValue ?? []
        #expect(journal.filter { $0["direction"] == "outbound" }.map { $0["matched_rule"] } == [0, 0, .null])
    }

    @Test("fail: {attempts: 5} gives the delivery up without sending anything")
    func scriptedGiveUp() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{on: callback, fail: {attempts: 5}}]")
        let id = try emu.accepted(Self.submit)
        emu.advance(seconds: 86_400)
        #expect(emu.callbacks.sent.isEmpty)
        #expect(try emu.task(id)["timeline"]?.arrayValue?.last?["event"] == "callback_given_up")
    }

    @Test("delay: 30s sends the first attempt 30 s after the task settles")
    func delayed() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{on: callback, delay: 30s}]")
        let id = try emu.accepted(Self.submit)
        try emu.advance(to: try emu.settlesAt(id).adding(milliseconds: 29_999))
        #expect(emu.callbacks.sent.isEmpty)
        emu.advance(milliseconds: 1)
        #expect(emu.callbacks.sent.count == 1)
    }

    @Test("body: a template of the poll fields replaces the poll answer")
    func bodyTemplate() throws {
        let yaml = """
            rules:
              - on: callback
                body: {id: "{data.task_id}", state: "{data.status}", urls: "{data.output.image_urls}",
                       first: "{data.output.image_urls.0}", note: "task {data.task_id} is {data.status}", error: "{data.error}", fixed: 7}
            """
        let emu = try EmulatorHarness(provider: .apiinone, scenario: yaml)
        let id = try emu.accepted(Self.submit)
        emu.advance(seconds: 60)
        let url = JSONValue.string("https://emu.test/media/tasks/\(id)/0.png")
        #expect(emu.callbacks.sent.first?.json == ["id": .string(id), "state": "completed", "urls": [url], "first": url,
                                                    "note": .string("task \(id) is completed"), "error": nil, "fixed": 7])
    }

    @Test("match and nth pick the deliveries a rule scripts: the second task with a callback_url")
    func matchNth() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{on: callback, match: {nth: 2}, fail: {attempts: 5}}]")
        let first = try emu.accepted(Self.submit)
        _ = try emu.accepted(Self.submit)
        let third = try emu.accepted(Self.submit)
        emu.advance(seconds: 86_400)
        #expect(Set(emu.callbacks.sent.map(\.taskID)) == [first, third])
    }

    @Test("the linter checks callback rules", arguments: [
        ("rules: [{on: callback, fail: {code: 80001}}]",
         ["rules[0].fail.code (line 1): unknown key `code`; known keys: `attempts`",
          "rules[0].fail (line 1): needs `attempts`: how many delivery attempts fail, 1 to 5"]),
        ("rules: [{on: callback, fail: {attempts: 6}}]",
         ["rules[0].fail.attempts (line 1): must be an integer from 1 to 5 (5 fails every attempt: the delivery is given up), got 6"]),
        ("rules: [{on: callback, fail: {}}]",
         ["rules[0].fail (line 1): needs `attempts`: how many delivery attempts fail, 1 to 5"]),
        ("rules: [{on: callback, respond: {status: 500}}]",
         ["rules[0].respond (line 1): `respond` does not apply to a webhook delivery; a rule with `on: callback` can use `match`, `fail: {attempts: N}`, `delay` and `body`"]),
        ("rules: [{on: callback, duration: 5s}]",
         ["rules[0].duration (line 1): `duration` does not apply to a webhook delivery; a rule with `on: callback` can use `match`, `fail: {attempts: N}`, `delay` and `body`"]),
        ("rules: [{body: {a: 1}}]",
         ["rules[0].body (line 1): `body` is the template of a webhook's body and needs `on: callback`; a scripted HTTP answer's body is `respond.body`"]),
        ("rules: [{on: callback, body: {s: \"{data.statu}\"}}]",
         ["rules[0].body (line 1): `{data.statu}` is not a field of the poll answer (did you mean `{data.status}`?); placeholders: {code}, {message}, {data}, {data.task_id}, {data.status}, {data.output}, {data.output.image_urls}, {data.error}, {data.error.code}, {data.error.message}, {data.output.image_urls.N}"]),
        ("rules: [{on: submit, fail: {attempts: 2}}]",
         ["rules[0].fail.attempts (line 1): unknown key `attempts`; known keys: `code`, `after`, `message`",
          "rules[0].fail (line 1): needs a `code`: one of 80001, 80002, 80003, 80006"]),
    ])
    func lint(yaml: String, expected: [String]) {
        #expect(Self.problems(yaml).map { $0.replacingOccurrences(of: "scenario: ", with: "") } == expected)
    }

    @Test("scenarios/flaky-webhooks.yaml: webhooks arrive as attempt 3 at +40 s; the fourth task's is given up")
    func flakyWebhooksScenario() throws {
        let file = ReadyMadeScenariosTests.directory.appendingPathComponent("flaky-webhooks.yaml")
        let emu = try EmulatorHarness(provider: .apiinone, scenario: try String(contentsOf: file, encoding: .utf8))
        let ids = try (0..<5).map { _ in try emu.accepted(Self.submit) }
        emu.advance(seconds: 3600)
        #expect(emu.callbacks.sent.map(\.attempt) == [3, 3, 3, 3])
        #expect(Set(emu.callbacks.sent.map(\.taskID)) == Set(ids).subtracting([ids[3]]))
        for id in ids where id != ids[3] {
            let delivered = try #require(emu.task(id)["timeline"]?.arrayValue?.last)
            #expect(delivered["at"] == .string(try emu.settlesAt(id).adding(seconds: 40).iso8601))
        }
        #expect(try emu.task(ids[3])["timeline"]?.arrayValue?.last?["event"] == "callback_given_up")
    }

    @Test("a valid callback rule passes the linter")
    func validRule() {
        #expect(Self.problems("rules: [{on: callback, match: {model: imagen4, nth: 1}, fail: {attempts: 2}, delay: {min: 1s, max: 2s}, body: {x: \"{data}\"}}]").isEmpty)
    }
}
