import Foundation
import ReAPIEmulatorTesting
import Locking
import Testing

/// SIGTERM on the built binary (issue 10 #9): the held answer is sent, the request that
/// follows on the same connection is refused 503 and not charged, the process exits 0.
@Suite("reapi-emulator serve: SIGTERM (the built binary)")
struct StopSignalTests {
    @Test("after SIGTERM a request on an open connection gets 503 70001 with Retry-After, and the held one its answer")
    func refusesAfterSignal() async throws {
        let scenario = FileManager.default.temporaryDirectory.appendingPathComponent("reapi-stop-\(UUID().uuidString).yaml")
        try "clock: virtual\nlatency: {poll: 1h}\n".write(to: scenario, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scenario) }
        // --max-hold 10m: the poll stays held until the signal, however long a loaded machine takes.
        let server = try await startEmulator(["--port", "0", "--scenario", scenario.path, "--max-hold", "10m"])
        let submit = #"{"model":"z-image","prompt":"after the signal"}"#
        let pipelined = "GET /api/v1/tasks/task_missing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n"
            + "POST /api/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(submit.utf8.count)\r\n\r\n" + submit
        let port = server.port
        let reply = Locked<String?>(nil)
        let thread = Thread { let text = RawHTTP.send(pipelined, port: port, timeout: 600).text; reply.withLock { $0 = text } }
        thread.start()
        // The poll is held (the metrics say so, and nothing came back) before the signal: an
        // event, not a sleep a loaded machine may outlast.
        let heldGauge = "\nreapi_emulator_connections_held 1\n"
        let metrics = "GET /_emulator/metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        let deadline = ContinuousClock.now + .seconds(60)
        var held = false
        while !held, ContinuousClock.now < deadline {
            held = await RawHTTP.exchange(metrics, port: port, timeout: 10).text.contains(heldGauge)
            if !held { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(held, "the poll was never held")
        #expect(reply.withLock { $0 } == nil)
        #expect(try await server.terminate() == 0)
        let answered = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < answered, reply.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(10)) }
        let answers = (reply.withLock { $0 } ?? "").components(separatedBy: "HTTP/1.1 ").dropFirst()
        #expect(answers.count == 2)
        #expect(answers.first?.hasPrefix("404") == true)
        let refusal = answers.dropFirst().first ?? ""
        #expect(refusal.hasPrefix("503"))
        #expect(refusal.contains(#""code":70001"#))
        #expect(refusal.contains("Retry-After: 1"))
    }
}
