import CMicroHTTPD
import Locking
import Synchronization

/// Every open TCP connection, with its socket and what it is doing, so that the reaper can
/// close a connection that is too slow to deliver a request and shed idle ones when the
/// listener is full. libmicrohttpd's own timeout restarts on every byte, so a client sending
/// one byte a second would keep a connection forever; the wall-clock cap here does not.
///
/// MHD reports a connection closed (NOTIFY_CONNECTION, CLOSED) before it closes the socket,
/// and the entry goes under the same lock the reaper holds while it shuts a socket down:
/// the reaper never touches a descriptor that was closed and perhaps reused.
final class ConnectionRegistry: Sendable {
    enum Phase: Sendable {
        /// Waiting for (or reading) a request: a new connection or an idle keep-alive one.
        case reading
        /// A request is being handled or its answer sent.
        case answering
        /// Suspended on a held answer.
        case held
        /// Shut down by the reaper; MHD will report it closed.
        case closing
    }

    private struct Entry {
        let fd: Int32
        /// Both ports of the connection, checked again before a shutdown (belt and braces
        /// against a descriptor number reused by another socket of the process).
        let identity: UInt32
        var phase: Phase
        /// Monotonic ms when the phase began.
        var since: Int64
    }

    private let entries = Locked<[UInt: Entry]>([:])
    private let openCount = Atomic<Int>(0)

    /// Connections open now.
    var count: Int { openCount.load(ordering: .relaxed) }

    func opened(_ connection: OpaquePointer, fd: Int32) {
        let now = cmhd_monotonic_ms()
        let identity = cmhd_socket_identity(fd)
        entries.withLock { $0[Self.key(connection)] = Entry(fd: fd, identity: identity, phase: .reading, since: now) }
        openCount.add(1, ordering: .relaxed)
    }

    func closed(_ connection: OpaquePointer) {
        let removed = entries.withLock { $0.removeValue(forKey: Self.key(connection)) }
        if removed != nil { openCount.subtract(1, ordering: .relaxed) }
    }

    /// Records what the connection does from now on.
    func enter(_ phase: Phase, _ connection: OpaquePointer) {
        let now = cmhd_monotonic_ms()
        entries.withLock { entries in
            guard var entry = entries[Self.key(connection)], entry.phase != .closing else { return }
            entry.phase = phase
            entry.since = now
            entries[Self.key(connection)] = entry
        }
    }

    /// What one sweep closed.
    struct Sweep: Equatable {
        var timedOut = 0
        var shed = 0
    }

    /// A connection younger than this in its reading phase is never shed: it gets the time
    /// to deliver its request (a health check arriving when every slot is held must not be
    /// the one connection closed to make room).
    static let shedGraceMs: Int64 = 1_000

    /// Shuts down connections that have spent more than `readTimeoutMs` reading a request,
    /// then, while more than `limit` are open, the longest-waiting reading (idle) ones.
    func sweep(now: Int64, readTimeoutMs: Int64, limit: Int) -> Sweep {
        entries.withLock { entries in
            var result = Sweep()
            var reading: [(key: UInt, since: Int64)] = []
            var open = 0
            for (key, entry) in entries where entry.phase != .closing {
                open += 1
                guard entry.phase == .reading else { continue }
                if now - entry.since >= readTimeoutMs {
                    Self.shutDown(key, in: &entries)
                    result.timedOut += 1
                    open -= 1
                } else if now - entry.since >= Self.shedGraceMs {
                    reading.append((key, entry.since))
                }
            }
            if open > limit {
                reading.sort { $0.since < $1.since }
                for candidate in reading.prefix(open - limit) {
                    Self.shutDown(candidate.key, in: &entries)
                    result.shed += 1
                }
            }
            return result
        }
    }

    private static func shutDown(_ key: UInt, in entries: inout [UInt: Entry]) {
        guard var entry = entries[key] else { return }
        cmhd_shutdown_socket(entry.fd, entry.identity)
        entry.phase = .closing
        entries[key] = entry
    }

    private static func key(_ connection: OpaquePointer) -> UInt { UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(connection))) }
}
