@testable import EmulatorCore
import ReAPIEmulatorTesting
import Dispatch
import Locking
import Testing

/// Task failures 80001–80006 on the emulator's clock, the refund that goes with them, and
/// what is (and is never) charged (docs/contract.md §2, the gpt-image-2-official docs page's billing section).
@Suite("Failures, refunds and charges")
struct FailureAndRefundTests {
    static let zImage = #"{"model":"z-image","prompt":"a harbour"}"#

    // MARK: When failures show

    /// A scenario rule and the millisecond after submit at which the task turns failed
    /// (nil: at the model's drawn time, read from the task view).
    struct Timing: Sendable, CustomTestStringConvertible {
        var rule: String
        var code: Int
        var failsAfter: Int64?
        var testDescription: String { rule }
    }

    static let timings: [Timing] = [
        Timing(rule: "{code: 80001}", code: 80001, failsAfter: 30_000),
        Timing(rule: "{code: 80002}", code: 80002, failsAfter: 3_600_000),
        Timing(rule: "{code: 80003}", code: 80003, failsAfter: nil),
        Timing(rule: "{code: 80006}", code: 80006, failsAfter: nil),
        Timing(rule: "{code: 80001, after: 2.5s}", code: 80001, failsAfter: 2_500),
        Timing(rule: "{code: 80002, after: 90s}", code: 80002, failsAfter: 90_000),
        Timing(rule: "{code: 80003, after: 0}", code: 80003, failsAfter: 0),
        Timing(rule: "{code: 80006, after: 2h}", code: 80006, failsAfter: 7_200_000),
    ]

