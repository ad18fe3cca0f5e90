import Testing
import ReAPIEmulatorTesting
@testable import EmulatorCore

/// The control API under /_emulator/ (README "Control API", docs/control-api.md).
@Suite("Control API")
struct ControlAPITests {
    let zImage = #"{"model":"z-image","prompt":"a fox"}"#

    @Test("reset empties tasks, ledger, journal and rule counters and puts the clock back to the scenario's start")
    func reset() throws {
        let h = try EmulatorHarness("""
        start_time: 1800000000
        accounts: [{key: rk_test_key, credits: 100}]
        rules:
          - match: {nth: 1}
            respond: {status: 503}
        """)
        #expect(h.submit(zImage).status == 503)
        #expect(h.submit(zImage).status == 200)
        _ = h.advance(seconds: 500)
        let body = try #require(h.control("POST", "/_emulator/reset").json)
        #expect(body["status"] == "reset")
        #expect(h.now == Timestamp(unixSeconds: 1_800_000_000))
        #expect(h.control("GET", "/_emulator/tasks").json?["count"] == 0)
        #expect(h.credits() == 100)
        #expect(h.control("GET", "/_emulator/accounts/rk_test_key").json?["ledger"] == [])
        // The nth counter starts again: the first submit after reset is the scripted 503.
        #expect(h.submit(zImage).status == 503)
        #expect(h.control("GET", "/_emulator/requests").json?["count"] == 1)
    }

