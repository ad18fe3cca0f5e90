@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 21, item 1: the responder hands over what the request did (`Answer.outcome`); the
/// metrics, the journal, the report and the drift replay read that value, never the path,
/// the body or a header.
@Suite("Request outcome")
struct RequestOutcomeTests {
    static let zImage = #"{"model":"z-image","prompt":"p"}"#

    @Test("the metrics count a request under the route its outcome names, with the status it shows")
    func metricsFollowTheOutcome() {
        let metrics = EmulatorMetrics()
        var outcome = RequestOutcome()
        outcome.route = .poll
        metrics.count(outcome, status: 404)
        outcome.route = .submit(.video)
        outcome.shownStatus = 200
        metrics.count(outcome, status: 503)
        let rows = metrics.requestCounts
        #expect(rows.contains { $0.route == "poll" && $0.status == "404" && $0.count == 1 })
        #expect(rows.contains { $0.route == "submit_video" && $0.status == "200" && $0.count == 1 })
        #expect(rows.count == 2)
    }

    @Test("the report files a request by its outcome's route: a refused submit whatever its path says")
    func reportFollowsTheOutcome() throws {
        let h = try EmulatorHarness()
        let session = h.app.defaultSession
        // A path the old prefix test would have filed as a poll of task "x".
        let request = HTTPRequest.make("GET", "/api/v1/tasks/x", key: h.key)
        var answer = Answer(HTTPResponse(status: 400), key: h.key)
        answer.outcome.route = .submit(.image)
        answer.outcome.errorCode = 20003
        answer.outcome.errorMessage = "unknown field \"colour\""
        answer.outcome.refusedField = "colour"
        answer.outcome.model = "z-image"
        session.observe(request, path: request.path, answer, requestID: "req_outcome", at: h.now)
        let report = try h.controlJSON("GET", "/_emulator/report")
        let refused = try #require(report["refusals"]?["refused_submits"]?[0])
        #expect(refused["model"] == "z-image" && refused["code"] == 20003)
        let evidence = try #require(refused["evidence"]?[0])
        #expect(evidence["request_id"] == "req_outcome" && evidence["field"] == "colour")
        #expect(evidence["message"] == "unknown field \"colour\"")
    }

    @Test("a video submit is a submit in the report (the path test knew only the images path)")
    func videoSubmitInReport() throws {
        let h = try EmulatorHarness()
        let example = try #require(VideoReference.examples.first)
        let accepted = h.respond(.make("POST", MediaKind.video.submitPath, key: h.key, json: example.body))
        try #require(accepted.status == 200, "\(accepted.bodyText)")
        let refused = h.respond(.make("POST", MediaKind.video.submitPath, key: h.key, json: #"{"model":"\#(example.model)"}"#))
        #expect(refused.status == 400)
        _ = h.advance(seconds: 6 * 3600)
        let report = try h.controlJSON("GET", "/_emulator/report")
        let buckets = report["refusals"]?["refused_submits"]?.arrayValue ?? []
        #expect(buckets.contains { $0["model"]?.stringValue == example.model && $0["code"]?.intValue == refused.errorCode })
        let never = report["findings"]?.arrayValue?.first { $0["rule_id"] == "never_polled_to_terminal" }
        let ids = never?["evidence"]?.arrayValue?.compactMap { $0["request_ids"]?[0]?.stringValue } ?? []
        #expect(ids == [try #require(accepted.header("X-Request-Id"))])
    }

    @Test("the journal shows the outcome's key, rule, task and status: a rate-limited submit names its key")
    func journalFollowsTheOutcome() throws {
        let h = try EmulatorHarness("rate_limit: {requests_per_minute: 1}")
        #expect(h.submit(Self.zImage).status == 200)
        let limited = h.submitAnswer(Self.zImage)
        #expect(limited.response.status == 429)
        #expect(limited.outcome.key == h.key && limited.outcome.retryAfterMilliseconds != nil)
        let entry = try #require(h.app.defaultSession.journal.withLock { $0.all.last })
        #expect(entry.status == 429 && entry.key == h.key && entry.taskID == nil)
    }

    @Test("the error code the drift replay compares is the outcome's: a scenario's codes: override, a failed task's code")
    func shownErrorCode() throws {
        let h = try EmulatorHarness("""
        codes: {missing_field: 29999}
        rules:
          - match: {prompt_contains: boom}
            fail: {code: 80003, after: 1s}
        """)
        let refused = h.submitAnswer(#"{"model":"z-image"}"#)
        #expect(refused.response.status == 400 && refused.outcome.shownErrorCode == 29999)
        let failing = h.submitAnswer(#"{"model":"z-image","prompt":"boom"}"#)
        #expect(failing.outcome.shownErrorCode == nil)
        let id = try #require(failing.outcome.taskID)
        _ = h.advance(seconds: 60)
        let polled = h.pollAnswer(id)
        #expect(polled.outcome.shownErrorCode == 80003 && polled.outcome.errorCode == nil)
    }
}
