@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Where the bounded engine meets webhooks and checked credits: a forgotten task takes its
/// webhook plan and attempts with it, an advance counts its webhook attempts with its changes,
/// and a bounded ledger still books within the credit bounds (docs/limits.md).
@Suite("Bounds with callbacks and credit bounds")
struct BoundsWithCallbacksTests {
    static let submit = #"{"model":"imagen4","prompt":"A photorealistic bowl of ramen","callback_url":"http://127.0.0.1:9/hook"}"#

    @Test("a task evicted under --max-tasks leaves no webhook plan or attempt behind")
    func evictionDropsCallbacks() throws {
        let emu = try EmulatorHarness(provider: .apiinone) { $0.limits.maxTasks = 1 }
        let first = try emu.accepted(Self.submit)
        emu.advance(seconds: 600)
        #expect(emu.callbacks.sent.map(\.taskID) == [first])
        let kept = emu.app.defaultSession.state.withLock { ($0.callbacks.plans[first] != nil, $0.callbacks.attempts[first]?.count) }
        #expect(kept.0 && kept.1 == 1, "delivered and kept while the task is")

        let second = try emu.accepted(Self.submit)
        let gone = emu.app.defaultSession.state.withLock { s in
            (s.tasks[first] == nil, s.callbacks.plans[first] == nil, s.callbacks.attempts[first] == nil, s.callbacks.pending(first) == nil)
        }
        #expect(gone == (true, true, true, true))
        #expect(emu.poll(first).status == 404)
        emu.advance(seconds: 600)
        #expect(emu.callbacks.sent.map(\.taskID) == [first, second], "the new task's delivery is unaffected")
    }

    @Test("an advance's count covers its task changes and its webhook attempts")
    func advanceCountsCallbacks() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        _ = try emu.accepted(Self.submit)
        _ = try emu.accepted(Self.submit)
        let advance = try #require(emu.advance(seconds: 600).json)
        let events = advance["changes"]?.arrayValue?.compactMap { $0["event"]?.stringValue } ?? []
        #expect(events.filter { $0 == "completed" }.count == 2)
        #expect(events.filter { $0 == "callback" }.count == 2)
        #expect(advance["count"] == 4)
        #expect(advance["truncated"] == false)
    }

    @Test("a bounded ledger books what moved within 0…10^15 and counts what fell off")
    func boundedCheckedLedger() throws {
        let emu = try EmulatorHarness { $0.limits.ledgerCapacity = 2 }
        let session = emu.app.defaultSession
        _ = session.setAccount("rk_bounded", credits: 10, revoked: nil)
        _ = session.setAccount("rk_bounded", credits: 20, revoked: nil)
        let account = session.setAccount("rk_bounded", credits: Int.max, revoked: nil)
        #expect(account.credits == 1_000_000_000_000_000)
        #expect(account.ledger.map(\.amount) == [10, 1_000_000_000_000_000 - 20])
        #expect(account.droppedEntries == 1)
    }
}
