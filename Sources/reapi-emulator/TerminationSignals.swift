#if canImport(Glibc)
import Glibc
#endif

/// Posted by the SIGTERM/SIGINT handler; `sem_post` is async-signal-safe (POSIX), and the
/// main thread sleeps in `sem_wait` instead of waking up to poll.
/// nonisolated(unsafe): the pointer never changes after initialisation, and the semaphore
/// it points to is itself thread- and signal-safe.
nonisolated(unsafe) private let terminationSemaphore: UnsafeMutablePointer<sem_t> = {
    let semaphore = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)
    sem_init(semaphore, 0, 0)
    return semaphore
}()

/// SIGTERM and SIGINT ask the server to stop gracefully.
///
/// A plain handler (not a dispatch source) so the signal is caught whatever the parent
/// left us: a parent that ignores SIGINT (as CI runners and `nohup` do) passes that
/// disposition on through exec, and a signal-fd based source would then never see it.
enum TerminationSignals {
    static func install() {
        _ = terminationSemaphore  // initialise the global outside the handler
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGTERM, SIGINT] {
            signal(sig) { _ in _ = sem_post(terminationSemaphore) }
            sigaddset(&set, sig)
        }
        // A blocked mask is inherited through exec too; threads started later inherit ours.
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Wakes `wait()` as a signal would (a failure that ends the command).
    static func post() { _ = sem_post(terminationSemaphore) }

    /// Returns once SIGTERM or SIGINT has arrived.
    static func wait() {
        while sem_wait(terminationSemaphore) != 0 && errno == EINTR {}
    }
}