    @Test("clock: GET gives time and mode; advance applies due events in time order and reports them")
    func clock() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: fail}
            fail: {code: 80003, after: 1s}  # before any z-image completes (2-6 s)
        """)
        let clock = try #require(h.control("GET", "/_emulator/clock").json)
        #expect(clock["mode"] == "virtual")
        #expect(clock["now_unix"]?.intValue == Int(EmulatorHarness.start.unixSeconds))
        let ok = try #require(h.submit(zImage).taskID)
        let bad = try #require(h.submit(#"{"model":"z-image","prompt":"fail"}"#).taskID)
        let advanced = try #require(h.advance(seconds: 7).json)
        let changes = try #require(advanced["changes"]?.arrayValue)
        #expect(changes.first?["task_id"] == .string(bad))
        #expect(changes.first?["event"] == "failed")
        #expect(changes.first?["refunded"] == 5)
        #expect(advanced["clock"]?["now_unix"]?.intValue == Int(EmulatorHarness.start.unixSeconds) + 7)
        _ = h.advance(seconds: 60)
        #expect(h.poll(ok).json?["status"] == "completed")
        #expect(h.control("POST", "/_emulator/clock/advance", #"{"seconds": -1}"#).status == 400)
        #expect(h.control("POST", "/_emulator/clock/advance", #"{"seconds": "1"}"#).status == 400)
        #expect(h.control("POST", "/_emulator/clock/advance", "nope").errorCode == 20001)
    }

    @Test("tasks: list with filters, and one task with its timeline and poll body")
    func tasks() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: fail}
            fail: {code: 80001}
        """)
        let ok = try #require(h.submit(zImage).taskID)
        let bad = try #require(h.submit(#"{"model":"z-image","prompt":"fail"}"#, key: "rk_b").taskID)
        _ = h.advance(seconds: 31)
        let all = try #require(h.control("GET", "/_emulator/tasks").json)
        #expect(all["count"] == 2)
        #expect(h.control("GET", "/_emulator/tasks?key=rk_b").json?["count"] == 1)
        let detail = try #require(h.control("GET", "/_emulator/tasks/\(bad)").json)
        let events = try #require(detail["timeline"]?.arrayValue).compactMap { $0["event"]?.stringValue }
        #expect(events == ["accepted", "due", "failed", "refunded"])
        #expect(detail["body"]?["error"]?["code"] == 80001)
        let okEvents = try #require(h.control("GET", "/_emulator/tasks/\(ok)").json?["timeline"]?.arrayValue).compactMap { $0["event"]?.stringValue }
        #expect(okEvents == ["accepted", "due", "completed"])
        #expect(h.control("GET", "/_emulator/tasks/task_unknown").status == 404)
    }

    @Test("tasks list filters by status through a query string")
    func taskStatusFilter() throws {
        let h = try EmulatorHarness()
        _ = h.submit(zImage)
        #expect(h.control("GET", "/_emulator/tasks?status=processing").json?["count"] == 1)
        #expect(h.control("GET", "/_emulator/tasks?status=completed&limit=5").json?["count"] == 0)
    }

    @Test("requests: the journal records method, path, status, key, request id, time, body size and matched rule; filters; DELETE clears")
    func journal() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: fox}
            duration: 1s
        """)
        let submitted = h.submit(zImage)
        _ = h.poll("task_missing")
        var request = HTTPRequest.make("GET", "/_emulator/requests", key: nil)
        let entries = try #require(h.respond(request).json?["requests"]?.arrayValue)
        #expect(entries.count == 2)
        let first = entries[0]
        #expect(first["method"] == "POST")
        #expect(first["path"] == "/api/v1/images/generations")
        #expect(first["status"] == 200)
        #expect(first["key"] == "…key", "the journal never shows a whole key")
        #expect(first["request_id"]?.stringValue == submitted.header("X-Request-Id"))
        #expect(first["body_size"]?.intValue == zImage.utf8.count)
        #expect(first["matched_rule"] == 0)
        #expect(first["task_id"]?.stringValue == submitted.taskID)
        request.query = ["status": "404"]
        #expect(h.respond(request).json?["count"] == 1)
        request.query = ["path": "/api/v1/tasks"]
        #expect(h.respond(request).json?["count"] == 1)
        request.query = ["limit": "1"]
        #expect(h.respond(request).json?["requests"]?[0]?["status"] == 404)
        request.query = ["status": "x"]
        #expect(h.respond(request).status == 400)
        #expect(h.control("DELETE", "/_emulator/requests").json?["cleared"] == 2)
        #expect(h.control("GET", "/_emulator/requests").json?["count"] == 0)
    }

    @Test("accounts: GET shows balance and ledger; PUT sets credits (booked as an adjustment) and revoked")
    func accounts() throws {
        let h = try EmulatorHarness()
        #expect(h.control("GET", "/_emulator/accounts/rk_new").status == 404)
        let created = try #require(h.control("PUT", "/_emulator/accounts/rk_new", #"{"credits": 10}"#).json)
        #expect(created["credits"] == 10)
        #expect(created["ledger"]?[0]?["reason"] == "adjustment")
        #expect(created["ledger"]?[0]?["amount"] == 10)
        #expect(h.submit(zImage, key: "rk_new").status == 200)
        let account = try #require(h.control("GET", "/_emulator/accounts/rk_new").json)
        #expect(account["credits"] == 5)
        #expect(account["ledger"]?[1]?["reason"] == "charge")
        #expect(account["ledger"]?[1]?["amount"] == -5)
        #expect(account["ledger"]?[1]?["task_id"]?.stringValue?.hasPrefix("task_") == true)
        _ = h.control("PUT", "/_emulator/accounts/rk_new", #"{"revoked": true}"#)
        #expect(h.submit(zImage, key: "rk_new").errorCode == 10004)
        #expect(h.control("PUT", "/_emulator/accounts/rk_new", #"{"credits": -1}"#).status == 400)
        #expect(h.control("PUT", "/_emulator/accounts/rk_new", #"{"credits": "5"}"#).status == 400)
        #expect(h.control("PUT", "/_emulator/accounts/rk_new", "{}").status == 400)
        #expect(h.control("GET", "/_emulator/accounts").json?["accounts"]?.arrayValue?.count == 1)
    }

    @Test("scenario: GET shows it; PUT replaces it (YAML or JSON) and resets; an invalid one is refused and the running one stays")
    func scenario() throws {
        let h = try EmulatorHarness("name: first")
        #expect(h.control("GET", "/_emulator/scenario").json?["name"] == "first")
        _ = h.submit(zImage)
        let replaced = h.control("PUT", "/_emulator/scenario", "name: second\naccounts: [{key: rk_only, credits: 9}]\n")
        #expect(replaced.status == 200)
        #expect(replaced.json?["name"] == "second")
        #expect(h.control("GET", "/_emulator/tasks").json?["count"] == 0)
        #expect(h.submit(zImage).errorCode == 10003)
        let json = h.control("PUT", "/_emulator/scenario", #"{"name": "third"}"#)
        #expect(json.json?["name"] == "third")
        let invalid = h.control("PUT", "/_emulator/scenario", "rules:\n  - match: {model: z-image}\n    fail: {code: 80009}\n")
        #expect(invalid.status == 400)
        #expect(invalid.errorMessage?.contains("rules[0].fail.code") == true)
        #expect(invalid.errorMessage?.contains("80009 is not a task failure code") == true)
        #expect(h.control("GET", "/_emulator/scenario").json?["name"] == "third")
        let badModel = h.control("PUT", "/_emulator/scenario", "url_ttl: {no-such-model: 1h}\n")
        #expect(badModel.status == 400)
        #expect(h.control("GET", "/_emulator/scenario").json?["name"] == "third")
    }

    @Test("admin token: every control endpoint but health needs it")
    func adminToken() throws {
        let h = try EmulatorHarness(adminToken: "s3cret")
        #expect(h.control("GET", "/_emulator/health").status == 200)
        #expect(h.control("GET", "/_emulator/tasks").status == 401)
        #expect(h.control("GET", "/_emulator/tasks", token: "wrong").status == 401)
        #expect(h.control("GET", "/_emulator/tasks", token: "s3cret").status == 200)
        #expect(h.control("POST", "/_emulator/reset", token: nil).status == 401)
        // The provider API is unaffected by the admin token.
        #expect(h.submit(zImage).status == 200)
    }
}
