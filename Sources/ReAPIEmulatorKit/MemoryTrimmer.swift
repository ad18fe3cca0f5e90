import EmulatorCore
import Locking
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands memory back to the system after many tasks were forgotten. glibc keeps one heap
/// per thread; a task allocated by one worker thread and forgotten by another leaves its
/// pages with the first, so without a trim the RSS creeps up a little with every batch that
/// is stored and forgotten (bench/memory.sh: 115 → 152 → 162 MiB over three batches of
/// 200,000 with two threads). A thread wakes every `interval` and, when at least `threshold`
/// tasks were forgotten since the last look, calls `malloc_trim(0)` (a few milliseconds).
final class MemoryTrimmer: Sendable {
    private let stopped = Atomic<Bool>(false)

    init(app: EmulatorApp, interval: Duration = .seconds(2), threshold: Int = 10_000) {
        let trim = Self.mallocTrim
        DetachedThread.start(name: "reapi-memory-trim") { [self] in
            var seen = app.forgottenTaskCount
            while !self.stopped.load(ordering: .relaxed) {
                var pause = timespec(tv_sec: Int(interval.components.seconds),
                                     tv_nsec: Int(interval.components.attoseconds / 1_000_000_000))
                var remaining = timespec()
                while nanosleep(&pause, &remaining) == -1, errno == EINTR { pause = remaining }
                let now = app.forgottenTaskCount
                guard now - seen >= threshold else { continue }
                seen = now
                _ = trim?(0)
            }
        }
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// glibc's `malloc_trim`, looked up at run time (the Swift Glibc module does not export
    /// it; another C library simply has none and nothing is trimmed).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
