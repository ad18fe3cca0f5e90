@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The report sees everything a client did wrong: each refused submit with its request id,
/// model, code and field (and the "did you mean" hint), each request to a route that does not
/// exist by method and path, and a virtual clock's poll cadence on both clocks.
@Suite("Report: refusals")
struct ReportRefusalsTests {
    @Test("after refused, unrouted and well-formed requests the report names each refusal with its request id")
    func namesEachRefusal() throws {
        let h = try EmulatorHarness()
        let good = h.submit(#"{"model":"z-image","prompt":"a harbour"}"#)
        #expect(good.status == 200)
        let wrongField = h.submit(#"{"model":"doubao-seedream-5-0-lite","prompt":"a harbour","aspect_ratio":"16:9"}"#)
        let badSize = h.submit(#"{"model":"z-image","prompt":"a harbour","aspect_ratio":"2:1"}"#)
        let noModel = h.submit(#"{"model":"no-such-model","prompt":"a harbour"}"#)
        let unrouted = h.respond(.make("POST", "/api/v1/music/generations", json: #"{"model":"veo3.1-fast"}"#))
        let wrongMethod = h.respond(.make("DELETE", "/api/v1/images/generations"))
        #expect(unrouted.status == 404 && wrongMethod.status == 405)
        let report = try h.controlJSON("GET", "/_emulator/report")

        let refused = report["refusals"]?["refused_submits"]?.arrayValue ?? []
        func bucket(_ model: String?, _ code: Int) -> JSONValue? {
            refused.first { $0["model"]?.stringValue == model && $0["code"]?.intValue == code }
        }
        let hinted = try #require(bucket("doubao-seedream-5-0-lite", 20003)?["evidence"]?[0])
        #expect(hinted["request_id"]?.stringValue == wrongField.header("X-Request-Id"))
        #expect(hinted["field"] == "aspect_ratio")
        #expect(hinted["message"] == #"unknown field "aspect_ratio" for model "doubao-seedream-5-0-lite" (did you mean "size"?)"#)
        let size = try #require(bucket("z-image", 20005)?["evidence"]?[0])
        #expect(size["request_id"]?.stringValue == badSize.header("X-Request-Id"))
        #expect(size["field"] == "aspect_ratio")
        let unknownModel = try #require(bucket(nil, 20004))
        #expect(unknownModel["evidence"]?[0]?["request_id"]?.stringValue == noModel.header("X-Request-Id"))
        #expect(refused.count == 3)

        let routes = report["refusals"]?["unknown_routes"]?.arrayValue ?? []
        let video = try #require(routes.first { $0["path"] == "/api/v1/music/generations" })
        #expect(video["method"] == "POST" && video["status"] == 404)
        #expect(video["evidence"]?[0]?["request_id"]?.stringValue == unrouted.header("X-Request-Id"))
        let delete = try #require(routes.first { $0["method"] == "DELETE" })
        #expect(delete["status"] == 405 && delete["evidence"]?[0]?["request_id"]?.stringValue == wrongMethod.header("X-Request-Id"))
        // Unrouted requests are not counted as outcomes without a model (unknown task ids).
        #expect(report["coverage"]?["unattributed"]?["counts"]?["http:404"] == nil)

        let markdown = ReportMarkdown.render([h.app.defaultSession.reportValue()])
        for response in [wrongField, badSize, noModel, unrouted, wrongMethod] {
            #expect(markdown.contains(try #require(response.header("X-Request-Id"))))
        }
        #expect(markdown.contains("unknown route `POST /api/v1/music/generations` (404) × 1"))
        #expect(markdown.contains(#"(did you mean "size"?)"#))
        #expect(!markdown.contains("unknown task ids, unreadable bodies"))
    }

    @Test("balance reads are counted in the coverage")
    func balanceCoverage() throws {
        let h = try EmulatorHarness()
        _ = h.respond(.make("GET", "/api/v1/balance"))
        _ = h.respond(.make("GET", "/api/v1/balance", key: nil))
        let report = try h.controlJSON("GET", "/_emulator/report")
        #expect(report["coverage"]?["balance"] == ["requests": 2, "answered": 1])
    }

    @Test("on a virtual clock, a client that advances the clock between polls is not polling too fast, and the report says how it measured")
    func virtualClockCadence() throws {
        let h = try EmulatorHarness(clock: .virtual)
        let id = try h.accepted(#"{"model":"z-image","prompt":"a harbour"}"#)
        for _ in 0..<3 {
            h.advance(seconds: 3)   // what a virtual-clock test does instead of sleeping
            _ = h.poll(id)
        }
        let report = try h.controlJSON("GET", "/_emulator/report")
        #expect(!(report["findings"]?.arrayValue ?? []).contains { $0["rule_id"] == "poll_too_fast" })
        #expect(report["poll_cadence"]?.stringValue?.contains("both") == true)
        // Polls in a tight loop, with neither clock moving, are still too fast.
        let other = try h.accepted(#"{"model":"z-image","prompt":"a quay"}"#)
        for _ in 0..<3 { _ = h.poll(other) }
        let after = try h.controlJSON("GET", "/_emulator/report")
        #expect((after["findings"]?.arrayValue ?? []).contains { $0["rule_id"] == "poll_too_fast" })
    }
}
