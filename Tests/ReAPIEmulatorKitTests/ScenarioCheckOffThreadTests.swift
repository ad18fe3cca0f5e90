import EmulatorCore
import Foundation
import Locking
@testable import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// A large scenario (a long `models:` extends chain) takes a while to check and weigh: a
/// `PUT /_emulator/scenario` or a session POST carrying one is a deferred answer, checked off
/// libmicrohttpd's worker threads, so health answers meanwhile even with a single worker.
@Suite("Scenario checks off the request threads (live server, 1 worker thread)")
struct ScenarioCheckOffThreadTests {
    /// A chain of 2,500 models (~60 KB): seconds to check in a debug build.
    static let chain = ScenarioChain.yaml(2_500)

    static func request(_ method: String, _ path: String, _ body: String) -> String {
        "\(method) \(path) HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    /// Sends `request` on its own connection; when it is held (suspended while checked), asks
    /// for health on another and returns the order the two answers came in, with the first reply.
    /// Both run on threads of their own: the test's task may be starved of the cooperative pool
    /// by the other suites, which must not change the order.
    static func healthWhileChecking(_ emu: Emulator, _ request: String) async throws -> (order: [String], reply: RawHTTP.Reply) {
        let order = Locked<[String]>([])
        let reply = Locked<RawHTTP.Reply?>(nil)
        Thread.detachNewThread {
            let answer = RawHTTP.send(request, port: emu.port, timeout: LoadTolerant.clientTimeout)
            reply.withLock { $0 = answer }
            order.withLock { $0.append("check") }
        }
        Thread.detachNewThread {
            // The event: the connection is held (its check runs on another thread), or answered.
            let deadline = ContinuousClock.now + .seconds(120)
            while emu.server.suspendedConnections == 0, order.withLock({ $0.isEmpty }), ContinuousClock.now < deadline { usleep(1_000) }
            let health = RawHTTP.send("GET /_emulator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port,
                                      timeout: LoadTolerant.clientTimeout)
            order.withLock { $0.append("health \(health.status ?? 0)") }
        }
        try await waitUntil { order.withLock { $0.count } == 2 }
        return (order.withLock { $0 }, try #require(reply.withLock { $0 }))
    }

    static func start() throws -> Emulator {
        var options = LoadTolerant.holding(EmulatorOptions())
        options.threads = 1
        options.maxScenarioBytes = 1 << 30
        return try Emulator.start(options)
    }

    @Test("PUT /_emulator/scenario of a 2,500-model chain: health answers while it is checked; the PUT answers 200 and the metrics count it 200")
    func putOffThread() async throws {
        let emu = try Self.start()
        defer { emu.stop() }
        let (order, reply) = try await Self.healthWhileChecking(emu, Self.request("PUT", "/_emulator/scenario", Self.chain))
        #expect(order == ["health 200", "check"], "before: the check held the only worker thread and health waited for it")
        #expect(reply.status == 200)
        let scenario = try JSONParser.parse(Array(reply.body.utf8))
        #expect(scenario["source"] == "PUT /_emulator/scenario")
        #expect(scenario["text"]?.stringValue == Self.chain)
        let metrics = RawHTTP.send("GET /_emulator/metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(metrics.body.contains(#"reapi_emulator_requests_total{route="PUT /_emulator/scenario",status="200"} 1"#))
    }

    @Test("POST /_emulator/sessions with a 2,500-model chain: health answers while it is checked; 201 with the session; a refused one is 400 and counted 400")
    func sessionOffThread() async throws {
        let emu = try Self.start()
        defer { emu.stop() }
        let body = String(decoding: JSONWriter.bytes(["scenario": .string(Self.chain)]), as: UTF8.self)
        let (order, reply) = try await Self.healthWhileChecking(emu, Self.request("POST", "/_emulator/sessions", body))
        #expect(order == ["health 200", "check"])
        #expect(reply.status == 201)
        let id = try #require(try JSONParser.parse(Array(reply.body.utf8))["id"]?.stringValue)
        let scenario = RawHTTP.send("GET /sessions/\(id)/_emulator/scenario HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(scenario.body.contains(#""source":"POST /_emulator/sessions""#))

        let broken = String(decoding: JSONWriter.bytes(["scenario": .string(Self.chain + "  bad: {extends: nothing}\n")]), as: UTF8.self)
        let refused = RawHTTP.send(Self.request("POST", "/_emulator/sessions", broken), port: emu.port, timeout: LoadTolerant.clientTimeout)
        #expect(refused.status == 400)
        #expect(refused.body.contains(#"invalid scenario: models.bad.extends"#), "\(refused.body.prefix(300))")
        let metrics = RawHTTP.send("GET /_emulator/metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(metrics.body.contains(#"reapi_emulator_requests_total{route="POST /_emulator/sessions",status="201"} 1"#))
        #expect(metrics.body.contains(#"reapi_emulator_requests_total{route="POST /_emulator/sessions",status="400"} 1"#))
    }
}