    @Test("a failure shows exactly at its documented time (80001 ~30 s, 80002 1 h, 80003/80006 the drawn time) or `after`",
          arguments: timings)
    func failureTiming(_ t: Timing) throws {
        let emu = try EmulatorHarness("rules: [{fail: \(t.rule)}]")
        let id = try emu.accepted(#"{"model":"gpt-image-2-official","prompt":"p","quality":"low"}"#)
        let failsAt = try emu.settlesAt(id)
        if let after = t.failsAfter {
            #expect(failsAt == EmulatorHarness.start.adding(milliseconds: after))
        } else {
            // The model's own time: low × 1k is 20–40 s (the gpt-image-2-official docs page).
            #expect((20_000...40_000).contains(failsAt.milliseconds - EmulatorHarness.start.milliseconds))
        }
        if failsAt > emu.now {
            try emu.advance(to: failsAt.adding(milliseconds: -1))
            #expect(emu.poll(id).json?["status"] == "processing")
            #expect(emu.poll(id).json?["error"] == .null)
        }
        try emu.advance(to: failsAt)
        let failed = try #require(emu.poll(id).json)
        #expect(failed["status"] == "failed")
        #expect(failed["error"]?["code"] == .int(t.code))
        #expect(failed["output"] == .null)
    }

    @Test("each failure code carries its documented message unless the rule gives one",
          arguments: [(80001, "provider_submit_failed"), (80002, "provider_polling_timeout"), (80003, "provider_failed"),
                      (80006, "Request violates content policy")])
    func failureMessages(code: Int, words: String) throws {
        let emu = try EmulatorHarness("rules: [{match: {prompt_contains: mine}, fail: {code: \(code), message: my words}}, {fail: {code: \(code)}}]")
        let documented = try emu.accepted(Self.zImage)
        let scripted = try emu.accepted(#"{"model":"z-image","prompt":"mine"}"#)
        emu.advance(seconds: 7200)
        #expect(emu.poll(documented).json?["error"]?["message"]?.stringValue?.contains(words) == true)
        #expect(emu.poll(scripted).json?["error"]?["message"] == "my words")
    }

    // MARK: Refunds

    @Test("a failed task is charged at submit and refunded exactly once, with equal amounts", arguments: [80001, 80002, 80003, 80006])
    func refundedOnce(code: Int) throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: \(code)}}]", credits: 1000)
        let id = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#)
        #expect(emu.credits() == 1000 - 46)
        try emu.advance(to: try emu.settlesAt(id))
        for _ in 0..<25 { #expect(emu.poll(id).json?["data"]?["status"] == "failed") }
        // The task view says when the refund was booked: at the failure, not at the first poll.
        #expect(try emu.task(id)["refunded_at"]?.stringValue == emu.settlesAt(id).iso8601)
        emu.advance(seconds: 86_400 * 30)
        for _ in 0..<25 { _ = emu.poll(id) }
        #expect(emu.credits() == 1000)
        let ledger = try emu.ledger()
        #expect(ledger.map(\.reason) == ["charge", "refund"])
        #expect(ledger.map(\.amount) == [-46, 46])
        #expect(ledger.allSatisfy { $0.taskID == id })
    }

    @Test("the refund is booked before any poll can see failed (the poll itself books what fell due)")
    func refundBeforeObservableFailure() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80003, after: 10s}}]", credits: 100)
        let id = try emu.accepted(Self.zImage)
        // Move the clock without the control API (which settles on its own): only the poll settles.
        emu.app.defaultSession.clock.advance(byMilliseconds: 10_000)
        let unbooked = emu.app.defaultSession.state.withLock { $0.accounts[emu.key]?.credits }
        #expect(unbooked == 95)
        #expect(emu.poll(id).json?["status"] == "failed")
        // Read straight from the state, without settling again: the answer that showed
        // `failed` had already booked the refund.
        let booked = emu.app.defaultSession.state.withLock { ($0.accounts[emu.key]?.credits, $0.accounts[emu.key]?.ledger.count) }
        #expect(booked.0 == 100)
        #expect(booked.1 == 2)
    }

    @Test("a task failing at once (after: 0) is refunded before the submit answer shows it failed")
    func immediateFailureRefundedBeforeSubmitAnswer() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80003, after: 0}}]", credits: 100)
        let response = emu.submit(Self.zImage)
        #expect(response.status == 200)
        let shown = response.json?["status"]
        // Straight from the state, without settling again.
        let booked = emu.app.defaultSession.state.withLock { ($0.accounts[emu.key]?.credits, $0.accounts[emu.key]?.ledger.map(\.reason)) }
        if shown == "failed" {
            #expect(booked.0 == 100)
            #expect(booked.1 == [.charge, .refund])
        }
        #expect(emu.credits() == 100)
        #expect(emu.poll(HTTPResponse.taskID(in: response.json ?? .null) ?? "").json?["status"] == "failed")
        #expect(try emu.ledger().map(\.reason) == ["charge", "refund"])
    }

    @Test("concurrent polls across the failure time book one refund")
    func concurrentPollsRefundOnce() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80001}}]", credits: 1000)
        let ids = try (0..<20).map { _ in try emu.accepted(Self.zImage) }
        emu.app.defaultSession.clock.advance(byMilliseconds: 30_000)
        let failedSeen = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for id in ids where emu.poll(id).json?["status"] == "failed" { failedSeen.withLock { $0 += 1 } }
        }
        #expect(failedSeen.withLock { $0 } == 160)
        #expect(emu.credits() == 1000)
        #expect(try emu.ledger().filter { $0.reason == "refund" }.count == 20)
    }

    @Test("a completed task is never refunded")
    func completedKeepsCharge() throws {
        let emu = try EmulatorHarness(credits: 100)
        let id = try emu.accepted(Self.zImage)
        emu.advance(seconds: 86_400 * 5)
        #expect(emu.poll(id).json?["status"] == "completed")
        #expect(emu.credits() == 95)
        #expect(try emu.ledger().map(\.reason) == ["charge"])
    }

    // MARK: What is never charged

    @Test("requests refused with 4xx are never charged",
          arguments: [#"{"model":"z-image"}"#, #"{"model":"z-image","prompt":"p","aspect_ratio":"2:1"}"#,
                      #"{"model":"nope","prompt":"p"}"#, #"{"model":"gpt-image-2-official","prompt":"p","n":9}"#, "{"])
    func refusalsAreFree(body: String) throws {
        let emu = try EmulatorHarness(credits: 100)
        #expect(emu.submit(body).status == 400)
        #expect(emu.credits() == nil, "a refused submit creates no account")
    }

    @Test("a prompt refused by moderation is 400 code 20010 and costs nothing")
    func moderationIsFree() throws {
        let emu = try EmulatorHarness("rules: [{match: {prompt_contains: forbidden}, reject: moderation}]", credits: 100)
        let refused = emu.submit(#"{"model":"z-image","prompt":"something Forbidden here"}"#)
        #expect(refused.status == 400)
        #expect(refused.errorCode == 20010)
        #expect(emu.credits() == nil, "a refused submit creates no account")
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 0)
        // Other prompts are accepted and charged as usual.
        _ = try emu.accepted(Self.zImage)
        #expect(emu.credits() == 95)
    }

    @Test("scripted answers, dropped-before-accept connections and rate limiting charge nothing",
          arguments: ["rules: [{respond: {status: 503}}]", "rules: [{respond: {status: 500}}]",
                      "rules: [{respond: {status: 200, body: {ok: true}}}]", "rules: [{fault: reset_before_accept}]",
                      "rate_limit: {requests_per_minute: 1}"])
    func nothingAcceptedNothingCharged(scenario: String) throws {
        let emu = try EmulatorHarness(scenario, credits: 100)
        let first = emu.submit(Self.zImage)
        let rateLimited = scenario.hasPrefix("rate_limit")
        if rateLimited { #expect(first.status == 200) }
        let second = emu.submit(Self.zImage)
        if rateLimited { #expect(second.status == 429) }
        #expect(emu.credits() == (rateLimited ? 95 : nil))
        if rateLimited { #expect(try emu.ledger().count == 1) }
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == (rateLimited ? 1 : 0))
    }

    @Test("a connection dropped after accept still created and charged the task, once")
    func droppedAfterAccept() throws {
        let emu = try EmulatorHarness("rules: [{fault: reset_after_accept}]", credits: 100)
        #expect(emu.submitAnswer(Self.zImage).isDropped)
        #expect(emu.credits() == 95)
        let tasks = try #require(try emu.controlJSON("GET", "/_emulator/tasks")["tasks"]?.arrayValue)
        #expect(tasks.count == 1)
        #expect(try emu.ledger().map(\.taskID) == [tasks.first?["id"]?.stringValue])
    }

    @Test("Idempotency-Key has no effect: every accepted POST creates and charges a new task")
    func idempotencyKeyIgnored() throws {
        let emu = try EmulatorHarness(credits: 100)
        let request = HTTPRequest.make("POST", EmulatorHarness.submitPath, key: emu.key, json: Self.zImage,
                                       headers: ["Idempotency-Key": "same-key-twice"])
        let ids = [emu.respond(request), emu.respond(request)].compactMap { $0.json?["id"]?.stringValue }
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
        #expect(emu.credits() == 90)
    }

    @Test("a balance below the price is 402 code 30001 and nothing is charged; exactly the price is enough")
    func insufficientCredits() throws {
        let emu = try EmulatorHarness("accounts: [{key: rk_poor, credits: 45}, {key: rk_exact, credits: 46}]")
        let refused = emu.submit(#"{"model":"imagen-4-0","prompt":"p"}"#, key: "rk_poor")
        #expect(refused.status == 402)
        #expect(refused.errorCode == 30001)
        #expect(emu.credits("rk_poor") == 45)
        #expect(try emu.ledger("rk_poor").isEmpty)
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 0)
        // A cheaper model still fits the same balance.
        _ = try emu.accepted(Self.zImage, key: "rk_poor")
        #expect(emu.credits("rk_poor") == 40)

        _ = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#, key: "rk_exact")
        #expect(emu.credits("rk_exact") == 0)
        #expect(emu.submit(Self.zImage, key: "rk_exact").errorCode == 30001)
    }

    @Test("a refund makes the balance usable again")
    func refundRestoresBalance() throws {
        let emu = try EmulatorHarness("""
            accounts: [{key: rk_a, credits: 46}]
            rules: [{match: {nth: 1}, fail: {code: 80001, after: 1s}}]
            """)
        let id = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#, key: "rk_a")
        #expect(emu.submit(#"{"model":"imagen-4-0","prompt":"p"}"#, key: "rk_a").status == 402)
        emu.advance(seconds: 1)
        #expect(emu.poll(id, key: "rk_a").json?["data"]?["status"] == "failed")
        _ = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#, key: "rk_a")
        #expect(emu.credits("rk_a") == 0)
    }

    @Test("polling never charges")
    func pollingIsFree() throws {
        let emu = try EmulatorHarness(credits: 100)
        let id = try emu.accepted(Self.zImage)
        for _ in 0..<50 { _ = emu.poll(id) }
        emu.advance(seconds: 60)
        for _ in 0..<50 { _ = emu.poll(id) }
        _ = emu.poll("task_00000000000000000000000000000000")
        #expect(emu.credits() == 95)
        #expect(try emu.ledger().count == 1)
    }

    // MARK: Prices

    /// A body and the credits its submit charges.
    struct Price: Sendable, CustomTestStringConvertible {
        var provider: Provider = .reapi
        var body: String
        var credits: Int
        var testDescription: String { "\(body) costs \(credits)" }
    }

    static let prices: [Price] = [
        // Seed 002's worked example: n 2, 2k, high, 16:9 is 2 × the 16:9@2k_high cell (published $0.3792).
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","n":2,"resolution":"2k","quality":"high","size":"16:9"}"#, credits: 759),
        // ceil(usd × n × 1000) over the whole request, not n × ceil: 3 × $0.00608 = 18.24 → 19 (not 21).
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","n":3,"quality":"low","size":"16:9"}"#, credits: 19),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"low"}"#, credits: 5),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","n":4,"quality":"low"}"#, credits: 20),
        // auto quality, sent or omitted, bills at high.
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"auto"}"#, credits: 169),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p"}"#, credits: 169),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"high"}"#, credits: 169),
        // auto size bills at the most expensive ratio of its (resolution, quality) cell.
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"auto","quality":"high"}"#, credits: 338),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"auto","resolution":"2k"}"#, credits: 843),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","image_urls":["https://x.test/a.png"],"quality":"low"}"#, credits: 10),
        Price(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"16:9","resolution":"4k","quality":"high"}"#, credits: 1333),
        // gpt-image-2's published SKUs: 1k $0.03, 2k $0.05, 4k $0.08.
        Price(body: #"{"model":"gpt-image-2","prompt":"p"}"#, credits: 30),
        Price(body: #"{"model":"gpt-image-2","prompt":"p","resolution":"2k"}"#, credits: 50),
        Price(body: #"{"model":"gpt-image-2","prompt":"p","resolution":"4k","size":"9:16"}"#, credits: 80),
        Price(body: #"{"model":"imagen-4-0","prompt":"p"}"#, credits: 46),
        Price(body: #"{"model":"z-image","prompt":"p"}"#, credits: 5),
        Price(provider: .apiinone, body: #"{"model":"imagen4-fast","prompt":"p"}"#, credits: 4),
        Price(provider: .apiinone, body: #"{"model":"imagen4","prompt":"p"}"#, credits: 8),
        Price(provider: .apiinone, body: #"{"model":"imagen-4","prompt":"p"}"#, credits: 8),
        Price(provider: .apiinone, body: #"{"model":"imagen4-ultra","prompt":"p"}"#, credits: 12),
        Price(provider: .apiinone, body: #"{"model":"imagen4-fast","prompt":"p","num_images":3}"#, credits: 12),
        Price(provider: .apiinone, body: #"{"model":"imagen4","prompt":"p","num_images":4}"#, credits: 32),
        Price(provider: .apiinone, body: #"{"model":"imagen4-ultra","prompt":"p","num_images":2}"#, credits: 24),
    ]

    @Test("the charge booked at submit follows the documented formula", arguments: prices)
    func charge(_ p: Price) throws {
        let emu = try EmulatorHarness(provider: p.provider, credits: 10_000)
        let id = try emu.accepted(p.body)
        #expect(emu.credits() == 10_000 - p.credits)
        let ledger = try emu.ledger()
        #expect(ledger.count == 1)
        #expect(ledger.first?.reason == "charge")
        #expect(ledger.first?.amount == -p.credits)
        #expect(ledger.first?.taskID == id)
        #expect(try emu.task(id)["credits"] == .int(p.credits))
    }

    // MARK: Concurrency

    @Test("8 threads × 50 submits on one key keep the balance and the ledger exact")
    func concurrentSubmits() throws {
        let start = 1_000_000
        let emu = try EmulatorHarness("rules: [{match: {prompt_contains: doomed}, fail: {code: 80003, after: 1s}}]",
                                      credits: start)
        let bodies = [Self.zImage, #"{"model":"imagen-4-0","prompt":"p"}"#,
                      #"{"model":"gpt-image-2-official","prompt":"p","n":3,"quality":"low","size":"16:9"}"#,
                      #"{"model":"z-image","prompt":"doomed"}"#]
        let prices = [5, 46, 19, 5]
        let charged = Locked(0)
        let accepted = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for i in 0..<50 {
                let which = (thread + i) % bodies.count
                let response = emu.submit(bodies[which])
                guard response.status == 200, let id = response.json.flatMap(HTTPResponse.taskID(in:)) else { continue }
                charged.withLock { $0 += prices[which] }
                accepted.withLock { $0.append(id) }
            }
        }
        let ids = accepted.withLock { $0 }
        #expect(ids.count == 400)
        #expect(Set(ids).count == 400)
        #expect(emu.credits() == start - charged.withLock { $0 })
        var ledger = try emu.ledger()
        #expect(ledger.count == 400)
        #expect(ledger.allSatisfy { $0.reason == "charge" })
        #expect(-ledger.reduce(0) { $0 + $1.amount } == charged.withLock { $0 })

        // The doomed quarter fails after 1 s: one refund each, and the balance adds up again.
        emu.advance(seconds: 1)
        ledger = try emu.ledger()
        let refunds = ledger.filter { $0.reason == "refund" }
        #expect(refunds.count == 100)
        #expect(refunds.allSatisfy { $0.amount == 5 })
        #expect(emu.credits() == start + ledger.reduce(0) { $0 + $1.amount })
    }
}
