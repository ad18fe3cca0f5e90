@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Small edges found by attacking the emulator (issue 23, item 8): each answer agrees with
/// the state it reports on.
@Suite("Hardening edges")
struct HardeningEdgesTests {
    @Test("at the 10^15 balance cap an advance reports the refund the ledger booked: 0")
    func refundAtTheCap() throws {
        let emu = try EmulatorHarness("rules: [{match: {model: z-image}, fail: {code: 80003, after: 10s}}]")
        let id = try emu.accepted(#"{"model": "z-image", "prompt": "a fox"}"#)
        #expect(emu.control("PUT", "/_emulator/accounts/\(emu.key)", #"{"credits": 1000000000000000}"#).status == 200)
        let advance = emu.advance(seconds: 60)
        let failed = try #require(advance.json?["changes"]?.arrayValue?.first { $0["task_id"] == .string(id) && $0["event"] == "failed" })
        #expect(failed["refunded"] == 0)
        let ledger = try #require(try emu.account()["ledger"]?.arrayValue)
        #expect(ledger.last?["reason"] == "refund")
        #expect(ledger.last?["amount"] == 0)
        #expect(emu.credits() == 1_000_000_000_000_000)
    }

    @Test("a sessions cursor that names no open session is 400, not a listing from the start")
    func badSessionsCursor() throws {
        let emu = try EmulatorHarness()
        for _ in 0..<3 { #expect(emu.control("POST", "/_emulator/sessions", "{}").status == 201) }
        let first = emu.control("GET", "/_emulator/sessions?limit=2")
        let next = try #require(first.json?["next"]?.stringValue)
        #expect(emu.control("GET", "/_emulator/sessions?cursor=\(next)").json?["count"] == 1)
        let bad = emu.control("GET", "/_emulator/sessions?cursor=ses_nothing")
        #expect(bad.status == 400)
        #expect(bad.errorMessage == "cursor must be the \"next\" value of a previous page, a session still open (got \"ses_nothing\")")
    }
}
