#if canImport(Glibc)
import Glibc
#endif

/// The one deadline both plain-socket clients (`HealthProbe`, `PlainHTTPPost`) wait with: an
/// instant of the monotonic clock, which a change of the system time cannot move.
enum SocketWait {
    typealias Deadline = ContinuousClock.Instant

    /// The instant `milliseconds` from now.
    static func deadline(in milliseconds: Int64) -> Deadline { .now + .milliseconds(milliseconds) }

    /// Polls `fd` for `events` until `deadline`; true when it is ready, false on timeout or error.
    static func ready(_ fd: Int32, events: Int16, until deadline: Deadline) -> Bool {
        while true {
            let left = (deadline - .now).components
            let remaining = Int32(clamping: max(0, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
            var p = pollfd(fd: fd, events: events, revents: 0)
            let r = poll(&p, 1, remaining)
            if r > 0 { return true }
            if r == 0 || errno != EINTR { return false }
        }
    }
}
