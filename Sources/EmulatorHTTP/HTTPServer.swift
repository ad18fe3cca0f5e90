import CMicroHTTPD
import Glibc
import HTTPMessages
import Locking
import Synchronization

/// An HTTP/1.1 listener on libmicrohttpd: an internal polling thread with epoll and a
/// pool of worker threads, request bodies read through the multi-call upload protocol
/// with a size cap, and suspend/resume so a held answer never blocks a thread.
///
/// The only type in the project that touches libmicrohttpd's C pointers.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> ServerReply

    let handler: Handler
    /// The settings it serves with.
    public let configuration: ServerConfiguration
    /// Renders the listener's own refusals (protocol errors, limits, stopping).
    let refuse: @Sendable (Refusal) -> HTTPResponse
    let suspended = SuspendedConnections()
    let connections = ConnectionRegistry()
    let deadlines = HoldDeadlines()
    let reaper: ConnectionReaper
    let stopping = Atomic<Bool>(false)
    /// Requests whose request line arrived and that are not finished (idle keep-alive
    /// connections do not count).
    let inFlight = Atomic<Int>(0)
    /// Requests handed to the handler and not yet answered: a stop waits for these.
    let dispatched = Atomic<Int>(0)
    private let daemon = Locked<DaemonHandle?>(nil)
    let listener: Listener

    /// The port served (the kernel's pick when 0 was asked).
    public var port: UInt16 { listener.port }

    /// Starts serving `listener` at once with `handler`; `refuse` renders the answers the
    /// listener gives itself (a plain JSON error when not given).
    public init(listener: Listener, configuration: ServerConfiguration,
                refuse: @escaping @Sendable (Refusal) -> HTTPResponse = Refusal.plainJSON,
                handler: @escaping Handler) throws(ServerError) {
        self.configuration = configuration
        self.handler = handler
        self.refuse = refuse
        self.listener = listener
        let shed = Refusal(status: 503, message: "more than \(configuration.connectionLimit) connections are open (--max-connections): "
                           + "this idle connection was closed to make room; retry", retryAfterSeconds: 1)
        reaper = ConnectionReaper(connections: connections, deadlines: deadlines, suspended: suspended, configuration: configuration,
                                  shedAnswer: { RawResponse.bytes(refuse(shed)) })

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
            uriLogTrampoline, connectionNotifyTrampoline,
            UInt32(max(1, configuration.threads)),
            UInt32(clamping: max(1, configuration.connectionLimit) + max(0, configuration.reservedConnections)),
            UInt32(max(0, configuration.connectionTimeoutSeconds)), configuration.connectionMemoryBytes)
        guard let started else {
            reaper.stop()
            Unmanaged<ServerBox>.fromOpaque(context).release()
            throw .startFailedAfterBind("libmicrohttpd refused the options (thread pool, connection limit)")
        }
        daemon.withLock { $0 = DaemonHandle(raw: started, context: context) }
    }

    /// Number of connections held by a delayed answer right now.
    public var suspendedConnections: Int { suspended.count }

    /// Number of TCP connections open right now.
    public var openConnections: Int { connections.count }

    /// Connections the reaper closed: too slow to deliver a request, shed while the
    /// listener was full, and held answers sent because the hold cap passed.
    public var reaped: (timedOut: Int, shed: Int, holdsCapped: Int) {
        (reaper.timedOut.load(ordering: .relaxed), reaper.shed.load(ordering: .relaxed), reaper.holdsCapped.load(ordering: .relaxed))
    }

    /// Graceful stop. At once: no new connection is accepted (the listening socket refuses
    /// them), every request that reaches the handler from now on is answered 503 and its
    /// connection closed, and every held answer is sent. Then it waits up to
    /// `configuration.drainSeconds` for answers already handed out to be sent, and joins
    /// MHD's threads. Safe to call twice.
    public func stop() {
        guard let handle = daemon.withLock({ d -> DaemonHandle? in defer { d = nil }; return d }) else { return }
        stopping.store(true, ordering: .sequentiallyConsistent)
        // MHD: after quiesce the listening socket is no longer polled; the caller closes it,
        // but only after MHD_stop_daemon when MHD runs its own threads. Shutting it for
        // reading makes the kernel refuse new connections meanwhile.
        let quiesced = MHD_quiesce_daemon(handle.raw)
        cmhd_stop_listening(listener.fd)
        // MHD: "It is an API violation to call MHD_stop_daemon while having suspended connections".
        for connection in suspended.takeAll() { MHD_resume_connection(connection.raw) }
        // Until no answer is owed for a short quiet spell (a request pipelined behind an answer
        // just sent arrives a moment later and must get its 503), or the deadline. Requests
        // still being read are waited for only briefly: a client trickling its headers must
        // not hold the stop.
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int(configuration.drainSeconds * 1000))
        var quietSince: ContinuousClock.Instant?
        while ContinuousClock.now < deadline {
            // Held answers were resumed above; a wake-up racing with stop may add one more.
            for connection in suspended.takeAll() { MHD_resume_connection(connection.raw) }
            let reading = inFlight.load(ordering: .relaxed) > 0 && ContinuousClock.now - started < .milliseconds(250)
            if dispatched.load(ordering: .relaxed) > 0 || reading {
                quietSince = nil
            } else if let since = quietSince {
                if ContinuousClock.now - since >= .milliseconds(30) { break }
            } else {
                quietSince = ContinuousClock.now
            }
            usleep(2_000)
        }
        reaper.stop()
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
    // Only touched under the server's lock, and freed exactly once in stop().
    let raw: OpaquePointer
    let context: UnsafeMutableRawPointer
}

/// A weak-free strong box: MHD's `cls` keeps the server alive until `stop()` releases it.
final class ServerBox {
    unowned let server: HTTPServer
    init(_ server: HTTPServer) { self.server = server }
}
