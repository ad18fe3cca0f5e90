import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import EmulatorCore

/// Every scenario key, applied by the engine (docs/scenarios.md).
@Suite("Scenario keys applied")
struct ScenarioApplicationTests {
    let zImage = #"{"model":"z-image","prompt":"a fox"}"#

    @Test("accounts: only the listed keys are valid; revoked is 10004; credits are the balance")
    func accounts() throws {
        let h = try EmulatorHarness("""
        accounts:
          - {key: rk_alice, credits: 7}
          - {key: rk_gone, revoked: true}
        """)
        #expect(h.submit(zImage, key: "rk_bob").errorCode == 10003)
        #expect(h.submit(zImage, key: "rk_gone").errorCode == 10004)
        #expect(h.submit(zImage, key: "rk_alice").status == 200)
        #expect(h.credits("rk_alice") == 2)
        #expect(h.submit(zImage, key: "rk_alice").status == 402)
    }

    @Test("default_credits is the balance of accounts made on first use")
    func defaultCredits() throws {
        let h = try EmulatorHarness("default_credits: 12")
        #expect(h.submit(zImage).status == 200)
        #expect(h.credits() == 7)
    }

    @Test("rate_limit answers 429 with Retry-After from the emulator's clock, then lets requests through after the window")
    func rateLimit() throws {
        let h = try EmulatorHarness("rate_limit: {requests_per_minute: 2}")
        #expect(h.submit(zImage).status == 200)
        _ = h.advance(seconds: 20)
        #expect(h.poll("task_x").status == 404)
        let limited = h.submit(zImage)
        #expect(limited.status == 429)
        #expect(limited.errorCode == 50001)
        #expect(limited.header("Retry-After") == "40")
        #expect(h.submit(zImage, key: "rk_other").status == 200)  // per key
        _ = h.advance(seconds: 40)
        #expect(h.submit(zImage).status == 200)
    }

    @Test("latency holds submit, poll and media answers for a time drawn in the range")
    func latency() throws {
        let h = try EmulatorHarness("""
        latency:
          submit: {min: 50ms, max: 300ms}
          poll: 20ms
          media: 1s
        """)
        func delay(_ answer: Answer) -> Int64? { answer.heldUntil.map { $0.milliseconds - h.now.milliseconds } }
        let submitted = h.submitAnswer(zImage)
        #expect((50...300).contains(delay(submitted) ?? 0))
        let id = try #require(submitted.response.taskID)
        #expect(delay(h.pollAnswer(id)) == 20)
        _ = h.advance(seconds: 60)
        let url = try #require(h.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
        let media = h.app.handle(.make("GET", String(url.dropFirst(EmulatorHarness.publicURL.count)), key: nil))
        #expect(h.media(url).status == 200)
        #expect(delay(media) == 1000)
    }

