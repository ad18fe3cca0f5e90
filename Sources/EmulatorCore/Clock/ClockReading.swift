import Synchronization

/// The clock's mode, speed and anchor, readable without a lock: every request reads the time,
/// and the clock's lock is left to the few that move it or schedule wake-ups.
///
/// A sequence lock: the one writer (the clock, under its own lock) makes `version` odd, writes
/// the fields and makes it even again; a reader retries while it is odd or changed under it.
/// Each field is an atomic, so no read is a data race even when it is retried.
final class ClockReading: Sendable {
    struct Values: Equatable {
        var mode: EmulatorClock.Mode
        var timeScale: Double
        var anchorEmulated: Int64
        var anchorWall: Int64
    }

    private let version = Atomic<UInt64>(0)
    private let virtual = Atomic<Bool>(false)
    private let scaleBits = Atomic<UInt64>(0)
    private let anchorEmulated = Atomic<Int64>(0)
    private let anchorWall = Atomic<Int64>(0)

    init(_ values: Values) { publish(values) }

    /// Called only with the clock's lock held (one writer at a time).
    func publish(_ values: Values) {
        let v = version.load(ordering: .relaxed)
        version.store(v &+ 1, ordering: .relaxed)
        atomicMemoryFence(ordering: .releasing)
        virtual.store(values.mode == .virtual, ordering: .relaxed)
        scaleBits.store(values.timeScale.bitPattern, ordering: .relaxed)
        anchorEmulated.store(values.anchorEmulated, ordering: .relaxed)
        anchorWall.store(values.anchorWall, ordering: .relaxed)
        version.store(v &+ 2, ordering: .releasing)
    }

    /// A consistent copy of the last values published.
    func read() -> Values {
        while true {
            let before = version.load(ordering: .acquiring)
            if before & 1 == 1 { continue }
            let values = Values(mode: virtual.load(ordering: .relaxed) ? .virtual : .real,
                                timeScale: Double(bitPattern: scaleBits.load(ordering: .relaxed)),
                                anchorEmulated: anchorEmulated.load(ordering: .relaxed),
                                anchorWall: anchorWall.load(ordering: .relaxed))
            atomicMemoryFence(ordering: .acquiring)
            if version.load(ordering: .relaxed) == before { return values }
        }
    }
}
