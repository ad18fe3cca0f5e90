import Dispatch
@testable import EmulatorCore
import Locking
import ReAPIEmulatorTesting
import Testing

/// A clock advance books what fell due in slices, with the session's lock free between them:
/// a request to the session gets in during a long settlement (it used to wait for all of it:
/// 1M tasks held the lock 5–6 s), and what it sees is consistent.
@Suite("Clock advances settle in slices")
struct SettlementSlicesTests {
    @Test("1,000 tasks settled 100 at a time: another thread's request gets in between slices, sees the clock part way and every failure refunded")
    func requestsGetInBetweenSlices() throws {
        // Every third z-image task fails, so refunds are booked on the way.
        let emu = try EmulatorHarness("rules:\n  - {match: {prompt_contains: fails}, fail: {code: 80003}}\n")
        for i in 0..<1_000 {
            _ = try emu.accepted(#"{"model":"z-image","prompt":"\#(i % 3 == 0 ? "fails" : "works") \#(i)"}"#)
        }
        let session = emu.app.defaultSession
        let start = session.clock.now()
        let target = try session.reserveAdvance(milliseconds: 60_000).get()
        var slices = 0
        var seen: [(processing: Int, clock: Timestamp)] = []
        let (_, count) = session.settleInSlices(to: target, sliceSize: 100, keeping: 0) {
            slices += 1
            // A request from another thread: it gets the lock while the advance is between slices.
            let answered = DispatchSemaphore(value: 0)
            let result = Locked<(Int, Timestamp, Bool)?>(nil)
            DispatchQueue.global().async {
                let page = session.tasks(limit: 1_000)
                let failed = page.tasks.filter { $0.status(at: page.now) == .failed }
                let refunded = failed.allSatisfy { $0.refundedAt != nil }
                result.withLock { $0 = (page.tasks.filter { $0.status(at: page.now) == .processing }.count, page.now, refunded) }
                answered.signal()
            }
            #expect(answered.wait(timeout: .now() + 10) == .success, "the request got in between slices")
            if let (processing, clock, refunded) = result.withLock({ $0 }) {
                #expect(refunded, "no failed task without its refund")
                seen.append((processing, clock))
            }
        }
        #expect(count == 1_000)
        #expect(slices >= 9, "1,000 settlements in slices of 100")
        #expect(seen.first.map { $0.processing > 0 && $0.clock > start && $0.clock < target } == true,
                "the first request saw the clock part way and tasks still processing: it did not settle everything itself")
        #expect(seen.map(\.processing) == seen.map(\.processing).sorted(by: >), "each slice settles more")
        #expect(session.clock.now() == target)
    }

    @Test("an advance accepted while another still moves the clock adds to it, and an instant is never split")
    func reservationsAdd() throws {
        let emu = try EmulatorHarness()
        let session = emu.app.defaultSession
        let now = session.clock.now()
        let first = try session.reserveAdvance(milliseconds: 1_000).get()
        let second = try session.reserveAdvance(milliseconds: 500).get()
        #expect(first == now.adding(milliseconds: 1_000))
        #expect(second == now.adding(milliseconds: 1_500))
        var queue = SettlementQueue()
        for i in 0..<5 { queue.push(now.adding(milliseconds: 10), "t\(i)", .completed) }
        queue.push(now.adding(milliseconds: 20), "late", .completed)
        #expect(queue.sliceEnd(atMost: 2, through: now.adding(milliseconds: 100)) == now.adding(milliseconds: 10))
        #expect(queue.count == 6, "nothing removed")
        #expect(queue.sliceEnd(atMost: 10, through: now.adding(milliseconds: 100)) == now.adding(milliseconds: 100))
    }
}
