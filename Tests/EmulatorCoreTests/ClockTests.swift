import Locking
import Synchronization
import Testing
@testable import EmulatorCore

@Suite("Emulator clock")
struct ClockTests {
    @Test("a virtual clock stands still until advanced")
    func virtualClock() {
        let clock = EmulatorClock(mode: .virtual, start: Timestamp(unixSeconds: 1_000))
        #expect(clock.now() == Timestamp(unixSeconds: 1_000))
        clock.advance(byMilliseconds: 3_600_000)
        #expect(clock.now() == Timestamp(unixSeconds: 4_600))
    }

    @Test("a real clock runs time_scale times faster than the wall")
    func scaledRealClock() {
        let wall = Atomic<Int64>(10_000)
        let clock = EmulatorClock(mode: .real, timeScale: 60, start: Timestamp(milliseconds: 0)) { wall.load(ordering: .relaxed) }
        wall.store(11_000, ordering: .relaxed)  // one wall second
        #expect(clock.now() == Timestamp(milliseconds: 60_000))
    }

    @Test("advance runs due wake-ups in time order and leaves later ones pending")
    func wakeups() {
        let clock = EmulatorClock(mode: .virtual, start: Timestamp(milliseconds: 0))
        let fired = Locked<[Int]>([])
        clock.schedule(at: Timestamp(milliseconds: 300)) { fired.withLock { $0.append(3) } }
        clock.schedule(at: Timestamp(milliseconds: 100)) { fired.withLock { $0.append(1) } }
        clock.schedule(at: Timestamp(milliseconds: 5_000)) { fired.withLock { $0.append(5) } }
        clock.advance(byMilliseconds: 1_000)
        #expect(fired.withLock { $0 } == [1, 3])
        #expect(clock.pendingWakeups == 1)
        clock.fireAll()
        #expect(fired.withLock { $0 } == [1, 3, 5])
    }

    @Test("timestamps print as ISO 8601 UTC")
    func iso() {
        #expect(Timestamp(milliseconds: 1_735_000_000_123).iso8601 == "2024-12-24T00:26:40.123Z")
        #expect(Timestamp(milliseconds: 0).iso8601 == "1970-01-01T00:00:00.000Z")
    }
}

@Suite("Emulator clock limits")
struct ClockLimitTests {
    @Test("absurd speeds are clamped and huge advances capped instead of overflowing")
    func limits() {
        let clock = EmulatorClock(mode: .real, timeScale: 1e300, start: Timestamp(milliseconds: 0))
        #expect(clock.timeScale == EmulatorClock.timeScaleRange.upperBound)
        let virtual = EmulatorClock(mode: .virtual, start: Timestamp(milliseconds: 0))
        virtual.advance(byMilliseconds: .max)
        #expect(virtual.now() == Timestamp(milliseconds: EmulatorClock.maxAdvanceMilliseconds))
    }
}

@Suite("Emulator clock: closing")
struct ClockClosingTests {
    @Test("a closed clock runs pending wake-ups and every later one at once")
    func closedClockStrandsNothing() {
        let clock = EmulatorClock(mode: .virtual, start: Timestamp(unixSeconds: 0))
        let fired = Locked<[String]>([])
        clock.schedule(at: Timestamp(unixSeconds: 3600)) { fired.withLock { $0.append("pending") } }
        clock.close()
        #expect(fired.withLock { $0 } == ["pending"])
        // Scheduled after the close (a request racing with the end of its session): runs at once.
        clock.schedule(at: Timestamp(unixSeconds: 7200)) { fired.withLock { $0.append("late") } }
        #expect(fired.withLock { $0 } == ["pending", "late"])
        #expect(clock.pendingWakeups == 0)
    }
}

@Suite("Emulator clock scaling")
struct ClockScalingTests {
    @Test("wake-ups cost about the same each however many are pending: 4x as many take well under 10x as long")
    func manyWakeups() {
        /// Schedules `count` wake-ups in time order, fires them with one advance; the wall time.
        func run(_ count: Int) -> Duration {
            let clock = EmulatorClock(mode: .virtual, start: Timestamp(milliseconds: 0))
            let fired = Atomic<Int>(0)
            let started = ContinuousClock.now
            for i in 0..<count { clock.schedule(at: Timestamp(milliseconds: Int64(1 + i))) { fired.add(1, ordering: .relaxed) } }
            clock.advance(byMilliseconds: Int64(count) + 1)
            #expect(fired.load(ordering: .relaxed) == count)
            return ContinuousClock.now - started
        }
        _ = run(1_000)  // warm-up
        let small = run(5_000), large = run(20_000)
        // A sorted-array insert (the old list) made this quadratic: 16x for 4x the wake-ups.
        #expect(large < small * 10, "5,000 took \(small), 20,000 took \(large)")
    }

    @Test("a real clock's wake-ups fire when due, earliest first, from one timer")
    func realWakeupsInOrder() async throws {
        let clock = EmulatorClock(mode: .real, timeScale: 10)
        let order = Locked<[Int]>([])
        let now = clock.now()
        for (i, delay) in [(3, 900), (1, 300), (2, 600)] { clock.schedule(at: now.adding(milliseconds: Int64(delay))) { order.withLock { $0.append(i) } } }
        for _ in 0..<100 where order.withLock({ $0.count }) < 3 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(order.withLock { $0 } == [1, 2, 3])
    }
}
