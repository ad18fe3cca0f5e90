import Testing
import ReAPIEmulatorTesting
@testable import EmulatorCore

@Suite("Platform rules: auth, envelopes, bad bodies (docs/contract.md §2)")
struct PlatformRulesTests {
    let submit = "/api/v1/images/generations"

    @Test("no Authorization header is 10001")
    func missingAuth() {
        let r = fixedHarness().respond(.make("POST", submit, key: nil, json: #"{"prompt":"x"}"#))
        #expect(r.status == 401)
        #expect(r.errorCode == 10001)
    }

    @Test("an Authorization header that is not Bearer <key> is 10002", arguments: ["Basic abc", "Bearer", "Bearer a b", "token"])
    func malformedAuth(header: String) {
        let r = fixedHarness().respond(.make("POST", submit, key: nil, json: #"{"prompt":"x"}"#, headers: ["Authorization": header]))
        #expect(r.status == 401)
        #expect(r.errorCode == 10002)
    }

    @Test("without a scenario any non-empty key is accepted")
    func anyKey() {
        let r = fixedHarness().respond(.make("POST", submit, key: "whatever", json: #"{"prompt":"x"}"#))
        #expect(r.status == 200)
    }

    @Test("a body that is not a JSON object is 20001", arguments: ["", "{", "[1]", "\"s\"", "null", "{\"prompt\": \"x\"} trailing"])
    func notAnObject(body: String) {
        let r = fixedHarness().respond(.make("POST", submit, json: body))
        #expect(r.status == 400)
        #expect(r.errorCode == 20001)
    }

    @Test("invalid UTF-8 in the body is 20001")
    func invalidUTF8() {
        var request = HTTPRequest.make("POST", submit, json: "")
        request.body = Array(#"{"prompt":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(fixedHarness().respond(request).errorCode == 20001)
    }

    @Test("every answer carries X-Request-Id and an error body repeats it")
    func requestID() throws {
        let r = fixedHarness().respond(.make("POST", submit, key: nil))
        let header = try #require(r.header("X-Request-Id"))
        #expect(header.hasPrefix("req_"))
        #expect(header.count == 4 + 36)
        #expect(r.json?["error"]?["request_id"]?.stringValue == header)
        let ok = fixedHarness().respond(.make("GET", "/_emulator/health"))
        #expect(ok.header("X-Request-Id")?.hasPrefix("req_") == true)
    }

    @Test("request ids are unique per request")
    func uniqueIDs() {
        let app = fixedHarness()
        let ids = Set((0..<200).compactMap { _ in app.respond(.make("GET", "/_emulator/health")).header("X-Request-Id") })
        #expect(ids.count == 200)
    }

    @Test("unknown routes are 404 and wrong methods 405 with Allow, in the envelope")
    func routes() {
        let app = fixedHarness()
        let notFound = app.respond(.make("GET", "/nope"))
        #expect(notFound.status == 404)
        #expect(notFound.errorCode == 40404)
        let wrong = app.respond(.make("DELETE", submit))
        #expect(wrong.status == 405)
        #expect(wrong.header("Allow") == "POST")
        #expect(wrong.errorCode != nil)
    }

    @Test("a body over the cap is 413 in the envelope")
    func tooLarge() {
        let r = fixedHarness().respond(.make("POST", submit, json: "", bodyTooLarge: true))
        #expect(r.status == 413)
        #expect(r.errorCode == ErrorKind.bodyTooLarge.code)
    }

    @Test("API in One listeners answer in API in One's envelope")
    func apiInOneEnvelope() {
        let r = fixedHarness(provider: .apiinone).respond(.make("POST", submit, key: nil, json: "{}"))
        #expect(r.status == 401)
        #expect(r.json == ["error": ["code": 401, "message": .string(r.errorMessage ?? ""), "type": "authentication_error"]])
    }

    @Test("health reports status, version, provider and uptime")
    func health() {
        let r = fixedHarness(provider: .apiinone).respond(.make("GET", "/_emulator/health", key: nil))
        #expect(r.status == 200)
        #expect(r.json?["status"] == "ok")
        #expect(r.json?["provider"] == "apiinone")
        #expect(r.json?["uptime_seconds"]?.intValue != nil)
        #expect(r.json?["version"]?.stringValue != nil)
    }
}

@Suite("Bearer token parsing")
struct BearerTokenTests {
    @Test("accepts Bearer <key> with any scheme case and extra spaces", arguments: [
        ("Bearer rk_1", "rk_1"), ("bearer rk_1", "rk_1"), ("BEARER  rk_1 ", "rk_1"), (" Bearer rk_1", "rk_1"),
    ])
    func accepted(header: String, key: String) {
        #expect(BearerToken.parse(header) == .success(key))
    }

    @Test("refuses anything else", arguments: ["", "Bearer", "Bearer ", "Bearerrk_1", "Basic rk_1", "Bearer a b", "Bearer\trk", "Bearer ключ"])
    func refused(header: String) {
        #expect(BearerToken.parse(header) == .failure(.malformed))
    }

    @Test("no header is missing, not malformed")
    func missing() {
        #expect(BearerToken.parse(nil) == .failure(.missing))
    }
}
