import ReAPIEmulatorTesting
import Testing
@testable import EmulatorCore

/// `Retry-After` in the wall seconds a client waits, and `Date` on the emulator's clock
/// (issue 10 #15).
@Suite("Clock-derived HTTP headers")
struct ClockHeadersTests {
    static let zImage = #"{"model":"z-image","prompt":"p"}"#

    @Test("under time_scale 20 a one-minute rate-limit window is Retry-After: 3 (wall seconds)")
    func retryAfterScaled() throws {
        let emu = try EmulatorHarness("time_scale: 20\nrate_limit: {requests_per_minute: 1}\n", clock: .real)
        #expect(emu.submit(Self.zImage).status == 200)
        let limited = emu.submit(Self.zImage)
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "3")
    }

    @Test("on a virtual clock Retry-After stays in emulated seconds (the test advances the clock)")
    func retryAfterVirtual() throws {
        let emu = try EmulatorHarness("rate_limit: {requests_per_minute: 1}\n", clock: .virtual)
        #expect(emu.submit(Self.zImage).status == 200)
        #expect(emu.submit(Self.zImage).header("Retry-After") == "60")
    }

    @Test("Date follows the session's clock, in IMF-fixdate form, on every answer")
    func dateHeader() throws {
        let emu = try EmulatorHarness("start_time: 2030-01-01T00:00:00Z\n", clock: .virtual)
        #expect(emu.submit(Self.zImage).header("Date") == "Tue, 01 Jan 2030 00:00:00 GMT")
        _ = emu.advance(seconds: 86_400 + 3_661)
        #expect(emu.control("GET", "/_emulator/health").header("Date") == "Wed, 02 Jan 2030 01:01:01 GMT")
        #expect(emu.poll("task_missing").header("Date") == "Wed, 02 Jan 2030 01:01:01 GMT")
    }
}
