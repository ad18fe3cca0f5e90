@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The API in One listener (docs/contract.md §5, API in One's Imagen 4 page): its envelopes, statuses, error types
/// and the `imagen-4` alias.
@Suite("API in One listener")
struct APIInOneTests {
    static let imagen4 = #"{"model":"imagen4","prompt":"A photorealistic bowl of ramen"}"#

    /// The API in One error envelope: `{"error": {"code": <HTTP status>, "message", "type"}}`, nothing else.
    private func expectError(_ response: HTTPResponse, status: Int, type: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, "\(response.bodyText)", sourceLocation: sourceLocation)
        let error = response.json?["error"]?.objectValue
        #expect(error?.keys == ["code", "message", "type"], sourceLocation: sourceLocation)
        #expect(error?["code"] == .int(status), sourceLocation: sourceLocation)
        #expect(error?["type"] == .string(type), sourceLocation: sourceLocation)
        #expect(error?["message"]?.stringValue?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(response.json?.objectValue?.keys == ["error"], sourceLocation: sourceLocation)
    }

    // MARK: Envelopes and statuses

    @Test("submit answers {code: 200, message: success, data: {task_id, status: IN_PROGRESS}}")
    func submitEnvelope() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let response = emu.submit(Self.imagen4)
        #expect(response.status == 200)
        let body = try #require(response.json?.objectValue)
        #expect(body.keys == ["code", "message", "data"])
        #expect(body["data"]?.objectValue?.keys == ["task_id", "status"])
        #expect(body["data"]?["status"] == "IN_PROGRESS")
        let id = try #require(body["data"]?["task_id"]?.stringValue)
        #expect(TaskIDShape.isAPIInOne(id, model: "imagen4"))
    }

    @Test("a task reads IN_PROGRESS until its time, then completed, and stays completed")
    func inProgressThenCompleted() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let id = try emu.accepted(Self.imagen4)
        let settles = try emu.settlesAt(id)
        var statuses: [String] = []
        while emu.now < settles.adding(seconds: 3) {
            statuses.append(emu.poll(id).json?["data"]?["status"]?.stringValue ?? "?")
            emu.advance(milliseconds: 250)
        }
        let firstCompleted = try #require(statuses.firstIndex(of: "completed"))
        #expect(firstCompleted > 0)
        #expect(statuses[..<firstCompleted].allSatisfy { $0 == "IN_PROGRESS" })
        #expect(statuses[firstCompleted...].allSatisfy { $0 == "completed" })
    }

    @Test("a failing task reads IN_PROGRESS, then failed with error {code, message}; it is refunded",
          arguments: [80001, 80002, 80003, 80006])
    func inProgressThenFailed(code: Int) throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{match: {model: imagen4-ultra}, fail: {code: \(code)}}]",
                                      credits: 100)
        let id = try emu.accepted(#"{"model":"imagen4-ultra","prompt":"p","num_images":3}"#)
        #expect(emu.credits() == 64)
        #expect(emu.poll(id).json?["data"]?["status"] == "IN_PROGRESS")
        try emu.advance(to: emu.settlesAt(id))
        let data = try #require(emu.poll(id).json?["data"])
        #expect(data["status"] == "failed")
        #expect(data["error"]?["code"] == .int(code))
        #expect(data["output"] == .null)
        #expect(emu.credits() == 100)
    }

    @Test("the only statuses are IN_PROGRESS, completed and failed")
    func statuses() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{match: {nth: 2}, fail: {code: 80003, after: 5s}}]")
        let ids = try (0..<3).map { _ in try emu.accepted(Self.imagen4) }
        var seen: Set<String> = []
        for _ in 0..<20 {
            for id in ids { seen.insert(emu.poll(id).json?["data"]?["status"]?.stringValue ?? "?") }
            emu.advance(milliseconds: 500)
        }
        #expect(seen == ["IN_PROGRESS", "completed", "failed"])
    }

    // MARK: The imagen-4 alias

    @Test("imagen-4 is accepted as imagen4: same price, ids and URLs of imagen4")
    func alias() throws {
        let emu = try EmulatorHarness(provider: .apiinone, credits: 100)
        let id = try emu.accepted(#"{"model":"imagen-4","prompt":"p","num_images":2}"#)
        #expect(id.hasSuffix("_imagen4"))
        #expect(TaskIDShape.isAPIInOne(id, model: "imagen4"))
        #expect(emu.credits() == 84)
        #expect(try emu.task(id)["model"] == "imagen4")
        try emu.advance(to: emu.settlesAt(id))
        let urls = try #require(emu.poll(id).json?["data"]?["output"]?["image_urls"]?.arrayValue)
        #expect(urls.count == 2)
        #expect(urls.allSatisfy { $0.stringValue?.hasPrefix("\(EmulatorHarness.publicURL)/media/tasks/\(id)/") == true })
    }

    @Test("model names are exact: no other spelling is an alias", arguments: ["Imagen4", "imagen_4", "imagen-4-fast", "imagen4 ", "imagen-4-0"])
    func noOtherAliases(model: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let response = emu.submit(#"{"model":"\#(model)","prompt":"p"}"#)
        expectError(response, status: 400, type: "invalid_request")
        #expect(response.errorMessage == "Invalid parameters: unknown model \"\(model)\"")
    }

    // MARK: Error types

    @Test("401 authentication_error: no header, not Bearer, unknown key, revoked key")
    func authenticationErrors() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "accounts: [{key: aio_ok}, {key: aio_gone, revoked: true}]")
        expectError(emu.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: Self.imagen4)),
                    status: 401, type: "authentication_error")
        expectError(emu.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: Self.imagen4, headers: ["Authorization": "Token aio_ok"])),
                    status: 401, type: "authentication_error")
        expectError(emu.submit(Self.imagen4, key: "aio_stranger"), status: 401, type: "authentication_error")
        expectError(emu.submit(Self.imagen4, key: "aio_gone"), status: 401, type: "authentication_error")
        expectError(emu.poll("n12abcdef_imagen4", key: "aio_gone"), status: 401, type: "authentication_error")
        #expect(emu.submit(Self.imagen4, key: "aio_ok").status == 200)
    }

    @Test("402 insufficient_credits when num_images × price exceeds the balance; nothing is charged")
    func insufficientCredits() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "accounts: [{key: aio_poor, credits: 31}]")
        expectError(emu.submit(#"{"model":"imagen4","prompt":"p","num_images":4}"#, key: "aio_poor"), status: 402,
                    type: "insufficient_credits")
        #expect(emu.credits("aio_poor") == 31)
        _ = try emu.accepted(#"{"model":"imagen4","prompt":"p","num_images":3}"#, key: "aio_poor")
        #expect(emu.credits("aio_poor") == 7)
    }

    @Test("404 not_found: an unknown task, another key's task, an unknown path")
    func notFound() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let id = try emu.accepted(Self.imagen4)
        expectError(emu.poll("n12abcdef_imagen4"), status: 404, type: "not_found")
        expectError(emu.poll(id, key: "aio_other"), status: 404, type: "not_found")
        expectError(emu.respond(.make("GET", "/api/v1/nothing", key: emu.key)), status: 404, type: "not_found")
        #expect(emu.poll(id).status == 200)
    }

    @Test("429 rate_limit_exceeded with Retry-After, per key, until the minute has passed")
    func rateLimited() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rate_limit: {requests_per_minute: 3}")
        for _ in 0..<3 { #expect(emu.submit(Self.imagen4).status == 200) }
        emu.advance(seconds: 20)
        let limited = emu.submit(Self.imagen4)
        expectError(limited, status: 429, type: "rate_limit_exceeded")
        #expect(limited.header("Retry-After") == "40")
        #expect(emu.submit(Self.imagen4, key: "aio_someone_else").status == 200)
        emu.advance(seconds: 40)
        #expect(emu.submit(Self.imagen4).status == 200)
    }

    @Test("400 invalid_request for every refused body, with the 'Invalid parameters: ' prefix on validation messages",
          arguments: [
              #"{"prompt":"p"}"#, #"{"model":"imagen4"}"#, #"{"model":"imagen4","prompt":"  "}"#,
              #"{"model":"imagen4","prompt":"p","aspect_ratio":"21:9"}"#, #"{"model":"imagen4","prompt":"p","num_images":5}"#,
              #"{"model":"imagen4","prompt":"p","num_images":0}"#, #"{"model":"imagen4","prompt":"p","seed":"7"}"#,
              #"{"model":"imagen4","prompt":"p","negative_prompt":3}"#, #"{"model":"z-image","prompt":"p"}"#,
              #"{"model":"gpt-image-2-official","prompt":"p"}"#, #"{"model":7,"prompt":"p"}"#,
          ])
    func invalidRequest(body: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let response = emu.submit(body)
        expectError(response, status: 400, type: "invalid_request")
        #expect(response.errorMessage?.hasPrefix("Invalid parameters: ") == true, "\(response.errorMessage ?? "")")
        #expect(emu.credits() == nil, "a refused submit creates no account")
    }

    @Test("a body that is not a JSON object is 400 invalid_request", arguments: ["", "{", "[]", "null"])
    func notAnObject(body: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        expectError(emu.submit(body), status: 400, type: "invalid_request")
    }

    @Test("scenario codes: change reAPI codes only; API in One keeps the HTTP status as code")
    func codesOverridesDoNotApply() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "codes: {task_not_found: 20401}")
        expectError(emu.poll("n12abcdef_imagen4"), status: 404, type: "not_found")
    }
}
