#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Counts the `Locked` acquisitions one thread makes while it runs a body: how tests check
/// that a request takes the locks it should (issue 21: at most 3 for a submit or a poll).
///
/// Off, it costs each `withLock` one relaxed atomic load. The count is per thread, so tests
/// running at the same time on other threads do not disturb it.
public enum LockCount {
    /// Threads measuring right now; while 0 nothing is counted.
    private static let measuring = Atomic<Int>(0)
    /// Per thread: 0 when not measuring, else 1 + the acquisitions so far.
    private static let slot: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "pthread_key_create failed")
        return key
    }()

    @inline(__always)
    static func noteAcquisition() {
        guard measuring.load(ordering: .relaxed) > 0 else { return }
        bump()
    }

    private static func bump() {
        let value = Int(bitPattern: pthread_getspecific(slot))
        guard value > 0 else { return }
        pthread_setspecific(slot, UnsafeRawPointer(bitPattern: value + 1))
    }

    /// Runs `body` on this thread and returns its result with the locks it acquired.
    public static func measure<R>(_ body: () throws -> R) rethrows -> (result: R, locks: Int) {
        measuring.add(1, ordering: .relaxed)
        pthread_setspecific(slot, UnsafeRawPointer(bitPattern: 1))
        defer {
            pthread_setspecific(slot, nil)
            measuring.subtract(1, ordering: .relaxed)
        }
        let result = try body()
        return (result, Int(bitPattern: pthread_getspecific(slot)) - 1)
    }
}
