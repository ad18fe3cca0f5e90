import CMicroHTTPD
import Glibc
import HTTPMessages
import Synchronization

/// An HTTP/1.1 listener on libmicrohttpd: an internal polling thread with epoll and a
/// pool of worker threads, request bodies read through the multi-call upload protocol
/// with a size cap, and suspend/resume so a held answer never blocks a thread.
///
/// The only type in the project that touches libmicrohttpd's C pointers.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> ServerReply

    let handler: Handler
    let configuration: ServerConfiguration
    let suspended = SuspendedConnections()
    let stopping = Atomic<Bool>(false)
    /// Requests that reached the handler and are not finished (idle keep-alive
    /// connections do not count, so they never delay a stop).
    let inFlight = Atomic<Int>(0)
    private let daemon = Mutex<DaemonHandle?>(nil)
    let listener: Listener

    /// The port served (the kernel's pick when 0 was asked).
    public var port: UInt16 { listener.port }

    /// Starts serving `listener` at once with `handler`.
    public init(listener: Listener, configuration: ServerConfiguration, handler: @escaping Handler) throws(ServerError) {
        self.configuration = configuration
        self.handler = handler
        self.listener = listener

        // MHD_USE_INTERNAL_POLLING_THREAD: MHD runs its own threads (required for the pool).
        // MHD_USE_EPOLL: Linux epoll instead of select (no FD_SETSIZE limit).
        // MHD_ALLOW_SUSPEND_RESUME: suspend/resume plus the inter-thread channel that wakes
        // the poller when another thread resumes a connection.
        let flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue | MHD_ALLOW_SUSPEND_RESUME.rawValue
        let box = ServerBox(self)
        let context = Unmanaged.passRetained(box).toOpaque()
        let started = cmhd_start_daemon(
            flags, listener.fd,
            accessHandlerTrampoline, context,
            requestCompletedTrampoline, context,
            UInt32(max(1, configuration.threads)), UInt32(max(1, configuration.connectionLimit)),
            UInt32(max(0, configuration.connectionTimeoutSeconds)), configuration.connectionMemoryBytes)
        guard let started else {
            Unmanaged<ServerBox>.fromOpaque(context).release()
            throw .startFailedAfterBind("libmicrohttpd refused the options (thread pool, connection limit)")
        }
        daemon.withLock { $0 = DaemonHandle(raw: started, context: context) }
    }

    /// Number of connections held by a delayed answer right now.
    public var suspendedConnections: Int { suspended.count }

    /// Number of connections open right now (read-only, for the metrics).
    public var openConnections: Int {
        daemon.withLock { handle in handle.map { Int(cmhd_current_connections($0.raw)) } ?? 0 }
    }

    /// Graceful stop: stops accepting, answers every held connection at once, gives
    /// in-flight answers up to `drainSeconds` to finish, then joins MHD's threads.
    /// Safe to call twice.
    public func stop(drainSeconds: Double = 1.5) {
        guard let handle = daemon.withLock({ d -> DaemonHandle? in defer { d = nil }; return d }) else { return }
        stopping.store(true, ordering: .sequentiallyConsistent)
        // MHD: after quiesce the listening socket is no longer polled; the caller closes it,
        // but only after MHD_stop_daemon when MHD runs its own threads.
        let quiesced = MHD_quiesce_daemon(handle.raw)
        // MHD: "It is an API violation to call MHD_stop_daemon while having suspended connections".
        for connection in suspended.takeAll() { MHD_resume_connection(connection.raw) }
        let deadline = ContinuousClock.now + .milliseconds(Int(drainSeconds * 1000))
        while inFlight.load(ordering: .relaxed) > 0, ContinuousClock.now < deadline {
            // Held answers were resumed above; a wake-up racing with stop may add one more.
            for connection in suspended.takeAll() { MHD_resume_connection(connection.raw) }
            usleep(5_000)
        }
        MHD_stop_daemon(handle.raw)
        // MHD: a quiesced daemon hands the listening socket back to the caller; otherwise
        // MHD_stop_daemon closed it itself.
        if quiesced >= 0 { self.listener.close() } else { self.listener.disown() }
        // MHD has joined its threads: no callback can run any more, so the context can go.
        Unmanaged<ServerBox>.fromOpaque(handle.context).release()
    }

    deinit { stop() }
}

/// The daemon pointer and the retained context passed to MHD as `cls`.
private struct DaemonHandle: @unchecked Sendable {
    // Only touched under the server's Mutex, and freed exactly once in stop().
    let raw: OpaquePointer
    let context: UnsafeMutableRawPointer
}

/// A weak-free strong box: MHD's `cls` keeps the server alive until `stop()` releases it.
final class ServerBox {
    unowned let server: HTTPServer
    init(_ server: HTTPServer) { self.server = server }
}
