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
    enum Phase: Int64, Sendable {
        /// Waiting for (or reading) a request: a new connection or an idle keep-alive one.
        case reading
        /// A request is being handled or its answer sent.
        case answering
        /// Suspended on a held answer.
        case held
        /// Shut down by the reaper; MHD will report it closed.
        case closing
    }

    /// One connection. Its phase changes twice per request on the request's own thread, so it
    /// is an atomic word of its own (no lock); the table's lock is for opening, closing and
    /// the reaper's sweep.
    final class Slot: Sendable {
        let fd: Int32
        /// Both ports of the connection, checked again before a shutdown (belt and braces
        /// against a descriptor number reused by another socket of the process).
        let identity: UInt32
        /// `since << 2 | phase`, `since` the monotonic ms when the phase began.
        private let word: Atomic<Int64>

        init(fd: Int32, identity: UInt32, since: Int64) {
            self.fd = fd
            self.identity = identity
            word = Atomic(since << 2 | Phase.reading.rawValue)
        }

        /// The phase and when it began, read together.
        var current: (phase: Phase, since: Int64) {
            let w = word.load(ordering: .relaxed)
            return (Phase(rawValue: w & 3) ?? .reading, w >> 2)
        }

        /// Moves to `phase` unless the reaper closed the connection already.
        func enter(_ phase: Phase, at now: Int64) {
            var current = word.load(ordering: .relaxed)
            while current & 3 != Phase.closing.rawValue {
                let (exchanged, original) = word.compareExchange(expected: current, desired: now << 2 | phase.rawValue,
                                                                 ordering: .relaxed)
                if exchanged { return }
                current = original
            }
        }

        /// Marks the connection closing if it is still in the phase that began at `since`;
        /// false when it moved on meanwhile (a request arrived: it is not idle any more).
        func close(ifStill phase: Phase, since: Int64) -> Bool {
            word.compareExchange(expected: since << 2 | phase.rawValue, desired: since << 2 | Phase.closing.rawValue,
                                 ordering: .relaxed).exchanged
        }
    }

    private let entries = Locked<[UInt: Slot]>([:])
    private let openCount = Atomic<Int>(0)

    /// Connections open now.
    var count: Int { openCount.load(ordering: .relaxed) }

    /// Registers a new connection; the caller keeps the slot (retained) as the connection's
    /// socket context, which `enter` reads back.
    func opened(_ connection: OpaquePointer, fd: Int32) -> Slot {
        let slot = Slot(fd: fd, identity: cmhd_socket_identity(fd), since: cmhd_monotonic_ms())
        entries.withLock { $0[Self.key(connection)] = slot }
        openCount.add(1, ordering: .relaxed)
        return slot
    }

    func closed(_ connection: OpaquePointer) {
        let removed = entries.withLock { $0.removeValue(forKey: Self.key(connection)) }
        if removed != nil { openCount.subtract(1, ordering: .relaxed) }
    }

    /// Records what the connection does from now on (no lock: the slot is the connection's
    /// socket context).
    func enter(_ phase: Phase, _ connection: OpaquePointer) {
        guard let raw = cmhd_socket_context(connection) else { return }
        Unmanaged<Slot>.fromOpaque(raw).takeUnretainedValue().enter(phase, at: cmhd_monotonic_ms())
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
    /// A shed connection is sent `shedAnswer` first (the listener's 503).
    func sweep(now: Int64, readTimeoutMs: Int64, limit: Int, shedAnswer: () -> [UInt8] = { [] }) -> Sweep {
        entries.withLock { entries in
            var result = Sweep()
            var reading: [(slot: Slot, since: Int64)] = []
            var open = 0
            for slot in entries.values {
                let (phase, since) = slot.current
                guard phase != .closing else { continue }
                open += 1
                guard phase == .reading else { continue }
                if now - since >= readTimeoutMs {
                    if Self.shutDown(slot, since: since) {
                        result.timedOut += 1
                        open -= 1
                    }
                } else if now - since >= Self.shedGraceMs {
                    reading.append((slot, since))
                }
            }
            if open > limit {
                reading.sort { $0.since < $1.since }
                for candidate in reading.prefix(open - limit)
                where Self.shutDown(candidate.slot, since: candidate.since, answer: shedAnswer()) {
                    result.shed += 1
                }
            }
            return result
        }
    }

    /// Shuts an idle connection down, unless a request began on it since it was looked at.
    /// Under the table's lock, so a slot being shut down is never one MHD has reported closed.
    private static func shutDown(_ slot: Slot, since: Int64, answer: [UInt8] = []) -> Bool {
        guard slot.close(ifStill: .reading, since: since) else { return false }
        if answer.isEmpty {
            cmhd_shutdown_socket(slot.fd, slot.identity)
        } else {
            answer.withUnsafeBytes { cmhd_answer_and_shutdown_socket(slot.fd, slot.identity, $0.baseAddress, $0.count) }
        }
        return true
    }

    private static func key(_ connection: OpaquePointer) -> UInt { UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(connection))) }
}
