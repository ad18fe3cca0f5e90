import EmulatorCore
import Foundation
@testable import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Locking
import Testing

/// Sessions on a live listener: the base URL is all a client changes.
@Suite("Sessions over HTTP (live server on port 0)")
struct SessionsOverHTTPTests {
    static let submit = #"{"model":"z-image","prompt":"a red fox"}"#

    @Test("POST /_emulator/sessions gives a base URL under which submit, poll, media and control work")
    func baseURLIsAllThatChanges() async throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let created = try await LiveClient(base: emu.baseURL, key: nil).post("/_emulator/sessions", #"{"clock": "virtual"}"#)
        #expect(created.status == 201)
        let base = try #require(created.json?["base_url"]?.stringValue)
        #expect(base.hasPrefix(emu.baseURL + "/sessions/ses_"))
        let client = LiveClient(base: base)
        let id = try #require(try await client.post("/api/v1/images/generations", Self.submit).json?["id"]?.stringValue)
        #expect(try await client.post("/_emulator/clock/advance", #"{"seconds": 60}"#).status == 200)
        let url = try #require(try await client.get("/api/v1/tasks/\(id)").json?["output"]?["image_urls"]?[0]?.stringValue)
        #expect(url.hasPrefix(base + "/media/tasks/"))
        let image = try await client.get(url)
        #expect(image.status == 200)
        #expect(image.contentType == "image/jpeg")
        // The default session never saw any of it.
        #expect(emu.requests().isEmpty)
        let sessionID = String(base.split(separator: "/").last!)
        #expect(try await LiveClient(base: emu.baseURL, key: nil).send("DELETE", "/_emulator/sessions/\(sessionID)").status == 200)
        #expect(try await client.get(url).status == 404)
        #expect(try await client.get("/api/v1/tasks/\(id)").status == 404)
    }

    @Test("emu.session() opens a typed handle; end() removes it")
    func typedHandle() async throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let a = try emu.session(name: "a"), b = try emu.session(name: "b")
        let clientA = LiveClient(base: a.baseURL, key: "rk_test_a")
        let id = try #require(try await clientA.post("/api/v1/images/generations", Self.submit).json?["id"]?.stringValue)
        #expect(a.advance(by: .seconds(60)).changes.map(\.taskID) == [id])
        #expect(b.advance(by: .seconds(60)).changes.isEmpty)
        #expect(a.account("rk_test_a")?.credits == 1_000_000 - 5)
        #expect(b.account("rk_test_a") == nil)
        #expect(a.requests().count == 1 && b.requests().isEmpty)
        a.end()
        #expect(try await clientA.get("/api/v1/tasks/\(id)").status == 404)
        #expect(emu.app.sessions.all().map(\.id) == [b.id])
    }

    @Test("ending a session answers its held connections at once")
    func endReleasesHeld() async throws {
        let emu = try Emulator.start(LoadTolerant.holding(EmulatorOptions(clock: .virtual)))
        defer { emu.stop() }
        let session = try emu.session(scenario: .yaml("latency: {poll: 1h}"))
        let path = "/sessions/\(session.id)/api/v1/tasks/task_missing"
        let status = Locked<Int?>(nil)
        Thread.detachNewThread {
            let reply = RawHTTP.send("GET \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nConnection: close\r\n\r\n",
                                     port: emu.port, timeout: LoadTolerant.heldClientTimeout)
            status.withLock { $0 = reply.status ?? 0 }
        }
        try await waitUntil { emu.server.suspendedConnections == 1 }
        session.end()
        try await waitUntil { status.withLock { $0 } != nil }
        #expect(status.withLock { $0 } == 404)
    }
}
