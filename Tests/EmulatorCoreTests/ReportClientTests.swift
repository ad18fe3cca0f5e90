@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Scripted clients against `GET /_emulator/report`: for each client-behaviour rule one client
/// that breaks it (named, with its request ids as evidence) and one that keeps it (not named).
/// Cadences are the public docs': reAPI "1 request every 1–2 seconds"; gpt-image-2-official
/// "0–30s: wait before the first poll / 30s–3m: poll every 3–5s / 3m+: back off to 10s".
@Suite("Report: client behaviour")
struct ReportClientTests {
    static let zImage = #"{"model":"z-image","prompt":"a harbour"}"#
    static let official = #"{"model":"gpt-image-2-official","prompt":"a lighthouse","quality":"low"}"#

    // MARK: Scripted clients

    /// Polls `id` every `everyMs` until a terminal status (at most 400 polls); the poll answers.
    @discardableResult
    static func pollToTerminal(_ emu: EmulatorHarness, _ id: String, everyMs: Int64, firstAfterMs: Int64? = nil) -> [HTTPResponse] {
        var answers: [HTTPResponse] = []
        emu.advance(milliseconds: firstAfterMs ?? everyMs)
        for _ in 0..<400 {
            let answer = emu.poll(id)
            answers.append(answer)
            if answer.json?["status"]?.stringValue != "processing" { break }
            emu.advance(milliseconds: everyMs)
        }
        return answers
    }

    static func report(_ emu: EmulatorHarness, base: String = "") throws -> JSONValue {
        try emu.controlJSON("GET", base + "/_emulator/report")
    }

    static func finding(_ report: JSONValue, _ rule: String) -> JSONValue? {
        report["findings"]?.arrayValue?.first { $0["rule_id"]?.stringValue == rule }
    }

    static func ruleIDs(_ report: JSONValue) -> [String] {
        (report["findings"]?.arrayValue ?? []).compactMap { $0["rule_id"]?.stringValue }
    }

    /// Every request id named in the finding's evidence.
    static func evidenceIDs(_ finding: JSONValue?) -> [String] {
        (finding?["evidence"]?.arrayValue ?? []).flatMap { ($0["request_ids"]?.arrayValue ?? []).compactMap(\.stringValue) }
    }

    // MARK: poll_too_fast

    @Test("a client polling a z-image task every 100 ms is named, each early poll its evidence; one polling every 1.5 s is not")
    func pollTooFastPlatform() throws {
        let fast = try EmulatorHarness()
        let submit = fast.submit(Self.zImage)
        let id = try #require(submit.taskID)
        let polls = Self.pollToTerminal(fast, id, everyMs: 100)
        let finding = try #require(Self.finding(try Self.report(fast), "poll_too_fast"))
        #expect(finding["count"]?.intValue == polls.count)
        // Each piece of evidence: the request before (the submit, then the previous poll) and the early poll.
        let ids = [submit.header("X-Request-Id")] + polls.map { $0.header("X-Request-Id") }
        let pairs = zip(ids, ids.dropFirst()).prefix(20).flatMap { [$0.0, $0.1] }.compactMap { $0 }
        #expect(Self.evidenceIDs(finding) == pairs)
        #expect(finding["source"]?["url"] == "https://reapi.ai/docs/api")

        let calm = try EmulatorHarness()
        let calmID = try calm.accepted(Self.zImage)
        Self.pollToTerminal(calm, calmID, everyMs: 1_500)
        #expect(Self.ruleIDs(try Self.report(calm)) == [])
    }

