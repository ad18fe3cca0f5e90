#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value guarded by a pthread mutex: `withLock` is the only way to reach it.
///
/// Why not `Synchronization.Mutex`: on Linux a contended `Mutex` hands the lock over inside the
/// kernel (a priority-inheritance futex), where the thread sanitizer cannot see it, so TSan
/// reports every piece of state a `Mutex` guards as a data race and a real race would drown in
/// them. A pthread mutex is intercepted by TSan, so `scripts/sanitize.sh thread` reports only
/// real races. The cost is the same (an uncontended lock is one atomic either way).
public final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        #if canImport(Glibc)
        // Adaptive: a contended lock spins a little before it sleeps in the kernel. The locks
        // here are held for a few hundred nanoseconds, and sleeping costs two context switches.
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        #endif
        let status = pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value while holding the lock. Not reentrant: calling `withLock` on the
    /// same instance from inside `body` deadlocks, as with `Mutex`.
    @inline(__always)
    public func withLock<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        LockCount.noteAcquisition()
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
