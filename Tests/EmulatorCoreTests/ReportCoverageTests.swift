@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The coverage half of `GET /_emulator/report`: per model used, which documented outcomes the
/// run met and which it never did (statuses processing/completed/failed, failure codes 80001,
/// 80002, 80003, 80006, HTTP 401 by code, 402, 404, 429, 5xx, media served and expired).
@Suite("Report: coverage")
struct ReportCoverageTests {
    static let zImage = #"{"model":"z-image","prompt":"a harbour"}"#

    static func model(_ report: JSONValue, _ id: String) -> JSONValue? {
        report["coverage"]?["models"]?.arrayValue?.first { $0["model"]?.stringValue == id }
    }

    static func names(_ value: JSONValue?) -> Set<String> {
        Set((value?.arrayValue ?? []).compactMap(\.stringValue))
    }

    @Test("a run that only completes z-image tasks and fetches a URL: exercised vs never exercised")
    func happyPathOnly() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(Self.zImage)
        emu.advance(seconds: 1)
        #expect(emu.poll(id).json?["status"] == "processing")
        emu.advance(seconds: 10)
        let url = try #require(emu.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
        #expect(emu.media(url).status == 200)
        let report = try emu.controlJSON("GET", "/_emulator/report")
        let z = try #require(Self.model(report, "z-image"))
        #expect(Self.names(z["exercised"]) == ["status:processing", "status:completed", "media:served"])
        #expect(Self.names(z["never_exercised"]) == [
            "status:failed", "failure:80001", "failure:80002", "failure:80003", "failure:80006",
            "http:401:10001", "http:401:10002", "http:401:10003", "http:401:10004",
            "http:402", "http:404", "http:429", "http:5xx", "media:expired",
        ])
        #expect(z["requests"] == 4)
        #expect(report["coverage"]?["models"]?.arrayValue?.count == 1)
    }

    @Test("a video task counts under its model like an image task: submit on the videos endpoint, completed, clip served")
    func videoModel() throws {
        let emu = try EmulatorHarness()
        let submitted = emu.respond(.make("POST", MediaKind.video.submitPath, key: emu.key,
                                          json: #"{"model":"kling-3-0-turbo","prompt":"a red fox","duration":3}"#))
        let id = try #require(submitted.taskID, "\(submitted.bodyText)")
        emu.advance(seconds: 3600)
        let url = try #require(emu.poll(id).json?["output"]?["video_urls"]?[0]?.stringValue)
        #expect(emu.media(url).status == 200)
        let report = try emu.controlJSON("GET", "/_emulator/report")
        let kling = try #require(Self.model(report, "kling-3-0-turbo"))
        #expect(Self.names(kling["exercised"]) == ["status:completed", "media:served"])
        #expect(Self.names(kling["never_exercised"]).isSuperset(of: ["status:failed", "failure:80006", "http:402", "media:expired"]))
        #expect(kling["requests"] == 3)
    }

    @Test("every failure code a poll showed counts once per poll, with status:failed", arguments: [80001, 80002, 80003, 80006])
    func failureCodes(_ code: Int) throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: \(code), after: 1s}}]")
        let id = try emu.accepted(Self.zImage)
        emu.advance(seconds: 2)
        #expect(emu.poll(id).json?["error"]?["code"] == .int(code))
        let z = try #require(Self.model(try emu.controlJSON("GET", "/_emulator/report"), "z-image"))
        #expect(Self.names(z["exercised"]) == ["status:failed", "failure:\(code)"])
        #expect(z["counts"]?["failure:\(code)"] == 1)
    }

    @Test("401 by code (10001 missing, 10002 malformed, 10003 unknown, 10004 revoked), 402 and 429, on the model submitted")
    func httpErrors() throws {
        let emu = try EmulatorHarness("""
            accounts: [{key: rk_ok}, {key: rk_poor, credits: 0}, {key: rk_gone, revoked: true}]
            rate_limit: {requests_per_minute: 1}
            """)
        #expect(emu.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: Self.zImage)).status == 401)
        #expect(emu.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: Self.zImage,
                                  headers: ["Authorization": "Token x"])).status == 401)
        #expect(emu.submit(Self.zImage, key: "rk_nobody").status == 401)
        #expect(emu.submit(Self.zImage, key: "rk_gone").status == 401)
        #expect(emu.submit(Self.zImage, key: "rk_poor").status == 402)
        #expect(emu.submit(Self.zImage, key: "rk_ok").status == 200)
        #expect(emu.submit(Self.zImage, key: "rk_ok").status == 429)
        let z = try #require(Self.model(try emu.controlJSON("GET", "/_emulator/report"), "z-image"))
        #expect(Self.names(z["exercised"]).isSuperset(of: ["http:401:10001", "http:401:10002", "http:401:10003", "http:401:10004",
                                                           "http:402", "http:429"]))
    }

    @Test("a scripted 500 counts as http:5xx; a poll of an unknown task id as http:404 without a model")
    func serverErrorAndNotFound() throws {
        let emu = try EmulatorHarness("rules: [{match: {nth: 1}, respond: {status: 500}}]")
        #expect(emu.submit(Self.zImage).status == 500)
        #expect(emu.poll("task_00000000000000000000000000000000").status == 404)
        let report = try emu.controlJSON("GET", "/_emulator/report")
        #expect(Self.names(Self.model(report, "z-image")?["exercised"]) == ["http:5xx"])
        #expect(report["coverage"]?["unattributed"]?["counts"]?["http:404"] == 1)
    }

    @Test("an expired URL (403) counts as media:expired on its task's model")
    func mediaExpired() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(Self.zImage)
        emu.advance(seconds: 10)
        let url = try #require(emu.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
        emu.advance(seconds: 24 * 3600 + 1)
        #expect(emu.media(url).status == 403)
        #expect(Self.names(Self.model(try emu.controlJSON("GET", "/_emulator/report"), "z-image")?["exercised"]).contains("media:expired"))
    }

    @Test("API in One: 401 is one outcome (its error code is the HTTP status)")
    func apiInOneOutcomes() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let body = #"{"model":"imagen4","prompt":"a harbour"}"#
        #expect(emu.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: body)).status == 401)
        let report = try emu.controlJSON("GET", "/_emulator/report")
        #expect(Self.names(Self.model(report, "imagen4")?["exercised"]) == ["http:401"])
        let documented = Self.names(report["coverage"]?["documented_outcomes"])
        #expect(documented.contains("http:401") && !documented.contains("http:401:10001"))
    }

    @Test("each session has its own report; the control API's own calls are not counted")
    func perSession() throws {
        let emu = try EmulatorHarness()
        let created = try emu.controlJSON("POST", "/_emulator/sessions", "{}")
        let base = "/sessions/" + (try #require(created["id"]?.stringValue))
        _ = try emu.accepted(Self.zImage, base: base)
        let own = try emu.controlJSON("GET", base + "/_emulator/report")
        #expect(own["requests_observed"] == 1)
        #expect(own["session"] == created["id"])
        let main = try emu.controlJSON("GET", "/_emulator/report")
        #expect(main["requests_observed"] == 0)
        #expect(main["coverage"]?["models"] == [])
    }

    @Test("coverage survives a reset; DELETE /_emulator/report starts it over")
    func resetAndClear() throws {
        let emu = try EmulatorHarness()
        #expect(emu.submit(Self.zImage, key: nil).status == 200)
        try emu.controlJSON("POST", "/_emulator/reset")
        #expect(try emu.controlJSON("GET", "/_emulator/report")["requests_observed"] == 1)
        #expect(try emu.controlJSON("DELETE", "/_emulator/report")["cleared"] == 1)
        #expect(try emu.controlJSON("GET", "/_emulator/report")["requests_observed"] == 0)
    }

    @Test("?format=markdown: a coverage table and each finding with its rule, source link and request ids")
    func markdown() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(Self.zImage)
        emu.advance(milliseconds: 100)
        let early = emu.poll(id)
        let response = emu.control("GET", "/_emulator/report?format=markdown")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/markdown") == true)
        let text = response.bodyText
        #expect(text.contains("| `z-image` | 2 |"))
        #expect(text.contains("**poll_too_fast** × 1"))
        #expect(text.contains("(https://reapi.ai/docs/api)"))
        #expect(text.contains("`\(early.header("X-Request-Id") ?? "?")`"))
    }
}
