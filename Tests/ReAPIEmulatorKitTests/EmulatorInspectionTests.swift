import Foundation
import ReAPIEmulatorTesting
import Testing
import ReAPIEmulatorKit

/// The typed Swift API a test suite uses around its client: advance, requests, account.
@Suite("Emulator: clock, journal and accounts from Swift")
struct EmulatorInspectionTests {
    static let submit = #"{"model":"z-image","prompt":"a red fox"}"#

    @Test("requests() lists the provider API requests with their fields, and leaves control calls out")
    func requests() async throws {
        let emulator = try Emulator.start(clock: .virtual)
        defer { emulator.stop() }
        let client = LiveClient(base: emulator.baseURL, key: "rk_test_journal")
        let submitted = try await client.post("/api/v1/images/generations", Self.submit)
        let id = try #require(submitted.json?["id"]?.stringValue)
        emulator.advance(by: .seconds(60))
        _ = emulator.account("rk_test_journal")
        _ = try await client.post("/_emulator/clock/advance", #"{"seconds": 1}"#)
        _ = try await client.get("/nowhere")

        let requests = emulator.requests()
        #expect(requests.map(\.path) == ["/api/v1/images/generations", "/nowhere"])
        #expect(requests.map(\.status) == [200, 404])
        let first = try #require(requests.first)
        #expect(first.method == "POST")
        #expect(first.key == "rk_test_journal")
        #expect(first.taskID == id)
        #expect(first.requestID == submitted.header("X-Request-Id"))
        #expect(first.bodySize == Self.submit.utf8.count)
        #expect(first.sequence == 1)
        #expect(first.at == requests[1].at.adding(seconds: -61))
    }

    @Test("account() is nil for a key never seen, and lists a failed task's charge and refund")
    func accountsAndRefunds() async throws {
        let scenario = """
        accounts: [{key: rk_test_refund, credits: 20}]
        rules:
          - match: {model: z-image}
            fail: {code: 80001}
        """
        let emulator = try Emulator.start(scenario: .yaml(scenario), clock: .virtual)
        defer { emulator.stop() }
        #expect(emulator.account("rk_test_unknown") == nil)
        let submitted = try await LiveClient(base: emulator.baseURL, key: "rk_test_refund").post("/api/v1/images/generations", Self.submit)
        let id = try #require(submitted.json?["id"]?.stringValue)
        #expect(emulator.account("rk_test_refund")?.credits == 15)

        let advanced = emulator.advance(by: .seconds(3600))
        let change = try #require(advanced.changes.first)
        #expect(advanced.changes.count == 1)
        #expect(change.taskID == id)
        #expect(change.event == .failed)
        #expect(change.refunded == 5)

        let account = try #require(emulator.account("rk_test_refund"))
        #expect(account.credits == 20)
        #expect(!account.revoked)
        #expect(account.ledger.map(\.reason) == [.charge, .refund])
        #expect(account.ledger.map(\.amount) == [-5, 5])
        #expect(account.ledger.allSatisfy { $0.taskID == id })
    }

    @Test("advance(by:) moves the virtual clock to the millisecond and reports expiries")
    func advance() async throws {
        let emulator = try Emulator.start(clock: .virtual)
        defer { emulator.stop() }
        let start = emulator.now
        #expect(emulator.advance(by: .milliseconds(1500)).now == start.adding(milliseconds: 1500))
        #expect(emulator.now == start.adding(milliseconds: 1500))

        _ = try await LiveClient(base: emulator.baseURL).post("/api/v1/images/generations", Self.submit)
        #expect(emulator.advance(by: .seconds(3600)).changes.map(\.event) == [.completed])
        let expired = emulator.advance(by: .seconds(86_400))
        #expect(expired.changes.map(\.event) == [.expired])
        #expect(expired.changes[0].at < expired.now)
        #expect(emulator.advance(by: .seconds(-5)).now == expired.now)
    }

    @Test("reset() empties the journal and the ledger")
    func reset() async throws {
        let emulator = try Emulator.start(clock: .virtual)
        defer { emulator.stop() }
        _ = try await LiveClient(base: emulator.baseURL, key: "rk_test_reset").post("/api/v1/images/generations", Self.submit)
        #expect(emulator.requests().count == 1)
        emulator.reset()
        #expect(emulator.requests().isEmpty)
        #expect(emulator.account("rk_test_reset") == nil)
    }

    @Test("the typed session calls reach the rest of the state in-process, and stop() may be called twice")
    func otherControlCalls() async throws {
        let emulator = try Emulator.start(clock: .virtual)
        _ = emulator.session.setAccount("rk_test_1", credits: 0, revoked: nil)
        let refused = try await LiveClient(base: emulator.baseURL, key: "rk_test_1").post("/api/v1/images/generations", Self.submit)
        #expect(refused.status == 402)
        #expect(emulator.account("rk_test_1")?.credits == 0)
        emulator.stop()
        emulator.stop()
        #expect(RawHTTP.send("GET /_emulator/health HTTP/1.1\r\nHost: x\r\n\r\n", port: emulator.port).status == nil)
    }
}
