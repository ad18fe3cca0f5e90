@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Isolated sessions under `/sessions/{id}/`: each its own clock, scenario, accounts and
/// ledger, tasks, media, journal, rule counters and rate-limit windows.
@Suite("Sessions")
struct SessionTests {
    static let zImage = #"{"model":"z-image","prompt":"a red fox"}"#

    /// Opens a session and returns its path prefix (`/sessions/ses_…`).
    func open(_ h: EmulatorHarness, _ body: String = "{}", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let created = h.control("POST", "/_emulator/sessions", body)
        #expect(created.status == 201, "\(created.bodyText)", sourceLocation: sourceLocation)
        let id = try #require(created.json?["id"]?.stringValue, sourceLocation: sourceLocation)
        return "/sessions/" + id
    }

    @Test("POST /_emulator/sessions answers 201 with the id, the base URL and the session's clock")
    func create() throws {
        let h = try EmulatorHarness()
        let created = h.control("POST", "/_emulator/sessions", #"{"name": "worker-1", "clock": "virtual", "seed": 7}"#)
        #expect(created.status == 201)
        let id = try #require(created.json?["id"]?.stringValue)
        #expect(id.hasPrefix("ses_") && id.count == 4 + 24)
        #expect(created.json?["base_url"]?.stringValue == "https://emu.test/sessions/" + id)
        #expect(created.json?["name"] == "worker-1")
        #expect(created.json?["clock"]?["mode"] == "virtual")
        #expect(created.json?["tasks"] == 0)
        #expect(created.header("X-Request-Id")?.hasPrefix("req_") == true)
    }

    @Test("advancing one session's clock completes its tasks and expires its URLs; the other's stay processing")
    func clocksAreIndependent() throws {
        let h = try EmulatorHarness()
        let a = try open(h), b = try open(h)
        let inA = try h.accepted(Self.zImage, base: a), inB = try h.accepted(Self.zImage, base: b)
        let inDefault = try h.accepted(Self.zImage)
        // z-image completes within 2–6 s (docs/models.md); a minute is past it.
        let advanced = h.advance(seconds: 60, base: a)
        #expect(advanced.json?["changes"]?[0]?["task_id"]?.stringValue == inA)
        #expect(h.poll(inA, base: a).json?["status"] == "completed")
        #expect(h.poll(inB, base: b).json?["status"] == "processing")
        #expect(h.poll(inDefault).json?["status"] == "processing")
        // z-image URLs live 24 hours: a day later they answer 403 in A only.
        let url = try #require(h.poll(inA, base: a).json?["output"]?["image_urls"]?[0]?.stringValue)
        #expect(url.hasPrefix("https://emu.test\(a)/media/tasks/"))
        #expect(h.media(url).status == 200)
        h.advance(seconds: 86_400, base: a)
        #expect(h.media(url).status == 403)
        #expect(h.poll(inB, base: b).json?["status"] == "processing")
    }

    @Test("a task of one session is unknown in another and in the default session")
    func tasksAreIsolated() throws {
        let h = try EmulatorHarness()
        let a = try open(h), b = try open(h)
        let id = try h.accepted(Self.zImage, base: a)
        #expect(h.poll(id, base: b).status == 404)
        #expect(h.poll(id).status == 404)
        #expect(h.control("GET", "\(b)/_emulator/tasks/\(id)").status == 404)
        #expect(h.control("GET", "\(a)/_emulator/tasks/\(id)").status == 200)
    }

    @Test("ledgers, journals, scenarios and rate limits are the session's own")
    func stateIsIndependent() throws {
        let h = try EmulatorHarness()
        let limited = try open(h, #"{"scenario": "rate_limit: {requests_per_minute: 1}\ndefault_credits: 100"}"#)
        let free = try open(h)
        #expect(h.submit(Self.zImage, base: limited).status == 200)
        let second = h.submit(Self.zImage, base: limited)
        #expect(second.status == 429)
        #expect(second.errorCode == 50001)
        #expect(h.submit(Self.zImage, base: free).status == 200)
        #expect(h.submit(Self.zImage, base: free).status == 200)
        // z-image costs 5 credits: 100 − 5 in the limited session, 1,000,000 − 10 in the other.
        #expect(h.credits(base: limited) == 95)
        #expect(h.credits(base: free) == 999_990)
        #expect(h.credits() == nil)
        let journal = h.control("GET", "\(limited)/_emulator/requests").json
        #expect(journal?["count"] == 2)
        #expect(journal?["requests"]?[0]?["path"] == "/api/v1/images/generations")
        #expect(h.control("GET", "/_emulator/requests").json?["count"] == 0)
        #expect(h.control("GET", "\(limited)/_emulator/scenario").json?["source"] == "POST /_emulator/sessions")
        #expect(h.control("GET", "\(free)/_emulator/scenario").json?["source"] == "none")
    }

    @Test("a scenario may be given as a JSON object; a session's reset leaves the others alone")
    func jsonScenarioAndReset() throws {
        let h = try EmulatorHarness()
        let s = try open(h, #"{"scenario": {"accounts": [{"key": "rk_only", "credits": 10}]}}"#)
        #expect(h.submit(Self.zImage, key: "rk_test_key", base: s).errorCode == 10003)
        #expect(h.submit(Self.zImage, key: "rk_only", base: s).status == 200)
        let other = try h.accepted(Self.zImage)
        #expect(h.control("POST", "\(s)/_emulator/reset").status == 200)
        #expect(h.credits("rk_only", base: s) == 10)
        #expect(h.poll(other).status == 200)
    }

    @Test("DELETE ends a session: its routes, tasks and media answer 404 in the listener's envelope")
    func end() throws {
        let h = try EmulatorHarness()
        let s = try open(h)
        let id = try h.accepted(Self.zImage, base: s)
        h.advance(seconds: 60, base: s)
        let url = try #require(h.poll(id, base: s).json?["output"]?["image_urls"]?[0]?.stringValue)
        #expect(h.media(url).status == 200)
        let sessionID = String(s.dropFirst("/sessions/".count))
        let ended = h.control("DELETE", "/_emulator/sessions/\(sessionID)")
        #expect(ended.status == 200)
        #expect(ended.json?["ended"] == true)
        let gone = h.poll(id, base: s)
        #expect(gone.status == 404)
        #expect(gone.errorCode == 40404)
        #expect(gone.errorMessage == "session \"\(sessionID)\" not found")
        #expect(gone.json?["error"]?["request_id"]?.stringValue == gone.header("X-Request-Id"))
        #expect(h.media(url).status == 404)
        #expect(h.control("DELETE", "/_emulator/sessions/\(sessionID)").status == 404)
        #expect(h.control("GET", "/_emulator/sessions").json?["count"] == 0)
    }

    @Test("an unknown session is 404 in API in One's envelope on an apiinone listener")
    func unknownSessionAPIInOne() throws {
        let h = try EmulatorHarness(provider: .apiinone)
        let r = h.poll("n12abcd_imagen4", base: "/sessions/ses_nope")
        #expect(r.status == 404)
        #expect(r.json?["error"]?["type"] == "not_found")
    }

    @Test("past --max-sessions a new session is 429 with code 40002; ending one makes room")
    func limit() throws {
        let h = try EmulatorHarness(maxSessions: 2)
        let first = try open(h)
        _ = try open(h)
        let refused = h.control("POST", "/_emulator/sessions")
        #expect(refused.status == 429)
        #expect(refused.errorCode == 40002)
        #expect(refused.errorMessage?.contains("--max-sessions") == true)
        _ = h.control("DELETE", "/_emulator/sessions/" + first.dropFirst("/sessions/".count))
        #expect(h.control("POST", "/_emulator/sessions").status == 201)
    }

    @Test("GET /_emulator/sessions lists id, name, clock and task count; the listing is not served under a session")
    func listing() throws {
        let h = try EmulatorHarness()
        let s = try open(h, #"{"name": "w"}"#)
        _ = try h.accepted(Self.zImage, base: s)
        let list = h.control("GET", "/_emulator/sessions").json
        #expect(list?["count"] == 1)
        #expect(list?["max_sessions"] == 256)
        #expect(list?["sessions"]?[0]?["name"] == "w")
        #expect(list?["sessions"]?[0]?["tasks"] == 1)
        #expect(list?["sessions"]?[0]?["base_url"]?.stringValue == "https://emu.test" + s)
        #expect(h.control("GET", "\(s)/_emulator/sessions").status == 404)
        #expect(h.control("POST", "\(s)/_emulator/sessions").status == 404)
    }

    @Test("a bad session body is 400 with a message naming the problem", arguments: [
        (#"{"colour": "red"}"#, "unknown field \"colour\"; a session takes scenario, clock, seed, time_scale and name"),
        (#"{"clock": "fast"}"#, "clock must be \"virtual\" or \"real\""),
        (#"{"seed": -1}"#, "seed must be an integer >= 0"),
        (#"{"time_scale": 0}"#, "time_scale must be a number from 0.001 to 1000000"),
        (#"{"scenario": 5}"#, "scenario must be YAML text or a JSON object"),
        (#"[1]"#, "request body must be a JSON object"),
    ])
    func badBodies(body: String, message: String) throws {
        let h = try EmulatorHarness()
        let r = h.control("POST", "/_emulator/sessions", body)
        #expect(r.status == 400)
        #expect(r.errorMessage == message)
        #expect(h.control("GET", "/_emulator/sessions").json?["count"] == 0)
    }

    @Test("an invalid scenario is refused with the linter's key path and no session is made")
    func invalidScenario() throws {
        let h = try EmulatorHarness()
        let r = h.control("POST", "/_emulator/sessions", #"{"scenario": "rules: [{fail: {code: 80009}}]"}"#)
        #expect(r.status == 400)
        #expect(r.errorMessage?.contains("rules[0].fail.code") == true)
        #expect(h.control("GET", "/_emulator/sessions").json?["count"] == 0)
    }

    @Test("the admin token guards the session endpoints and the session's control routes")
    func adminToken() throws {
        let h = try EmulatorHarness(adminToken: "s3cret")
        #expect(h.control("POST", "/_emulator/sessions").status == 401)
        let created = h.control("POST", "/_emulator/sessions", nil, token: "s3cret")
        let id = try #require(created.json?["id"]?.stringValue)
        #expect(h.control("POST", "/sessions/\(id)/_emulator/clock/advance", #"{"seconds": 1}"#).status == 401)
        #expect(h.control("POST", "/sessions/\(id)/_emulator/clock/advance", #"{"seconds": 1}"#, token: "s3cret").status == 200)
    }

    @Test("a session nobody used for the idle timeout (wall time) is ended; a used one stays")
    func idleTimeout() throws {
        let wall = WallClock()
        let base = try EmulatorHarness()
        let registry = SessionRegistry(defaultSession: base.app.defaultSession, idleTimeoutMilliseconds: 60_000,
                                       wallClock: { wall.now })
        let idle = try registry.open(scenario: .empty, source: "none", text: nil, name: "idle")
        let busy = try registry.open(scenario: .empty, source: "none", text: nil, name: "busy")
        wall.now += 40_000
        #expect(registry.session(busy.id) != nil)
        busy.lastUsedWall.store(wall.now, ordering: .relaxed)
        wall.now += 30_000
        #expect(registry.all().map(\.id) == [busy.id])
        #expect(registry.session(idle.id) == nil)
    }

    @Test("requests to different sessions run side by side with exact ledgers")
    func concurrentSessions() async throws {
        let h = try EmulatorHarness()
        let prefixes = try (0..<4).map { _ in try open(h) }
        await withTaskGroup(of: Void.self) { group in
            for prefix in prefixes {
                group.addTask { for _ in 0..<25 { _ = h.submit(Self.zImage, base: prefix) } }
            }
        }
        for prefix in prefixes { #expect(h.credits(base: prefix) == 1_000_000 - 25 * 5) }
    }
}

/// A wall clock a test moves by hand.
final class WallClock: @unchecked Sendable {
    // Only touched by one test's own thread.
    var now: Int64 = 1_000_000
}