    @Test("gpt-image-2-official: a first poll 5 s after submit is named; waiting 30 s then polling every 4 s is not")
    func pollTooFastOfficialFirstPoll() throws {
        let eager = try EmulatorHarness()
        let id = try eager.accepted(Self.official)
        let submitID = try #require(eager.app.defaultSession.requests().entries.last?.requestID)
        let polls = Self.pollToTerminal(eager, id, everyMs: 4_000, firstAfterMs: 5_000)
        let finding = try #require(Self.finding(try Self.report(eager), "poll_too_fast"))
        #expect(finding["count"] == 1)
        #expect(Self.evidenceIDs(finding) == [submitID, try #require(polls.first?.header("X-Request-Id"))])
        #expect(finding["evidence"]?[0]?["detail"]?.stringValue?.contains("polled 5 s after the submit") == true)

        let patient = try EmulatorHarness()
        let patientID = try patient.accepted(Self.official)
        let answers = Self.pollToTerminal(patient, patientID, everyMs: 4_000, firstAfterMs: 30_000)
        #expect(answers.last?.json?["status"] == "completed")
        #expect(Self.ruleIDs(try Self.report(patient)) == [])
    }

    @Test("gpt-image-2-official after 3 minutes: polls 4 s apart are named, 10 s apart are not")
    func pollTooFastOfficialBackOff() throws {
        for (every, named) in [(Int64(4_000), true), (10_000, false)] {
            let emu = try EmulatorHarness("rules: [{duration: 5m}]")
            let id = try emu.accepted(Self.official)
            emu.advance(seconds: 30)
            #expect(emu.poll(id).status == 200)
            // 30 s → 3 min at the documented 4 s, then the back-off phase.
            while emu.now.milliseconds - EmulatorHarness.start.milliseconds + 4_000 < 180_000 {
                emu.advance(milliseconds: 4_000)
                _ = emu.poll(id)
            }
            Self.pollToTerminal(emu, id, everyMs: every)
            let finding = Self.finding(try Self.report(emu), "poll_too_fast")
            #expect((finding != nil) == named, "every \(every) ms")
            if named { #expect(finding?["evidence"]?[0]?["detail"]?.stringValue?.contains("then every 10 s") == true) }
        }
    }

    // MARK: retry_after_ignored

    @Test("a request sent before the 429's Retry-After elapsed is named with both request ids; one sent after it is not")
    func retryAfter() throws {
        for (waitMs, named) in [(Int64(1_000), true), (-1, false)] {
            let emu = try EmulatorHarness("rate_limit: {requests_per_minute: 1}")
            let id = try emu.accepted(Self.zImage)
            let limited = emu.poll(id)
            #expect(limited.status == 429)
            let retryAfter = try #require(limited.header("Retry-After").flatMap(Int64.init))
            emu.advance(milliseconds: waitMs >= 0 ? waitMs : retryAfter * 1000)
            let next = emu.poll(id)
            let finding = Self.finding(try Self.report(emu), "retry_after_ignored")
            #expect((finding != nil) == named)
            if named {
                #expect(Self.evidenceIDs(finding) == [limited.header("X-Request-Id"), next.header("X-Request-Id")].compactMap { $0 })
                #expect(finding?["source"]?["url"] == "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3")
            }
        }
    }

    // MARK: blind_retry

    @Test("the same payload resubmitted after a 503 is named; a client that does not resubmit it is not")
    func blindRetryAfter503() throws {
        let scenario = "rules: [{match: {nth: 1}, respond: {status: 503}}]"
        let retrying = try EmulatorHarness(scenario)
        let failed = retrying.submit(Self.zImage)
        #expect(failed.status == 503)
        let again = retrying.submit(Self.zImage)
        let finding = try #require(Self.finding(try Self.report(retrying), "blind_retry"))
        #expect(Self.evidenceIDs(finding) == [failed.header("X-Request-Id"), again.header("X-Request-Id")].compactMap { $0 })
        #expect(finding["evidence"]?[0]?["detail"]?.stringValue?.contains("HTTP 503") == true)

        let careful = try EmulatorHarness(scenario)
        #expect(careful.submit(Self.zImage).status == 503)
        let other = try careful.accepted(#"{"model":"z-image","prompt":"another harbour"}"#)
        Self.pollToTerminal(careful, other, everyMs: 1_500)
        #expect(Self.ruleIDs(try Self.report(careful)) == [])
    }

    @Test("resubmitting after a dropped connection pays twice and is named; the dropped task, never polled, is named too")
    func blindRetryAfterDrop() throws {
        let emu = try EmulatorHarness("rules: [{match: {nth: 1}, fault: reset_after_accept}]")
        let dropped = emu.submitAnswer(Self.zImage)
        guard case .drop = dropped.delivery else { Issue.record("the first submit should be dropped"); return }
        let retried = try emu.accepted(Self.zImage)
        #expect(try emu.ledger().filter { $0.reason == "charge" }.count == 2)
        Self.pollToTerminal(emu, retried, everyMs: 1_500)
        emu.advance(seconds: 10)  // z-image takes 2–6 s: the dropped task has finished too
        let report = try Self.report(emu)
        let finding = try #require(Self.finding(report, "blind_retry"))
        #expect(finding["evidence"]?[0]?["detail"]?.stringValue?.contains("dropped connection") == true)
        #expect(Self.ruleIDs(report) == ["blind_retry", "never_polled_to_terminal"])
    }

    // MARK: media_after_expiry

    @Test("a z-image URL fetched 25 h after completion (24 h lifetime) is named; one fetched at once is not")
    func mediaAfterExpiry() throws {
        for (laterMs, named) in [(Int64(25 * 3_600_000), true), (0, false)] {
            let emu = try EmulatorHarness()
            let id = try emu.accepted(Self.zImage)
            let done = try #require(Self.pollToTerminal(emu, id, everyMs: 1_500).last)
            let url = try #require(done.json?["output"]?["image_urls"]?[0]?.stringValue)
            emu.advance(milliseconds: laterMs)
            let media = emu.media(url)
            #expect(media.status == (named ? 403 : 200))
            let finding = Self.finding(try Self.report(emu), "media_after_expiry")
            #expect((finding != nil) == named)
            if named { #expect(Self.evidenceIDs(finding) == [media.header("X-Request-Id")].compactMap { $0 }) }
        }
    }

    // MARK: never_polled_to_terminal / poll_after_terminal

    @Test("a task that finished with no poll seeing it is named with its submit's request id; one still processing is not yet")
    func neverPolledToTerminal() throws {
        let emu = try EmulatorHarness()
        let submit = emu.submit(Self.zImage)
        let id = try #require(submit.taskID)
        #expect(Self.ruleIDs(try Self.report(emu)) == [])
        #expect(try Self.report(emu)["tasks"]?["in_flight"] == 1)
        try emu.advance(to: try emu.settlesAt(id))
        let finding = try #require(Self.finding(try Self.report(emu), "never_polled_to_terminal"))
        #expect(Self.evidenceIDs(finding) == [submit.header("X-Request-Id")].compactMap { $0 })
        #expect(finding["evidence"]?[0]?["task_id"] == .string(id))
    }

    @Test("a reset abandons the tasks no poll saw finish: named, and the finding outlives the reset")
    func resetAbandons() throws {
        let emu = try EmulatorHarness()
        _ = try emu.accepted(Self.zImage)
        try emu.controlJSON("POST", "/_emulator/reset")
        let finding = try #require(Self.finding(try Self.report(emu), "never_polled_to_terminal"))
        #expect(finding["evidence"]?[0]?["detail"]?.stringValue?.contains("reset") == true)
        try emu.controlJSON("DELETE", "/_emulator/report")
        #expect(Self.ruleIDs(try Self.report(emu)) == [])
    }

    @Test("polling twice more after `completed` is named twice, pointing at the poll that showed it; stopping there is not")
    func pollAfterTerminal() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(Self.zImage)
        let completing = try #require(Self.pollToTerminal(emu, id, everyMs: 1_500).last)
        emu.advance(seconds: 2)
        let extra1 = emu.poll(id)
        emu.advance(seconds: 2)
        let extra2 = emu.poll(id)
        let finding = try #require(Self.finding(try Self.report(emu), "poll_after_terminal"))
        #expect(finding["count"] == 2)
        let first = completing.header("X-Request-Id") ?? ""
        #expect(Self.evidenceIDs(finding) == [first, extra1.header("X-Request-Id") ?? "", first, extra2.header("X-Request-Id") ?? ""])
    }

    // MARK: The issue's two clients

    @Test("polls every 100 ms, ignores Retry-After, resubmits after a reset: each named; the well-behaved client: none")
    func badAndGoodClient() throws {
        let scenario = """
            rate_limit: {requests_per_minute: 12}
            rules: [{match: {prompt_contains: drop, nth: 1}, fault: reset_after_accept}]
            """
        let bad = try EmulatorHarness(scenario)
        let droppedBody = #"{"model":"z-image","prompt":"drop me"}"#
        _ = bad.submitAnswer(droppedBody)
        let id = try bad.accepted(droppedBody)
        for _ in 0..<30 {  // every 100 ms, straight through the 429s
            bad.advance(milliseconds: 100)
            _ = bad.poll(id)
        }
        let named = Set(Self.ruleIDs(try Self.report(bad)))
        #expect(named.isSuperset(of: ["poll_too_fast", "retry_after_ignored", "blind_retry"]))

        let good = try EmulatorHarness(scenario)
        let goodID = try good.accepted(Self.zImage)
        Self.pollToTerminal(good, goodID, everyMs: 1_500)
        let url = try #require(try good.task(goodID)["image_urls"]?[0]?.stringValue)
        #expect(good.media(url).status == 200)
        #expect(Self.ruleIDs(try Self.report(good)) == [])
    }

    @Test("evidence is bounded to 20 per rule while the count stays exact")
    func evidenceBounded() throws {
        let emu = try EmulatorHarness("rules: [{duration: 1h}]")
        let id = try emu.accepted(Self.zImage)
        for _ in 0..<50 {
            emu.advance(milliseconds: 10)
            _ = emu.poll(id)
        }
        let finding = try #require(Self.finding(try Self.report(emu), "poll_too_fast"))
        #expect(finding["count"] == 50)
        #expect(finding["evidence"]?.arrayValue?.count == 20)
        #expect(finding["evidence_omitted"] == 30)
    }

    @Test("per-task state is bounded: past 4096 tasks the oldest are let go and counted as untracked")
    func tasksBounded() throws {
        let emu = try EmulatorHarness()
        for i in 0..<4_100 { #expect(emu.submit(#"{"model":"z-image","prompt":"p\#(i)"}"#).status == 200) }
        let tasks = try #require(try Self.report(emu)["tasks"])
        #expect(tasks["tracked"] == 4_096)
        #expect(tasks["untracked"] == 4)
    }

    @Test("a scenario's `report:` overrides the cadence (every 5 s names 1.5 s polls) and the tolerance (0.05 lets 100 ms through)")
    func scenarioOverrides() throws {
        let slower = try EmulatorHarness("report: {poll_cadence: {z-image: {every: 5s}}}")
        let id = try slower.accepted(Self.zImage)
        Self.pollToTerminal(slower, id, everyMs: 1_500)
        let finding = try #require(Self.finding(try Self.report(slower), "poll_too_fast"))
        #expect(finding["evidence"]?[0]?["detail"]?.stringValue?.contains("(scenario: every 5 s)") == true)

        let lenient = try EmulatorHarness("report: {tolerance: 0.05}")
        let other = try lenient.accepted(Self.zImage)
        Self.pollToTerminal(lenient, other, everyMs: 100)
        #expect(Self.ruleIDs(try Self.report(lenient)) == [])
    }

    @Test("`report:` is linted: tolerance out of range, an unknown model, an unknown key", arguments: [
        ("report: {tolerance: 0}", "report.tolerance"),
        ("report: {poll_cadence: {dall-e-3: {every: 1s}}}", "report.poll_cadence.dall-e-3"),
        ("report: {poll_cadence: {z-image: {evry: 1s}}}", "report.poll_cadence.z-image.evry"),
    ])
    func scenarioLinted(_ yaml: String, _ path: String) throws {
        #expect(throws: ScenarioError.self) { try EmulatorHarness(yaml) }
        do { _ = try EmulatorHarness(yaml) } catch let error as ScenarioError {
            #expect(error.problems.contains { $0.description.contains(path) }, "\(error.problems)")
        }
    }
}
