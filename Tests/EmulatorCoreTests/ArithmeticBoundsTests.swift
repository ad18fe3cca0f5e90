import Synchronization
import Testing
@testable import EmulatorCore
import ReAPIEmulatorTesting

/// Regression tests for client values that used to overflow Int64 and kill the process:
/// a balance set to Int.max then refunded, and a clock advanced again and again.
@Suite("Arithmetic bounds: balances and the clock never overflow")
struct ArithmeticBoundsTests {
    let zImage = #"{"model": "z-image", "prompt": "a red fox"}"#
    /// The bound the scenario format documents for `credits` (docs/scenarios.md): 10^15.
    let maxCredits = 1_000_000_000_000_000
    /// 9999-12-31T23:59:59.999Z in Unix milliseconds: the last instant the clock shows.
    let latestMilliseconds: Int64 = 253_402_300_799_999

    @Test("PUT credits above 10^15 is 400 20003 and names the bound; the refund that crashed the server is booked")
    func balanceAboveBoundIsRefused() throws {
        let h = try EmulatorHarness("rules:\n  - match: {model: z-image}\n    fail: {code: 80003, after: 10s}\n")
        #expect(h.submit(zImage).status == 200)
        // The issue's sequence: a charged task, the balance set to Int64.max, then the refund.
        let refused = h.control("PUT", "/_emulator/accounts/rk_test_key", #"{"credits": 9223372036854775807}"#)
        #expect(refused.status == 400)
        #expect(refused.errorCode == 20003)
        #expect(refused.errorMessage?.contains("1000000000000000") == true)
        #expect(h.advance(seconds: 60).status == 200)
        #expect(h.credits() == 1_000_000)
        #expect(h.control("PUT", "/_emulator/accounts/rk_test_key", #"{"credits": 1000000000000001}"#).status == 400)
        #expect(h.control("PUT", "/_emulator/accounts/rk_test_key", #"{"credits": 1e300}"#).status == 400)
        // The largest allowed balance, then a refund: the balance stays at the bound and the
        // ledger records what moved.
        #expect(h.submit(zImage).status == 200)
        #expect(h.control("PUT", "/_emulator/accounts/rk_test_key", #"{"credits": 1000000000000000}"#).status == 200)
        #expect(h.advance(seconds: 60).status == 200)
        let account = try #require(h.control("GET", "/_emulator/accounts/rk_test_key").json)
        #expect(account["credits"]?.intValue == maxCredits)
        let amounts = account["ledger"]?.arrayValue?.compactMap { $0["amount"]?.intValue } ?? []
        #expect(1_000_000 + amounts.reduce(0, +) == maxCredits)
    }

    @Test("a balance given in Swift above the bound is held at the bound; booking past it saturates")
    func accountBalanceIsClamped() {
        var account = Account(key: "rk", credits: .max)
        #expect(account.credits == maxCredits)
        account.book(Int.max, .refund, taskID: "t", at: Timestamp(milliseconds: 0))
        #expect(account.credits == maxCredits)
        #expect(account.ledger.last?.amount == 0)
        account.book(Int.min, .adjustment, taskID: nil, at: Timestamp(milliseconds: 0))
        #expect(account.credits == 0)
        #expect(account.ledger.last?.amount == -maxCredits)
    }

    @Test("clock/advance past 9999-12-31 is 400 with the bound; the clock stops at it instead of trapping")
    func clockAdvancePastTheEndIsRefused() throws {
        let h = try EmulatorHarness("start_time: 9999-06-01T00:00:00Z\n")
        let refused = h.control("POST", "/_emulator/clock/advance", #"{"seconds": 3153600000}"#)
        #expect(refused.status == 400)
        #expect(refused.errorCode == 20003)
        // Word for word as docs/control-api.md quotes it.
        #expect(refused.errorMessage == "the clock cannot pass 9999-12-31T23:59:59.999Z (its last instant); it is "
            + "9999-06-01T00:00:00.000Z, so it can advance at most 18489599999 ms, not 3153600000000")
        #expect(h.now.milliseconds < latestMilliseconds)
        // Up to the last instant is fine, one millisecond more is not.
        let remaining = latestMilliseconds - h.now.milliseconds
        #expect(h.control("POST", "/_emulator/clock/advance", #"{"milliseconds": \#(remaining)}"#).status == 200)
        #expect(h.now.milliseconds == latestMilliseconds)
        #expect(h.control("POST", "/_emulator/clock/advance", #"{"milliseconds": 1}"#).status == 400)
        #expect(h.control("POST", "/_emulator/clock/advance", #"{"seconds": 0}"#).status == 200)
    }

    @Test("the repeated advances of the issue (3153600000 s each) end in 400s, never in a trap")
    func repeatedAdvancesStopAtTheBound() throws {
        let h = try EmulatorHarness()
        var refusedAt: Int?
        for call in 1...200 {
            let response = h.control("POST", "/_emulator/clock/advance", #"{"seconds": 3153600000}"#)
            if response.status == 400 { refusedAt = call; break }
            #expect(response.status == 200)
        }
        // 2025 + 100 years a call reaches 9999 after about 80 calls.
        let refused = try #require(refusedAt)
        #expect((70...90).contains(refused))
        #expect(h.now.milliseconds <= latestMilliseconds)
    }

    @Test("the Swift clock API saturates at the bound; a real clock at the largest speed stops at it")
    func clockSaturates() {
        let clock = EmulatorClock(mode: .virtual, start: Timestamp(milliseconds: latestMilliseconds - 10))
        for _ in 0..<5 { clock.advance(byMilliseconds: .max) }
        #expect(clock.now().milliseconds == latestMilliseconds)
        let wall = ManualWall()
        let real = EmulatorClock(mode: .real, timeScale: 1_000_000, start: Timestamp(milliseconds: 0), wallClock: { wall.milliseconds.load(ordering: .relaxed) })
        wall.milliseconds.store(Int64.max / 2, ordering: .relaxed)
        #expect(real.now().milliseconds == latestMilliseconds)
        real.schedule(at: Timestamp(milliseconds: .max)) {}
        #expect(real.pendingWakeups == 1)
    }

    @Test("timestamp arithmetic saturates instead of trapping")
    func timestampSaturates() {
        #expect(Timestamp(milliseconds: .max).adding(milliseconds: 1).milliseconds == .max)
        #expect(Timestamp(milliseconds: .min).adding(milliseconds: -1).milliseconds == .min)
        #expect(Timestamp(milliseconds: 0).adding(seconds: .max).milliseconds == .max)
        #expect(Timestamp(unixSeconds: .max).milliseconds == .max)
        #expect(Timestamp(unixSeconds: .min).milliseconds == .min)
    }
}

/// A wall clock a test moves by hand.
final class ManualWall: Sendable {
    let milliseconds = Atomic<Int64>(0)
}
