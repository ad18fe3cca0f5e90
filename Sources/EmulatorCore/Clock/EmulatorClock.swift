#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Locking

/// The one clock that drives everything: task transitions, URL expiry, rate-limit windows,
/// refunds, timestamps in bodies and held latencies.
///
/// - `real`: wall time, optionally sped up by `timeScale` (60 = one emulated hour a minute).
/// - `virtual`: frozen until `advance(by:)` moves it.
/// Both modes can be advanced; in real mode an advance adds a fixed offset.
/// Wake-ups (`schedule`) fire when the clock reaches them: from a timer in real mode, and
/// synchronously inside `advance` for anything that fell due.
public final class EmulatorClock: Sendable {
    public enum Mode: String, Sendable, CaseIterable, Codable { case real, virtual }

    private struct State {
        var mode: Mode
        var timeScale: Double
        /// Emulated time at `anchorWall`.
        var anchorEmulated: Int64
        /// Wall time (ms) when the anchor was set.
        var anchorWall: Int64
        var wakeups = WakeupQueue<@Sendable () -> Void>()
        /// Wall time (ms) of the earliest timer armed and not yet fired (real mode): one
        /// timer serves every wake-up, re-armed for the next when it fires.
        var armedWall: Int64?
        /// That timer: one source per clock, rescheduled rather than one timer per wake-up.
        var timer: DispatchSourceTimer?
        /// After `close()`, every wake-up runs at once: nothing may wait on a clock nobody moves.
        var closed = false
    }

    private let state: Locked<State>
    /// Mode, speed and anchor as last set, for `now()` without the lock.
    private let reading: ClockReading
    /// Supplies wall time in ms; injectable so tests of real mode need not sleep.
    private let wallClock: @Sendable () -> Int64

    /// Speeds outside this range are clamped (the arithmetic stays far from Int64's limits).
    public static let timeScaleRange: ClosedRange<Double> = 0.001...1_000_000
    /// How messages, the linter and the CLI name the range: `from 0.001 to 1000000`.
    public static let timeScaleRangeText = "from \(timeScaleRange.lowerBound) to \(Int(timeScaleRange.upperBound))"
    /// The most one `advance` moves the clock: 100 years.
    public static let maxAdvanceMilliseconds: Int64 = 100 * 365 * 86_400_000

    static func clamped(_ scale: Double) -> Double {
        scale.isFinite ? min(max(scale, timeScaleRange.lowerBound), timeScaleRange.upperBound) : 1
    }

    public init(mode: Mode, timeScale: Double = 1, start: Timestamp? = nil,
                wallClock: @escaping @Sendable () -> Int64 = EmulatorClock.systemMilliseconds) {
        self.wallClock = wallClock
        let wall = wallClock()
        let initial = State(mode: mode, timeScale: Self.clamped(timeScale),
                            anchorEmulated: Self.inRange(start?.milliseconds ?? wall), anchorWall: wall)
        state = Locked(initial)
        reading = ClockReading(Self.values(of: initial))
    }

    private static func values(of s: State) -> ClockReading.Values {
        ClockReading.Values(mode: s.mode, timeScale: s.timeScale, anchorEmulated: s.anchorEmulated, anchorWall: s.anchorWall)
    }

    public static let systemMilliseconds: @Sendable () -> Int64 = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    public var mode: Mode { reading.read().mode }
    public var timeScale: Double { reading.read().timeScale }

    /// The time now; takes no lock.
    public func now() -> Timestamp {
        let values = reading.read()
        return Self.now(mode: values.mode, timeScale: values.timeScale, anchorEmulated: values.anchorEmulated,
                        anchorWall: values.anchorWall, wall: values.mode == .virtual ? 0 : wallClock())
    }

    private static func now(in s: State, wall: Int64) -> Timestamp {
        now(mode: s.mode, timeScale: s.timeScale, anchorEmulated: s.anchorEmulated, anchorWall: s.anchorWall, wall: wall)
    }

    private static func now(mode: Mode, timeScale: Double, anchorEmulated: Int64, anchorWall: Int64, wall: Int64) -> Timestamp {
        switch mode {
        case .virtual: return Timestamp(milliseconds: anchorEmulated)
        case .real: return Timestamp(milliseconds: inRange(anchorEmulated, plus: (Double(wall) - Double(anchorWall)) * timeScale))
        }
    }