    @Test("rules: duration sets the processing time of the matched task")
    func duration() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {model: gpt-image-2-official, prompt_contains: castle}
            duration: 45s
        """)
        let id = try #require(h.submit(#"{"model":"gpt-image-2-official","prompt":"A Castle at night"}"#).taskID)
        _ = h.advance(seconds: 44.999)
        #expect(h.poll(id).json?["status"] == "processing")
        _ = h.advance(seconds: 0.001)
        #expect(h.poll(id).json?["status"] == "completed")
    }

    @Test("rules: nth picks exactly the Nth matching submit, fail uses the documented time unless after is given")
    func nthAndFail() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {model: z-image, nth: 3}
            fail: {code: 80001}
          - match: {model: z-image, nth: 4}
            fail: {code: 80003, after: 20s, message: upstream said no}
        """)
        let ids = (0..<5).compactMap { _ in h.submit(zImage).taskID }
        #expect(ids.count == 5)
        _ = h.advance(seconds: 20)
        #expect(h.poll(ids[3]).json?["error"] == ["code": 80003, "message": "upstream said no"])
        #expect(h.poll(ids[2]).json?["status"] == "processing")
        _ = h.advance(seconds: 10)
        #expect(h.poll(ids[2]).json?["error"]?["code"] == 80001)
        for i in [0, 1, 4] { #expect(h.poll(ids[i]).json?["status"] == "completed") }
    }

    @Test("rules: reject moderation is 400 20010 and not charged")
    func moderation() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: forbidden}
            reject: moderation
        """)
        let r = h.submit(#"{"model":"z-image","prompt":"something FORBIDDEN"}"#)
        #expect(r.status == 400)
        #expect(r.errorCode == 20010)
        #expect(h.credits() == nil, "a refused submit creates no account")
    }

    @Test("rules: respond scripts an HTTP fault in the envelope, or the given body and headers, with a delay")
    func respond() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {nth: 2}
            respond: {status: 503}
            delay: 2s
          - match: {prompt_contains: teapot}
            respond: {status: 418, body: {tea: true}, headers: {X-Brew: earl-grey}}
        """)
        #expect(h.submit(zImage).status == 200)
        let held = h.submitAnswer(zImage)
        let fault = held.response
        #expect(fault.status == 503)
        #expect(fault.errorCode == 70001)
        #expect(held.heldUntil == h.now.adding(milliseconds: 2000))
        let teapot = h.submit(#"{"model":"z-image","prompt":"teapot"}"#)
        #expect(teapot.status == 418)
        #expect(teapot.json == ["tea": true])
        #expect(teapot.header("X-Brew") == "earl-grey")
        // Neither fault created or charged a task.
        #expect(h.credits() == 1_000_000 - 5)
    }

    @Test("rules: reset_after_accept creates and charges the task, then drops the connection; reset_before_accept creates nothing")
    func faults() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: drop}
            fault: reset_after_accept
          - match: {prompt_contains: lost}
            fault: reset_before_accept
        """)
        #expect(h.submitAnswer(#"{"model":"z-image","prompt":"drop it"}"#).isDropped)
        #expect(h.credits() == 1_000_000 - 5)
        #expect(h.control("GET", "/_emulator/tasks").json?["count"] == 1)
        #expect(h.submitAnswer(#"{"model":"z-image","prompt":"lost"}"#).isDropped)
        #expect(h.control("GET", "/_emulator/tasks").json?["count"] == 1)
        #expect(h.credits() == 1_000_000 - 5)
    }

    @Test("rules on: poll answer polls of matching tasks; match key and provider narrow rules")
    func pollRules() throws {
        let h = try EmulatorHarness("""
        rules:
          - on: poll
            match: {model: z-image, key: rk_test_key}
            respond: {status: 500}
          - match: {provider: apiinone}
            fail: {code: 80003}
        """)
        let id = try #require(h.submit(zImage).taskID)
        #expect(h.poll(id).status == 500)
        #expect(h.poll(id).errorCode == 60099)
        let other = try #require(h.submit(zImage, key: "rk_other").taskID)
        #expect(h.poll(other, key: "rk_other").status == 200)
        _ = h.advance(seconds: 60)
        // The apiinone rule never matches a reAPI listener.
        #expect(h.poll(other, key: "rk_other").json?["status"] == "completed")
    }

    @Test("url_ttl shortens a model's URL lifetime")
    func urlTTL() throws {
        let h = try EmulatorHarness("url_ttl: {z-image: 1h}")
        let id = try #require(h.submit(zImage).taskID)
        _ = h.advance(seconds: 10)
        let path = try #require(h.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue).dropFirst(EmulatorHarness.publicURL.count)
        #expect(h.respond(.make("GET", String(path), key: nil)).status == 200)
        _ = h.advance(seconds: 3600)
        #expect(h.respond(.make("GET", String(path), key: nil)).status == 403)
    }

    @Test("codes overrides the code of a choice")
    func codes() throws {
        let h = try EmulatorHarness("codes: {task_not_found: 40404, invalid_json: 20099}")
        #expect(h.poll("task_nope").errorCode == 40404)
        #expect(h.submit("{").errorCode == 20099)
    }

    @Test("models overrides a model's definition (pixels, price)")
    func models() throws {
        let h = try EmulatorHarness("""
        models:
          z-image: {price_per_image: 0.02, pixels: {"1:1": [512, 256]}}
        """)
        let id = try #require(h.submit(zImage).taskID)
        #expect(h.credits() == 1_000_000 - 20)
        _ = h.advance(seconds: 10)
        let path = try #require(h.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue).dropFirst(EmulatorHarness.publicURL.count)
        _ = h.respond(.make("GET", String(path), key: nil))
        let asked = h.renderer.requested
        #expect(asked.map(\.width) == [512])
        #expect(asked.map(\.height) == [256])
    }

    @Test("journal capacity bounds the ring and counts evictions")
    func journalCapacity() throws {
        let h = try EmulatorHarness("journal: {capacity: 3}")
        for _ in 0..<5 { _ = h.poll("task_x") }
        let body = try #require(h.control("GET", "/_emulator/requests").json)
        #expect(body["count"] == 3)
        #expect(body["evicted"] == 2)
        #expect(body["capacity"] == 3)
    }

    @Test("start_time, seed and clock: the clock starts there, the same seed repeats ids and durations")
    func startAndSeed() throws {
        let yaml = """
        clock: virtual
        start_time: "2026-01-01T00:00:00Z"
        seed: 7
        """
        let a = try EmulatorHarness(yaml), b = try EmulatorHarness(yaml)
        #expect(a.now == Timestamp(unixSeconds: 1_767_225_600))
        let ra = a.submit(zImage), rb = b.submit(zImage)
        #expect(ra.taskID == rb.taskID)
        #expect(a.control("GET", "/_emulator/tasks").json?["tasks"]?[0]?["settles_at"]
            == b.control("GET", "/_emulator/tasks").json?["tasks"]?[0]?["settles_at"])
        #expect(a.control("GET", "/_emulator/clock").json?["mode"] == "virtual")
    }

    @Test("nth counting stays exact under concurrent submits: exactly one task gets the rule")
    func concurrentNth() throws {
        let h = try EmulatorHarness("""
        rules:
          - match: {model: z-image, nth: 37}
            fail: {code: 80003}
        """)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 { _ = h.submit(#"{"model":"z-image","prompt":"p"}"#) }
        }
        let tasks = try #require(h.control("GET", "/_emulator/tasks?limit=1000").json?["tasks"]?.arrayValue)
        #expect(tasks.count == 200)
        #expect(tasks.filter { $0["rule"] == 0 }.count == 1)
        #expect(tasks.firstIndex { $0["rule"] == 0 } == 36)
        #expect(h.credits() == 1_000_000 - 200 * 5)
    }

    @Test("a whole emulated day on the virtual clock: submits, failures, refunds and expiries")
    func emulatedDay() throws {
        let h = try EmulatorHarness("""
        accounts: [{key: rk_test_key, credits: 100000}]
        rules:
          - match: {prompt_contains: boom}
            fail: {code: 80002}
        """)
        var completedIDs: [String] = []
        var failedIDs: [String] = []
        for hour in 0..<24 {
            completedIDs += [h.submit(zImage).taskID, h.submit(#"{"model":"imagen-4-0","prompt":"sky"}"#).taskID].compactMap { $0 }
            if hour % 6 == 0, let id = h.submit(#"{"model":"z-image","prompt":"boom"}"#).taskID { failedIDs.append(id) }
            _ = h.advance(seconds: 3600)
        }
        #expect(completedIDs.count == 48)
        #expect(failedIDs.count == 4)
        // Every failure was refunded once: only the completed tasks cost anything.
        #expect(h.credits() == 100_000 - 24 * (5 + 46))
        let ledger = try #require(h.control("GET", "/_emulator/accounts/rk_test_key").json?["ledger"]?.arrayValue)
        #expect(ledger.filter { $0["reason"] == "refund" }.count == 4)
        // A minute later the first hour's URLs (24 h from completion) have expired; the last hour's have not.
        _ = h.advance(seconds: 60)
        #expect(h.control("GET", "/_emulator/tasks/\(completedIDs[0])").json?["timeline"]?.arrayValue?.contains { $0["event"] == "expired" } == true)
        #expect(h.control("GET", "/_emulator/tasks/\(completedIDs[47])").json?["timeline"]?.arrayValue?.contains { $0["event"] == "expired" } == false)
    }
}
