import HTTPMessages
import Locking
import Synchronization

/// Per-request state kept in libmicrohttpd's `con_cls` between access-handler calls.
final class RequestState {
    var body: [UInt8] = []
    /// The method and the headers (names lower-cased, in order, duplicates kept), read from C
    /// once, in the first access-handler call.
    var method = "GET"
    var headers: [(name: String, value: String)] = []
    var bodyTooLarge = false
    /// A response computed earlier and sent when the suspended connection is resumed.
    var pending: HTTPResponse?
    /// Set by another thread before it resumes the connection (`respondWhenReady`); wins over `pending`.
    var ready: ReadyResponse?
    var suspended = false
    /// Set by the first access-handler call (the URI log callback makes the state earlier).
    var started = false
    /// The handler was asked: a stop waits for this request's answer.
    var dispatched = false
    /// The key of this request's entry in `SuspendedConnections` while held.
    var holdToken: UInt64 = 0
    /// Found wrong in the request line before the headers were read; sent on the first call.
    var refusal: Refusal?
}

/// A response handed over by another thread for a suspended connection.
final class ReadyResponse: Sendable {
    private let slot = Locked<HTTPResponse?>(nil)
    func fill(_ response: HTTPResponse) { slot.withLock { $0 = response } }
    func take() -> HTTPResponse? { slot.withLock { $0.take() } }
}

/// `MHD_Connection *` made sendable so a timer thread can resume it.
/// MHD documents `MHD_resume_connection` as callable from any thread (with
/// MHD_ALLOW_SUSPEND_RESUME, whose inter-thread channel wakes the poller).
struct ConnectionHandle: @unchecked Sendable {
    let raw: OpaquePointer
}

/// Suspended connections, so that each is resumed exactly once: whoever removes the
/// entry (the wake-up, the hold cap or `stop()`) is the one that calls MHD_resume_connection.
/// (MHD: resuming a connection that is not suspended is undefined behaviour.)
/// Keys are tokens never reused, so a late wake-up cannot resume a later request.
final class SuspendedConnections: Sendable {
    private let entries = Locked<[UInt64: ConnectionHandle]>([:])
    private let nextToken = Atomic<UInt64>(0)

    /// A fresh key for one hold.
    func token() -> UInt64 { nextToken.add(1, ordering: .relaxed).newValue }

    func add(_ id: UInt64, _ handle: ConnectionHandle) {
        entries.withLock { _ = $0.updateValue(handle, forKey: id) }
    }

    func take(_ id: UInt64) -> ConnectionHandle? {
        entries.withLock { $0.removeValue(forKey: id) }
    }

    func takeAll() -> [ConnectionHandle] {
        entries.withLock { e in
            defer { e.removeAll() }
            return Array(e.values)
        }
    }

    var count: Int { entries.withLock { $0.count } }
}
