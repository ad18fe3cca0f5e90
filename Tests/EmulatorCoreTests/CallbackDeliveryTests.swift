@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// API in One's `callback_url` ("Webhook Supported — Use callback_url on supported async
/// tasks"): deliveries on the virtual clock, their body and headers, retries, and the journal
/// and timeline entries, with a recording sender in place of HTTP.
@Suite("Webhook deliveries")
struct CallbackDeliveryTests {
    static let hook = "http://127.0.0.1:9/hook?run=1"
    static let submit = #"{"model":"imagen4","prompt":"A photorealistic bowl of ramen","callback_url":"http://127.0.0.1:9/hook?run=1"}"#

    /// A settled task's poll answer on API in One (docs/contract.md §5), written out.
    static func completedBody(_ id: String) -> JSONValue {
        ["code": 200, "message": "success",
         "data": ["task_id": .string(id), "status": "completed",
                  "output": ["image_urls": [.string("https://emu.test/media/tasks/\(id)/0.png")]], "error": nil]]
    }

    static func callbackEvents(_ advance: HTTPResponse) -> [JSONValue] {
        (advance.json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
    }

    @Test("nothing is sent before the clock reaches the task's settle time; then exactly one POST of the poll answer")
    func oneDeliveryAtSettleTime() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let id = try emu.accepted(Self.submit)
        let settles = try emu.settlesAt(id)
        emu.advance(milliseconds: 0)
        try emu.advance(to: settles.adding(milliseconds: -1))
        #expect(emu.callbacks.sent.isEmpty)

        let advance = emu.advance(milliseconds: 1)
        let sent = emu.callbacks.sent
        try #require(sent.count == 1)
        #expect(sent[0].target.url == Self.hook)
        #expect(sent[0].target.host == "127.0.0.1" && sent[0].target.port == 9 && sent[0].target.path == "/hook?run=1")
        #expect(sent[0].json == Self.completedBody(id))
        #expect(sent[0].body == emu.poll(id).body, "the body is the poll answer, byte for byte")
        #expect(sent[0].headers.map(\.0) == ["Content-Type", "User-Agent", "X-Request-Id"])
        #expect(sent[0].header("content-type") == "application/json")
        #expect(sent[0].header("user-agent") == "reapi-emulator/0.0.0")
        let requestID = try #require(sent[0].header("x-request-id"))
        #expect(requestID.hasPrefix("req_") && requestID.count == 40)

        let listed = Self.callbackEvents(advance)
        #expect(listed.count == 1)
        #expect(listed.first?["task_id"] == .string(id))
        #expect(listed.first?["url"] == .string(Self.hook))
        #expect(listed.first?["status"] == 200)
        #expect(listed.first?["attempt"] == 1)
        #expect(listed.first?["delivered"] == true)
        #expect(advance.json?["changes"]?[0]?["event"] == "completed", "the completion is listed before its callback")

        emu.advance(seconds: 86_400)
        #expect(emu.callbacks.sent.count == 1, "a delivered callback is never sent again")
    }

