import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// `record` through a local fake upstream (an in-process emulator on loopback, real clock)
/// and `diff` of the recording against a fresh emulator: 100 % on faithful answers, the
/// drifted answer caught. Nothing leaves loopback.
@Suite("Drift: record and diff (loopback upstream)")
struct DriftRecordingTests {
    /// Tasks take 3 s on the upstream and in the replay, so a poll at once is `processing`
    /// and one 4.5 s later `completed`, with seconds of margin on a loaded machine.
    static let timing = "rules: [{duration: 3s}]"
    /// The same, plus the upstream's first poll answered with a body of another shape.
    static let drifted = """
        rules:
          - {duration: 3s}
          - {on: poll, match: {nth: 1}, respond: {status: 200, body: {id: "task_drifted", state: "processing"}}}
        """
    static let secretKey = "rk_live_very_secret_0123456789"

    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reapi-recording-\(UUID().uuidString).jsonl").path
    }

    /// Records: submit z-image, poll at once, poll after 4.5 s (the recorder fetches the URL).
    func record(upstreamScenario: String, to path: String, fetchMedia: Bool = true) async throws -> [String] {
        let upstream = try Emulator.start(EmulatorOptions(scenario: .yaml(upstreamScenario), clock: .real))
        defer { upstream.stop() }
        var options = RecordingProxy.Options(upstream: upstream.baseURL, output: path)
        options.fetchMedia = fetchMedia
        let proxy = try RecordingProxy.start(options)
        let client = LiveClient(base: proxy.baseURL, key: Self.secretKey)
        let submitted = try await client.post("/api/v1/images/generations", #"{"model":"z-image","prompt":"a harbour"}"#)
        #expect(submitted.status == 200)
        // Flushed as it completes: the line is in the file before the proxy stops.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains(#""path":"/api/v1/images/generations""#) == true)
        let id = try #require(submitted.json?["id"]?.stringValue)
        #expect(try await client.get("/api/v1/tasks/\(id)").status == 200)
        try await Task.sleep(for: .milliseconds(4_500))
        let done = try await client.get("/api/v1/tasks/\(id)")
        #expect(done.json?["status"] == "completed")
        proxy.stop()
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("a recording of faithful answers: one line per exchange, the key redacted, the URL's pixel size; diff scores 100 %")
    func faithful() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = try await record(upstreamScenario: Self.timing, to: path)
        #expect(lines.count == 5)  // header, submit, two polls, the result URL fetched by the recorder
        #expect(!lines.joined().contains(Self.secretKey))
        let exchanges = try lines.compactMap { try RecordedExchange.parse($0) }
        #expect(exchanges.count == 4)
        #expect(exchanges.first?.request.headers["authorization"] == "Bearer [redacted]")
        let media = try #require(exchanges.first { $0.origin == "recorder" })
        // z-image 1:1 is 1024×1024 JPEG (docs/models.md, z-image).
        #expect(media.response?.image == ImageProbe.Info(format: "jpeg", width: 1024, height: 1024))

        let checks = try DriftReplay(provider: .reapi, scenario: .yaml(Self.timing)).replay(files: [path])
        #expect(checks.failures.map { "\($0.place) \($0.kind): \($0.detail)" } == [])
        #expect(checks.rows.map(\.endpoint) == ["GET /api/v1/tasks/{id}", "GET /media/tasks/{task}/{file}", "POST /api/v1/images/generations"])
        #expect(checks.rows.allSatisfy { $0.model == "z-image" && $0.score == 100 })
        #expect(checks.rows.first?.tally[.statusSequence]?.passed == 1)
        #expect(checks.rows.first { $0.endpoint.hasPrefix("GET /media") }?.tally[.pixels]?.passed == 1)
    }

    @Test("a drifted poll answer (another envelope) is caught: the poll endpoint scores below 100 %, the others stay at 100 %")
    func drifted() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Without the result URL: no image to draw twice, and the poll is what drifted.
        let lines = try await record(upstreamScenario: Self.drifted, to: path, fetchMedia: false)
        #expect(lines.count == 4)  // header, submit, two polls
        let checks = try DriftReplay(provider: .reapi, scenario: .yaml(Self.timing)).replay(files: [path])
        let poll = try #require(checks.rows.first { $0.endpoint == "GET /api/v1/tasks/{id}" })
        #expect(poll.score < 100)
        #expect(poll.tally[.envelope]?.passed == 1 && poll.tally[.envelope]?.total == 2)
        #expect(checks.failures.contains { $0.kind == .envelope && $0.detail.contains("recorded only: state: string") })
        #expect(checks.failures.contains { $0.kind == .statusSequence })
        #expect(checks.rows.filter { $0.endpoint != poll.endpoint }.allSatisfy { $0.score == 100 })
    }

    @Test("the other envelope families map too: imagen-4-0 (data[0].task_id, result.images[].url) and API in One (data.task_id)",
          arguments: [(Provider.reapi, #"{"model":"imagen-4-0","prompt":"a harbour"}"#), (.apiinone, #"{"model":"imagen4","prompt":"a harbour"}"#)])
    func otherFamilies(_ provider: Provider, _ body: String) async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // duration 0: the task is finished when its submit is answered, so no wait is needed.
        let upstream = try Emulator.start(EmulatorOptions(scenario: .yaml("rules: [{duration: 0}]"), clock: .real, provider: provider))
        defer { upstream.stop() }
        let proxy = try RecordingProxy.start(RecordingProxy.Options(upstream: upstream.baseURL, output: path))
        let client = LiveClient(base: proxy.baseURL, key: provider == .reapi ? "rk_live_x" : "aio_live_x")
        let submitted = try await client.post("/api/v1/images/generations", body)
        let id = try #require(submitted.json.flatMap(EnvelopeReading.taskID))
        #expect(try await client.get("/api/v1/tasks/\(id)").status == 200)
        proxy.stop()
        let checks = try DriftReplay(provider: provider, scenario: .yaml("rules: [{duration: 0}]")).replay(files: [path])
        #expect(checks.failures.map { "\($0.place) \($0.kind): \($0.detail)" } == [])
        #expect(checks.rows.count == 3)
        #expect(checks.rows.first { $0.endpoint.hasPrefix("GET /media") }?.tally[.pixels]?.passed == 1)
    }

    @Test("result URLs are fetched 4 at a time: ten URLs whose answers are held leave 4 fetches running and 6 waiting")
    func mediaFetchesBounded() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The upstream holds every media answer an hour: a fetch in flight is a suspended connection there.
        let upstream = try Emulator.start(EmulatorOptions(scenario: .yaml("clock: virtual\nlatency: {media: 1h}\n")))
        defer { upstream.stop() }
        let direct = LiveClient(base: upstream.baseURL, key: "rk_live_x")
        var ids: [String] = []
        for i in 0..<10 {
            let submitted = try await direct.post("/api/v1/images/generations", #"{"model":"z-image","prompt":"p\#(i)"}"#)
            ids.append(try #require(submitted.json.flatMap(EnvelopeReading.taskID)))
        }
        #expect(try await direct.post("/_emulator/clock/advance", #"{"seconds":60}"#).status == 200)
        let proxy = try RecordingProxy.start(RecordingProxy.Options(upstream: upstream.baseURL, output: path))
        let client = LiveClient(base: proxy.baseURL, key: "rk_live_x")
        for id in ids { #expect(try await client.get("/api/v1/tasks/\(id)").status == 200) }
        try await waitUntil(seconds: 5) {
            upstream.server.suspendedConnections == RecordingForwarder.maxMediaFetches
                && proxy.forwarder.mediaQueue.withLock { $0.pending.count } == 10 - RecordingForwarder.maxMediaFetches
        }
        #expect(upstream.server.suspendedConnections == 4)
        #expect(proxy.forwarder.mediaQueue.withLock { $0.running } == 4)
        // The stop cancels the held fetches after its drain and drops the waiting ones.
        proxy.stop()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains(#""origin":"recorder""#) }.count == 4)
        #expect(lines.filter { $0.contains("cancelled: the recorder is stopping") }.count == 4)
    }

    @Test("an unreachable upstream: the client gets 502, the line records the error")
    func unreachable() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A port that was free a moment ago: bound, then released.
        let freePort = try Emulator.start().port
        let proxy = try RecordingProxy.start(RecordingProxy.Options(upstream: "http://127.0.0.1:\(freePort)", output: path))
        let reply = try await LiveClient(base: proxy.baseURL).get("/api/v1/tasks/task_x")
        proxy.stop()
        #expect(reply.status == 502)
        let line = try #require(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last)
        #expect(line.contains(#""response":null"#) && line.contains("upstream unreachable"))
    }

    @Test("redaction keeps the scheme and drops the credential of every secret header")
    func redaction() {
        #expect(RecordedExchange.redact("authorization", "Bearer rk_live_x") == "Bearer [redacted]")
        #expect(RecordedExchange.redact("authorization", "rk_live_x") == "[redacted]")
        #expect(RecordedExchange.redact("cookie", "session=abc") == "[redacted]")
        #expect(RecordedExchange.redact("content-type", "application/json") == "application/json")
    }
}
