import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Locking
import Testing
@testable import ReAPIEmulatorKit

/// Reset, a scenario PUT, ending a session and stopping answer every held connection at
/// once (issue 10 #5 and #9), live on port 0.
@Suite("Held answers released by control calls and by stop (live server on port 0)")
struct HeldAnswerReleaseTests {
    static let scenario = "clock: virtual\nlatency: {poll: 1h}\n"

    /// Holds one poll under `base` and returns a box that receives its reply.
    static func holdPoll(_ emu: Emulator, base: String = "") async throws -> Outcome<RawHTTP.Reply> {
        let before = emu.server.suspendedConnections
        let reply = Outcome<RawHTTP.Reply>()
        let poll = "GET \(base)/api/v1/tasks/task_missing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nConnection: close\r\n\r\n"
        spawn { reply.set(RawHTTP.send(poll, port: emu.port, timeout: LoadTolerant.heldClientTimeout)) }
        try await waitUntil(seconds: 5) { emu.server.suspendedConnections == before + 1 }
        return reply
    }

    /// Sends the control call and checks the held poll, unanswered until then, was answered 404
    /// because of it: after the call was sent and long before its scripted hour (events, not a
    /// wall-clock deadline, so a loaded machine passes).
    static func expectReleased(_ held: Outcome<RawHTTP.Reply>, by call: String, _ emu: Emulator,
                               sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(held.value == nil, "the poll was answered before the control call", sourceLocation: sourceLocation)
        let sent = ContinuousClock.now
        let control = await RawHTTP.exchange(call, port: emu.port, timeout: LoadTolerant.clientTimeout)
        #expect(control.status == 200, sourceLocation: sourceLocation)
        try await waitUntil(seconds: 10) { held.value != nil }
        let reply = try #require(held.value, sourceLocation: sourceLocation)
        #expect(reply.status == 404, "failure: \(reply.failure) bytes: \(reply.text.prefix(200))", sourceLocation: sourceLocation)
        #expect(reply.finishedAt > sent, sourceLocation: sourceLocation)
        #expect(reply.finishedAt - control.finishedAt < .seconds(LoadTolerant.atOnceSeconds), sourceLocation: sourceLocation)
    }

    static func call(_ method: String, _ path: String, body: String = "") -> String {
        "\(method) \(path) HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    @Test("POST /_emulator/reset answers a held poll at once")
    func reset() async throws {
        let emu = try Emulator.start(LoadTolerant.holding(EmulatorOptions(scenario: .yaml(Self.scenario))))
        defer { emu.stop() }
        let held = try await Self.holdPoll(emu)
        try await Self.expectReleased(held, by: Self.call("POST", "/_emulator/reset"), emu)
    }

    @Test("PUT /_emulator/scenario answers a held poll at once")
    func scenarioPut() async throws {
        let emu = try Emulator.start(LoadTolerant.holding(EmulatorOptions(scenario: .yaml(Self.scenario))))
        defer { emu.stop() }
        let held = try await Self.holdPoll(emu)
        try await Self.expectReleased(held, by: Self.call("PUT", "/_emulator/scenario", body: "clock: virtual\n"), emu)
    }

    @Test("DELETE /_emulator/sessions/{id} answers a poll held in that session at once")
    func sessionEnd() async throws {
        let emu = try Emulator.start(LoadTolerant.holding())
        defer { emu.stop() }
        let session = try emu.session(scenario: .yaml(Self.scenario))
        let held = try await Self.holdPoll(emu, base: "/sessions/\(session.id)")
        try await Self.expectReleased(held, by: Self.call("DELETE", "/_emulator/sessions/\(session.id)"), emu)
    }

    @Test("stop answers the held request, refuses the next one on the same connection with 503, and never charges it")
    func stopRefusesWhatFollows() async throws {
        let emu = try Emulator.start(LoadTolerant.holding(EmulatorOptions(scenario: .yaml(Self.scenario))))
        let submit = #"{"model":"z-image","prompt":"after the stop"}"#
        // Two requests pipelined on one connection: a held poll, then a submit.
        let pipelined = "GET /api/v1/tasks/task_missing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n"
            + "POST /api/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(submit.utf8.count)\r\n\r\n" + submit
        let reply = Outcome<String>()
        spawn { reply.set(RawHTTP.send(pipelined, port: emu.port, timeout: LoadTolerant.heldClientTimeout).text) }
        try await waitUntil(seconds: 5) { emu.server.suspendedConnections == 1 }
        let credits = emu.session.account("k")?.credits
        emu.stop()
        try await waitUntil(seconds: 10) { reply.value != nil }
        let text = reply.value ?? ""
        let answers = text.components(separatedBy: "HTTP/1.1 ").dropFirst()
        #expect(answers.count == 2)
        #expect(answers.first?.hasPrefix("404") == true)
        let refusal = answers.dropFirst().first ?? ""
        #expect(refusal.hasPrefix("503"))
        #expect(refusal.contains(#""code":70001"#))
        #expect(refusal.contains("Retry-After: 1"))
        #expect(refusal.contains("X-Request-Id: req_"))
        #expect(emu.session.taskCount == 0)
        #expect(emu.session.account("k")?.credits == credits)
        // And the listener takes no new connection.
        #expect(await RawHTTP.exchange(ConnectionLimitTests.health, port: emu.port, timeout: 2).status == nil)
    }
}

/// A status a client thread reports once.
final class Outcome<Value: Sendable>: Sendable {
    private let stored = Locked<Value?>(nil)
    func set(_ value: Value) { stored.withLock { $0 = value } }
    var value: Value? { stored.withLock { $0 } }
}