    @Test("one advance over many tasks delivers each once, in the order the tasks settle")
    func manyTasksInTimeOrder() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let ids = try (0..<4).map { _ in try emu.accepted(Self.submit) }
        let order = try ids.sorted { try emu.settlesAt($0) < emu.settlesAt($1) }
        let advance = emu.advance(seconds: 60)
        #expect(emu.callbacks.sent.map(\.taskID) == order)
        #expect(Self.callbackEvents(advance).compactMap { $0["task_id"]?.stringValue } == order)
    }

    @Test("a failed task's callback carries status failed and its error")
    func failedTask() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{match: {model: imagen4}, fail: {code: 80003, after: 5s}}]")
        let id = try emu.accepted(Self.submit)
        emu.advance(seconds: 5)
        let body = try #require(emu.callbacks.sent.first?.json)
        #expect(body["data"]?["status"] == "failed")
        #expect(body["data"]?["output"] == .null)
        #expect(body["data"]?["error"]?["code"] == 80003)
        #expect(body == emu.poll(id).json)
    }

    @Test("a receiver that fails twice gets three attempts, at +0, +10 s and +40 s, all listed by one advance")
    func retriedTwiceThenDelivered() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        emu.callbacks.answerNext([.failed("connection refused"), .answered(500)])
        let id = try emu.accepted(Self.submit)
        let settles = try emu.settlesAt(id)
        let advance = emu.advance(seconds: 3600)

        let listed = Self.callbackEvents(advance)
        #expect(listed.map { $0["attempt"]?.intValue } == [1, 2, 3])
        #expect(listed.map { $0["at"]?.stringValue } == [0, 10_000, 40_000].map { .some(settles.adding(milliseconds: $0).iso8601) })
        #expect(listed.map { $0["status"] } == [.null, 500, 200])
        #expect(listed.map { $0["error"] } == ["connection refused", "receiver answered 500", .null])
        #expect(listed.map { $0["retry_at"]?.stringValue } == [settles.adding(seconds: 10).iso8601, settles.adding(seconds: 40).iso8601, nil])
        #expect(emu.callbacks.sent.count == 3)
        #expect(Set(emu.callbacks.sent.map(\.body)).count == 1, "every attempt carries the same body")

        let outbound = try #require(emu.control("GET", "/_emulator/requests").json?["requests"]?.arrayValue).filter { $0["direction"] == "outbound" }
        #expect(outbound.map { $0["status"] } == [0, 500, 200])
        #expect(outbound.map { $0["attempt"] } == [1, 2, 3])
        #expect(outbound.allSatisfy { $0["url"] == .string(Self.hook) && $0["method"] == "POST" && $0["task_id"] == .string(id) })
        #expect(outbound.map { $0["error"] } == ["connection refused", "receiver answered 500", .null])
        #expect(outbound.allSatisfy { $0["duration_ms"]?.intValue != nil })

        let timeline = try #require(emu.task(id)["timeline"]?.arrayValue)
        #expect(timeline.map { $0["event"]?.stringValue ?? "" } == ["accepted", "due", "completed", "callback", "callback", "callback"])
        #expect(timeline.suffix(3).map { $0["status"] } == [.null, 500, 200])
    }

    @Test("the retries fall due one by one: an advance delivers only what is due by its end")
    func retriesOnTheClock() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        emu.callbacks.answerNext([.answered(503)])
        let id = try emu.accepted(Self.submit)
        try emu.advance(to: try emu.settlesAt(id))
        #expect(emu.callbacks.sent.count == 1)
        let pending = try #require(emu.task(id)["timeline"]?.arrayValue?.last)
        #expect(pending["event"] == "callback_due")
        #expect(pending["attempt"] == 2)
        emu.advance(milliseconds: 9_999)
        #expect(emu.callbacks.sent.count == 1)
        let advance = emu.advance(milliseconds: 1)
        #expect(emu.callbacks.sent.count == 2)
        #expect(Self.callbackEvents(advance).first?["attempt"] == 2)
    }

    @Test("after five failed attempts (+0, +10 s, +40 s, +2 min 40 s, +12 min 40 s) the delivery is given up")
    func givenUp() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        emu.callbacks.answerNext(Array(repeating: .failed("timed out after 5 s"), count: 6))
        let id = try emu.accepted(Self.submit)
        let settles = try emu.settlesAt(id)
        let listed = Self.callbackEvents(emu.advance(seconds: 86_400))
        #expect(listed.map { $0["at"]?.stringValue } == [0, 10, 40, 160, 760].map { .some(settles.adding(seconds: $0).iso8601) })
        #expect(listed.last?["given_up"] == true)
        emu.advance(seconds: 86_400)
        #expect(emu.callbacks.sent.count == 5)
        let timeline = try #require(emu.task(id)["timeline"]?.arrayValue)
        #expect(timeline.map { $0["event"]?.stringValue ?? "" }
            == ["accepted", "due", "completed", "callback", "callback", "callback", "callback", "callback", "callback_given_up", "expired"])
        #expect(timeline.first { $0["event"] == "callback_given_up" }?["attempts"] == 5)
        #expect(emu.poll(id).json?["data"]?["status"] == "completed", "nothing else about the task changes")
    }

    @Test("a task without callback_url sends nothing")
    func noCallbackURL() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let id = try emu.accepted(#"{"model":"imagen4-fast","prompt":"p"}"#)
        emu.advance(seconds: 3600)
        #expect(emu.callbacks.sent.isEmpty)
        #expect(try emu.task(id)["timeline"]?.arrayValue?.contains { $0["event"] == "callback" } == false)
    }

    @Test("a reset forgets pending deliveries")
    func resetForgets() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        _ = try emu.accepted(Self.submit)
        try emu.controlJSON("POST", "/_emulator/reset")
        emu.advance(seconds: 3600)
        #expect(emu.callbacks.sent.isEmpty)
    }

    @Test("a delivery belongs to its task's session: another session's advance does not send it")
    func sessionClock() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let session = try #require(try emu.controlJSON("POST", "/_emulator/sessions", #"{"clock":"virtual"}"#)["id"]?.stringValue)
        let base = "/sessions/\(session)"
        let id = try emu.accepted(Self.submit, base: base)
        emu.advance(seconds: 3600)
        #expect(emu.callbacks.sent.isEmpty)
        let advance = emu.advance(seconds: 3600, base: base)
        #expect(emu.callbacks.sent.map(\.taskID) == [id])
        #expect(emu.callbacks.sent.first?.json?["data"]?["output"]?["image_urls"]?[0]
            == .string("https://emu.test\(base)/media/tasks/\(id)/0.png"))
        #expect(Self.callbackEvents(advance).count == 1)
    }

    @Test("on a real clock a delivery happens at its time, with no advance")
    func realClock() async throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "time_scale: 1000", clock: .real)
        let id = try emu.accepted(Self.submit)
        for _ in 0..<200 where emu.callbacks.sent.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        #expect(emu.callbacks.sent.map(\.taskID) == [id])
        #expect(emu.callbacks.sent.first?.json == Self.completedBody(id))
    }
}
