import EmulatorCore
import Foundation
@testable import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// `callback_url` end to end: a live API in One listener on port 0 POSTs to a receiver in
/// this test process over real sockets.
@Suite("Webhooks over HTTP (live server and receiver on port 0)")
struct CallbacksOverHTTPTests {
    static func submit(_ url: String) -> String {
        #"{"model":"imagen4","prompt":"A photorealistic bowl of ramen","callback_url":"\#(url)"}"#
    }

    static func apiInOne(clock: EmulatorClock.Mode, timeScale: Double? = nil, hosts: CallbackHosts = .loopback) throws -> Emulator {
        var options = EmulatorOptions(clock: clock, provider: .apiinone)
        options.timeScale = timeScale
        options.callbackHosts = hosts
        return try Emulator.start(options)
    }

    @Test("the virtual clock sends nothing until advanced; the advance returns with exactly one delivery of the completed task")
    func oneDeliveryAfterAdvance() async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let emu = try Self.apiInOne(clock: .virtual)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "aio_test_key")
        let id = try #require(try await client.post("/api/v1/images/generations", Self.submit(receiver.url("/hook?t=1"))).json?["data"]?["task_id"]?.stringValue)
        try await Task.sleep(for: .milliseconds(200))
        #expect(receiver.received.isEmpty)

        let advance = try await client.post("/_emulator/clock/advance", #"{"seconds": 60}"#)
        // The advance waits for the deliveries it performs: no polling of the receiver needed.
        let got = receiver.received
        try #require(got.count == 1)
        #expect(got[0].method == "POST")
        #expect(got[0].target == "/hook?t=1")
        #expect(got[0].headers["content-type"] == "application/json")
        #expect(got[0].headers["user-agent"] == "reapi-emulator/\(ReAPIEmulatorVersion.current)")
        #expect(got[0].headers["host"] == "127.0.0.1:\(receiver.port)")
        #expect(got[0].headers["x-request-id"]?.hasPrefix("req_") == true)
        let media = emu.baseURL + "/media/tasks/\(id)/0.png"
        let expected: JSONValue = ["code": 200, "message": "success",
                                   "data": ["task_id": .string(id), "status": "completed", "output": ["image_urls": [.string(media)]], "error": nil]]
        #expect(try JSONParser.parse(got[0].body) == expected)
        #expect(Data(got[0].body) == (try await client.get("/api/v1/tasks/\(id)")).body, "the body is the poll answer")

        let listed = (advance.json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
        #expect(listed.count == 1)
        #expect(listed.first?["status"] == 200)
        #expect(listed.first?["url"] == .string(receiver.url("/hook?t=1")))
        _ = try await client.post("/_emulator/clock/advance", #"{"seconds": 86400}"#)
        #expect(receiver.received.count == 1)
    }

    @Test("a receiver that fails twice, then answers 200, gets three attempts at +0, +10 s and +40 s, all listed")
    func failsTwiceThen200() async throws {
        let receiver = try CallbackReceiver(replies: [.status(500), .close])
        defer { receiver.stop() }
        let emu = try Self.apiInOne(clock: .virtual)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "aio_test_key")
        let id = try #require(try await client.post("/api/v1/images/generations", Self.submit(receiver.url())).json?["data"]?["task_id"]?.stringValue)
        let settles = try #require(emu.session.task(id)?.task.settlesAt)

        let advance = try await client.post("/_emulator/clock/advance", #"{"seconds": 3600}"#)
        #expect(receiver.received.count == 3)
        #expect(Set(receiver.received.map(\.body)).count == 1)
        let listed = (advance.json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
        #expect(listed.map { $0["attempt"] } == [1, 2, 3])
        #expect(listed.map { $0["at"]?.stringValue } == [0, 10, 40].map { .some(settles.adding(seconds: $0).iso8601) })
        #expect(listed.map { $0["status"] } == [500, .null, 200])
        #expect(listed.map { $0["error"] } == ["receiver answered 500", "connection closed without an answer", .null])

        let journal = try #require(try await client.get("/_emulator/requests").json?["requests"]?.arrayValue)
        let outbound = journal.filter { $0["direction"] == "outbound" }
        #expect(outbound.map { $0["status"] } == [500, 0, 200])
        #expect(journal.filter { $0["direction"] == "inbound" }.count == 1, "the submit")
        let timeline = try #require(try await client.get("/_emulator/tasks/\(id)").json?["timeline"]?.arrayValue)
        #expect(timeline.filter { $0["event"] == "callback" }.map { $0["attempt"] } == [1, 2, 3])
    }

    @Test("a receiver that is not listening: connection refused, retried")
    func refused() async throws {
        let closed = try CallbackReceiver()
        let url = closed.url()
        closed.stop()
        let emu = try Self.apiInOne(clock: .virtual)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "aio_test_key")
        #expect(try await client.post("/api/v1/images/generations", Self.submit(url)).status == 200)
        let advance = try await client.post("/_emulator/clock/advance", #"{"seconds": 60}"#)
        let listed = (advance.json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
        #expect(listed.first?["error"] == "connection refused")
        #expect(listed.first?["retry_at"]?.stringValue != nil)
    }

    @Test("a host --callback-hosts does not allow is refused at submit; * allows it")
    func disallowedHost() async throws {
        let emu = try Self.apiInOne(clock: .virtual)
        defer { emu.stop() }
        let refused = try await LiveClient(base: emu.baseURL, key: "aio_test_key")
            .post("/api/v1/images/generations", Self.submit("http://hooks.example.com/x"))
        #expect(refused.status == 400)
        #expect(refused.json?["error"]?["type"] == "invalid_request")
        #expect(refused.json?["error"]?["message"]?.stringValue?.hasPrefix(#"Invalid parameters: callback_url host "hooks.example.com" is not allowed"#) == true)
        #expect(emu.session.tasks().tasks.isEmpty)

        let open = try Self.apiInOne(clock: .virtual, hosts: .any)
        defer { open.stop() }
        #expect(try await LiveClient(base: open.baseURL, key: "aio_test_key")
            .post("/api/v1/images/generations", Self.submit("http://hooks.example.com/x")).status == 200)
    }

    @Test("on a real clock the delivery happens at the task's time, with no advance")
    func realClock() async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let emu = try Self.apiInOne(clock: .real, timeScale: 100)  // 3-8 s of emulated work: 30-80 ms
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "aio_test_key")
        let id = try #require(try await client.post("/api/v1/images/generations", Self.submit(receiver.url())).json?["data"]?["task_id"]?.stringValue)
        let got = try await receiver.waitFor(1, timeout: 5)
        try #require(got.count == 1)
        #expect(try JSONParser.parse(got[0].body)["data"]?["status"] == "completed")
        let (task, _) = try #require(emu.session.task(id))
        let timeline = task.timeline(at: emu.session.clock.now())
        #expect(timeline.contains { $0.kind == .completed })
        let attempt = try #require(try await client.get("/_emulator/tasks/\(id)").json?["timeline"]?.arrayValue?.first { $0["event"] == "callback" })
        #expect(attempt["status"] == 200)
        #expect((attempt["at"]?.stringValue ?? "") >= task.settlesAt.iso8601, "not before the task settled")
        try await Task.sleep(for: .milliseconds(200))
        #expect(receiver.received.count == 1)
    }

    @Test("a receiver that never answers fails the attempt at the timeout")
    func timeout() throws {
        let receiver = try CallbackReceiver(replies: [.stall])
        defer { receiver.stop() }
        let started = Date()
        let result = PlainHTTPPost.send(host: "127.0.0.1", port: Int(receiver.port), head: Array("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n".utf8),
                                        body: Array("{}".utf8), timeoutMilliseconds: 300)
        guard case .failure(let failure) = result else { Issue.record("answered: \(result)"); return }
        #expect(failure.reason == "timed out after 300 ms")
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test("a receiver's 100 Continue is not its answer: the final status after it is")
    func interimAnswerSkipped() {
        let receiver = try? CallbackReceiver(replies: [.raw("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")])
        guard let receiver else { Issue.record("no receiver"); return }
        defer { receiver.stop() }
        let result = PlainHTTPPost.send(host: "127.0.0.1", port: Int(receiver.port), head: Array("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n".utf8),
                                        body: Array("{}".utf8), timeoutMilliseconds: 2_000)
        guard case .success(let status) = result else { Issue.record("no answer: \(result)"); return }
        #expect(status == 503)
    }
}
