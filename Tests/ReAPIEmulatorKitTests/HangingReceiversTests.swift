import EmulatorCore
import Locking
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// Webhook receivers that accept and never answer must not take the listener's worker
/// threads: `clock/advance` waits for its deliveries on a suspended connection, its attempts
/// run in parallel on the callback pool, and health and other sessions answer meanwhile.
@Suite("Hanging webhook receivers (live server, 2 worker threads)")
struct HangingReceiversTests {
    static func submit(_ url: String) -> String { #"{"model":"imagen4","prompt":"A red fox","callback_url":"\#(url)"}"# }

    /// One request with its own timeout, shorter than a hanging attempt's 5 s: a listener whose
    /// threads are all held by the advances fails it.
    static func quickGet(_ url: String) async throws -> (status: Int, seconds: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 4
        let session = URLSession(configuration: configuration)
        let started = Date()
        let (_, response) = try await session.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, Date().timeIntervalSince(started))
    }

    @Test("two advances, each waiting on 4 hanging receivers, leave health and a third session answering at once; each advance takes one timeout, not four")
    func twoHangingAdvancesLeaveHealthFast() async throws {
        let receiver = try CallbackReceiver(replies: Array(repeating: .stall, count: 8))
        defer { receiver.stop() }
        var options = EmulatorOptions(clock: .virtual, provider: .apiinone)
        options.threads = 2
        let emu = try Emulator.start(options)
        defer { emu.stop() }
        let control = LiveClient(base: emu.baseURL, key: nil)
        var bases: [String] = []
        for _ in 0..<3 {
            let created = try await control.post("/_emulator/sessions", #"{"clock": "virtual"}"#)
            bases.append(try #require(created.json?["base_url"]?.stringValue))
        }
        for base in bases.prefix(2) {
            for n in 0..<4 {
                let reply = try await LiveClient(base: base, key: "aio_test_key").post("/api/v1/images/generations", Self.submit(receiver.url("/hook?n=\(n)")))
                #expect(reply.status == 200)
            }
        }
        let (base0, base1) = (bases[0], bases[1])
        let started = Date()
        // Which advances have answered: health must answer while both still wait on their receivers
        // (an order of events, not a wall-clock limit a loaded machine could miss).
        let answered = Locked(0)
        let first = Task {
            defer { answered.withLock { $0 += 1 } }
            return try await LiveClient(base: base0, key: nil).post("/_emulator/clock/advance", #"{"seconds": 8}"#)
        }
        let second = Task {
            defer { answered.withLock { $0 += 1 } }
            return try await LiveClient(base: base1, key: nil).post("/_emulator/clock/advance", #"{"seconds": 8}"#)
        }
        // All eight attempts are in flight at once (the pool's eight), none answered.
        let arrived = try await receiver.waitFor(8, timeout: 10)
        #expect(arrived.count == 8, "\(arrived.map { $0.arrived.timeIntervalSince(started) })")

        let health = try await Self.quickGet(emu.baseURL + "/_emulator/health")
        #expect(health.status == 200)
        let other = try await Self.quickGet(bases[2] + "/_emulator/clock")
        #expect(other.status == 200)
        #expect(answered.withLock { $0 } == 0, "health took \(health.seconds) s and a third session \(other.seconds) s: an advance answered first")

        let (a, b) = try await (first.value, second.value)
        let elapsed = Date().timeIntervalSince(started)
        for advance in [a, b] {
            #expect(advance.status == 200)
            let attempts = (advance.json?["changes"]?.arrayValue ?? []).filter { $0["event"] == "callback" }
            #expect(attempts.count == 4)
            #expect(attempts.allSatisfy { $0["status"] == .null && $0["delivered"] == false })
        }
        // Sequential attempts would take 4 × 5 s per advance; parallel ones one 5 s timeout.
        #expect(elapsed < 19, "the advances took \(elapsed) s")
    }
}
