import EmulatorCore
import ReAPIEmulatorTesting
import Foundation
import Locking
import Testing
@testable import ReAPIEmulatorKit

/// The libmicrohttpd layer, end to end over real sockets on port 0.
@Suite("HTTP layer (live server on port 0)")
struct HTTPLayerTests {
    @Test("health answers 200 with the documented fields and X-Request-Id")
    func health() async throws {
        let emu = try Emulator.start()
        defer { emu.stop() }
        let reply = try await LiveClient(base: emu.baseURL).get("/_emulator/health")
        #expect(reply.status == 200)
        #expect(reply.json?["status"] == "ok")
        #expect(reply.json?["provider"] == "reapi")
        #expect(reply.header("X-Request-Id")?.hasPrefix("req_") == true)
    }

    @Test("bad input is answered in the envelope or closed cleanly, and the server stays healthy")
    func badInput() async throws {
        let emu = try Emulator.start()
        defer { emu.stop() }
        let port = emu.port
        let submit = "POST /api/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer rk_a\r\nContent-Type: application/json\r\n"

        let malformed = RawHTTP.send(submit + "Content-Length: 9\r\nConnection: close\r\n\r\n{\"prompt\"", port: port)
        #expect(malformed.status == 400)
        #expect(malformed.body.contains("\"code\":20001"))

        let wrongType = RawHTTP.send(submit + "Content-Length: 2\r\nConnection: close\r\n\r\n[]", port: port)
        #expect(wrongType.status == 400)
        #expect(wrongType.body.contains("\"code\":20001"))

        // Over the 1 MiB cap, declared up front: refused before the body is read.
        let huge = RawHTTP.send(submit + "Content-Length: 5000000\r\nConnection: close\r\n\r\n{}", port: port)
        #expect(huge.status == 413)
        #expect(huge.body.contains("request_id"))

        // Over the cap, chunked (no declared length): counted while read, then refused.
        var chunked = Array((submit + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").utf8)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 512 * 1024)
        for _ in 0..<3 { chunked += Array("80000\r\n".utf8) + chunk + Array("\r\n".utf8) }
        chunked += Array("0\r\n\r\n".utf8)
        let hugeChunked = RawHTTP.send(chunked, port: port)
        #expect(hugeChunked.status == 413)

        let negative = RawHTTP.send(submit + "Content-Length: -5\r\nConnection: close\r\n\r\n{}", port: port)
        #expect(negative.status == nil || negative.status == 400)

        let longURL = RawHTTP.send("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: port)
        #expect(longURL.status == nil || [404, 414, 431].contains(longURL.status!))

        let nul = RawHTTP.send([0, 0, 0, 0x47, 0x45, 0x54, 0, 0x0D, 0x0A, 0x0D, 0x0A] + [UInt8](repeating: 0, count: 1000), port: port)
        #expect(nul.status == nil || nul.status == 400)

        let garbage = RawHTTP.send((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, port: port)
        #expect(garbage.status == nil || garbage.status! >= 400)

        let after = try await LiveClient(base: emu.baseURL).get("/_emulator/health")
        #expect(after.status == 200)
    }

    @Test("a body just under the cap is read whole")
    func largeBodyUnderCap() async throws {
        let emu = try Emulator.start()
        defer { emu.stop() }
        let prompt = String(repeating: "a", count: 900_000)
        let reply = try await LiveClient(base: emu.baseURL).post("/api/v1/images/generations",
                                                                 #"{"model":"z-image","prompt":"\#(prompt)"}"#)
        // Read whole and validated: z-image allows 1000 characters, so this is 20007, not 413.
        #expect(reply.status == 400)
        #expect(reply.json?["error"]?["code"] == 20007)
    }

    @Test("a scripted latency holds the answer without holding a thread, and stop() releases held connections")
    func heldAnswers() async throws {
        let yaml = """
        clock: virtual
        latency: {poll: 1h}
        """
        var options = LoadTolerant.holding(EmulatorOptions(scenario: .yaml(yaml)))
        options.threads = 1
        let emu = try Emulator.start(options)
        let poll = "GET /api/v1/tasks/task_missing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nConnection: close\r\n\r\n"
        // 20 polls held on the virtual clock, with a single worker thread (raw sockets: the
        // test must not depend on a client library's connection pool).
        let statuses = Locked<[Int]>([])
        for _ in 0..<20 {
            // One thread each: Dispatch's pool would start blocked work one per second.
            Thread.detachNewThread {
                let status = RawHTTP.send(poll, port: emu.port, timeout: LoadTolerant.heldClientTimeout).status ?? 0
                statuses.withLock { $0.append(status) }
            }
        }
        try await waitUntil { emu.server.suspendedConnections == 20 }
        #expect(statuses.withLock { $0.isEmpty })
        // The health endpoint still answers at once: no thread is blocked.
        #expect(RawHTTP.send("GET /_emulator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port).status == 200)
        emu.advance(by: .seconds(3600))
        try await waitUntil { statuses.withLock { $0.count } == 20 }
        #expect(statuses.withLock { $0 } == Array(repeating: 404, count: 20))

        // Held again, then released by stop().
        let late = Locked<Int?>(nil)
        Thread.detachNewThread { late.withLock { $0 = RawHTTP.send(poll, port: emu.port, timeout: LoadTolerant.heldClientTimeout).status } }
        try await waitUntil { emu.server.suspendedConnections == 1 }
        emu.stop()
        try await waitUntil { late.withLock { $0 } != nil }
        #expect(late.withLock { $0 } == 404)
    }

    @Test("a port in use is an error, not a crash")
    func portInUse() throws {
        let first = try Emulator.start()
        defer { first.stop() }
        var options = EmulatorOptions()
        options.port = first.port
        #expect(throws: (any Error).self) { try Emulator.start(options) }
    }

    @Test("many emulators run in one process with separate state")
    func several() async throws {
        let a = try Emulator.start(), b = try Emulator.start()
        defer { a.stop(); b.stop() }
        #expect(a.port != b.port)
        let submitted = try await LiveClient(base: a.baseURL).post("/api/v1/images/generations", #"{"model":"z-image","prompt":"p"}"#)
        #expect(submitted.status == 200)
        let id = try #require(submitted.json?["id"]?.stringValue)
        #expect(try await LiveClient(base: b.baseURL).get("/api/v1/tasks/\(id)").status == 404)
        #expect(try await LiveClient(base: a.baseURL).get("/api/v1/tasks/\(id)").status == 200)
    }
}

/// Polls `condition` every 10 ms for up to 120 s of wall time (a loaded machine is slow, not
/// wrong; a test task may wait minutes for a thread of the cooperative pool under stress-ng).
func waitUntil(_ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(120)
    while ContinuousClock.now < deadline {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    // A starved task may wake past the deadline: look once more before calling it a failure.
    if !condition() { Issue.record("condition not met within 120 s") }
}
