import HTTPMessages
import Synchronization

/// Per-request state kept in libmicrohttpd's `con_cls` between access-handler calls.
final class RequestState {
    var body: [UInt8] = []
    var bodyTooLarge = false
    /// A response computed earlier and sent when the suspended connection is resumed.
    var pending: HTTPResponse?
    /// Set by another thread before it resumes the connection (`respondWhenReady`); wins over `pending`.
    var ready: ReadyResponse?
    var suspended = false
}

/// A response handed over by another thread for a suspended connection.
final class ReadyResponse: Sendable {
    private let slot = Mutex<HTTPResponse?>(nil)
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
/// entry (the wake-up or `stop()`) is the one that calls MHD_resume_connection.
/// (MHD: resuming a connection that is not suspended is undefined behaviour.)
final class SuspendedConnections: Sendable {
    private let entries = Mutex<[ObjectIdentifier: ConnectionHandle]>([:])

    func add(_ id: ObjectIdentifier, _ handle: ConnectionHandle) {
        entries.withLock { _ = $0.updateValue(handle, forKey: id) }
    }

    func take(_ id: ObjectIdentifier) -> ConnectionHandle? {
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
