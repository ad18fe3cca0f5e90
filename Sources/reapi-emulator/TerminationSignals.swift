#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Set by the SIGTERM/SIGINT handler; an atomic store is async-signal-safe.
private let terminationRequested = Atomic<Bool>(false)

/// SIGTERM and SIGINT ask the server to stop gracefully.
///
/// A plain handler (not a dispatch source) so the signal is caught whatever the parent
/// left us: a parent that ignores SIGINT (as CI runners and `nohup` do) passes that
/// disposition on through exec, and a signal-fd based source would then never see it.
enum TerminationSignals {
    static func install() {
        _ = terminationRequested.load(ordering: .relaxed)  // initialise the global outside the handler
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGTERM, SIGINT] {
            signal(sig) { _ in terminationRequested.store(true, ordering: .relaxed) }
            sigaddset(&set, sig)
        }
        // A blocked mask is inherited through exec too; threads started later inherit ours.
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Returns once SIGTERM or SIGINT has arrived.
    static func wait() {
        while !terminationRequested.load(ordering: .relaxed) { usleep(10_000) }
    }
}