    /// Moves the clock forward and runs, in time order, every wake-up that fell due.
    /// Returns the new time.
    /// Stops at `latest`; `advanceWithinRange` refuses instead.
    @discardableResult
    public func advance(byMilliseconds delta: Int64) -> Timestamp {
        // With `clampToRange` the move always happens.
        (try? move(byMilliseconds: delta, clampToRange: true).get()) ?? now()
    }

    /// Like `advance`, but refuses (and does not move) when the clock would pass `latest`.
    public func advanceWithinRange(byMilliseconds delta: Int64) -> Result<Timestamp, ClockRangeError> {
        move(byMilliseconds: delta, clampToRange: false)
    }

    private func move(byMilliseconds delta: Int64, clampToRange: Bool) -> Result<Timestamp, ClockRangeError> {
        let wall = wallClock()
        let moved = state.withLock { s -> Result<Timestamp, ClockRangeError> in
            let current = Self.now(in: s, wall: wall)
            let step = min(max(0, delta), Self.maxAdvanceMilliseconds)
            guard clampToRange || step <= Self.latest.milliseconds - current.milliseconds else {
                return .failure(ClockRangeError(now: current, requestedMilliseconds: step))
            }
            s.anchorEmulated = Self.inRange(current.milliseconds, plus: Double(step))
            s.anchorWall = wall
            reading.publish(Self.values(of: s))
            return .success(Timestamp(milliseconds: s.anchorEmulated))
        }
        fireDue()
        return moved
    }

    /// Puts the clock back to `start` with a new mode and scale (scenario load, reset).
    /// Pending wake-ups stay pending and fire when their time comes again.
    public func reset(mode: Mode, timeScale: Double, start: Timestamp?) {
        let wall = wallClock()
        state.withLock { s in
            s.mode = mode
            s.timeScale = Self.clamped(timeScale)
            s.anchorEmulated = Self.inRange(start?.milliseconds ?? wall)
            s.anchorWall = wall
            reading.publish(Self.values(of: s))
        }
        fireDue()
    }

    /// Runs `action` once the clock reaches `due` (at once if it already has).
    public func schedule(at due: Timestamp, _ action: @escaping @Sendable () -> Void) {
        let wall = wallClock()
        let fireNow = state.withLock { s -> Bool in
            if due <= Self.now(in: s, wall: wall) || s.closed { return true }
            s.wakeups.push(due, action)
            return false
        }
        if fireNow { action(); return }
        armTimer()
    }

    /// Real mode: makes sure the clock's one wall timer is armed for the earliest wake-up.
    /// It is only ever moved earlier here; when it fires it re-arms for the next one.
    private func armTimer() {
        let wall = wallClock()
        state.withLock { s in
            guard s.mode == .real, let earliest = s.wakeups.earliest else { return }
            let current = Self.now(in: s, wall: wall)
            // In Double, clamped before the conversion: a far wake-up on a slow clock must not trap.
            let waitMs = ((Double(earliest.milliseconds) - Double(current.milliseconds)) / s.timeScale).rounded(.up)
            let wait = Int64(max(0, min(waitMs, Double(Int32.max))))
            if let armed = s.armedWall, armed <= wall + wait { return }
            s.armedWall = wall + wait
            if s.timer == nil {
                let timer = DispatchSource.makeTimerSource(queue: .global())
                timer.setEventHandler { [weak self] in
                    guard let self else { return }
                    self.state.withLock { $0.armedWall = nil }
                    self.fireDue()
                }
                timer.resume()
                s.timer = timer
            }
            // An explicit 1 ms leeway: dispatch's default for a deadline is a tenth of the wait
            // (a 2 s hold would be answered up to 200 ms late).
            s.timer?.schedule(deadline: .now() + .milliseconds(Int(min(wait, Int64(Int32.max)))), leeway: .milliseconds(1))
        }
    }

    /// Runs every pending wake-up now and every later one at once (the session ended or the
    /// emulator stops): a wake-up scheduled while the clock closes cannot be stranded.
    public func close() {
        state.withLock { $0.closed = true }
        fireAll()
    }

    deinit { state.withLock { $0.timer?.cancel() } }

    /// Runs every pending wake-up now, whatever its time (used when stopping).
    public func fireAll() {
        let all = state.withLock { $0.wakeups.drain() }
        for action in all { action() }
    }

    public var pendingWakeups: Int { state.withLock { $0.wakeups.count } }

    /// Runs the wake-ups whose time has come, earliest first, outside the lock.
    public func fireDue() {
        let wall = wallClock()
        let due = state.withLock { s in s.wakeups.popDue(Self.now(in: s, wall: wall)) }
        for action in due { action() }
        armTimer()
    }
}
