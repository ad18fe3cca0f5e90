#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The one deadline both plain-socket clients (`HealthProbe`, `PlainHTTPPost`) wait with.
enum SocketWait {
    /// Polls `fd` for `events` until `deadline`; true when it is ready, false on timeout or error.
    static func ready(_ fd: Int32, events: Int16, until deadline: Date) -> Bool {
        while true {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var p = pollfd(fd: fd, events: events, revents: 0)
            let r = poll(&p, 1, remaining)
            if r > 0 { return true }
            if r == 0 || errno != EINTR { return false }
        }
    }
}
