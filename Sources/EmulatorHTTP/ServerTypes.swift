import HTTPMessages

/// The handler's decision for one request.
public enum ServerReply: Sendable {
    /// Send this now.
    case respond(HTTPResponse)
    /// Hold the connection (suspended: no thread is blocked) and send the response once
    /// `waitUntil` calls the closure it is given. The closure may be called from any thread,
    /// at most once matters; later calls are ignored.
    case respondLater(HTTPResponse, waitUntil: @Sendable (_ resume: @escaping @Sendable () -> Void) -> Void)
    /// Hold the connection (suspended: no thread is blocked) until `produce` hands over the
    /// response, from any thread (a result image drawn on another thread). `fallback` goes out
    /// instead when the server stops first.
    case respondWhenReady(fallback: HTTPResponse, produce: @Sendable (_ deliver: @escaping @Sendable (HTTPResponse) -> Void) -> Void)
    /// Close the connection without an answer (a scripted network fault).
    case drop
}

/// Listener settings.
public struct ServerConfiguration: Sendable {
    /// Worker threads in libmicrohttpd's pool.
    public var threads: Int = 2
    public var connectionLimit: Int = 1024
    /// Idle connections are closed after this many seconds (suspended ones never time out).
    public var connectionTimeoutSeconds: Int = 60
    /// Request bodies larger than this are refused (413) without being kept.
    public var maxBodyBytes: Int = 1 << 20
    /// Per-connection memory for headers and the request line. libmicrohttpd clears the
    /// pool between requests, so its size is paid on every request: a 256 KB pool spent a
    /// quarter of the CPU in memset, 32 KB still 6%. A request line plus headers longer
    /// than about 12 KB is answered 414/431 by libmicrohttpd itself.
    public var connectionMemoryBytes: Int = 16 * 1024

    public init() {}
}

public enum ServerError: Error, CustomStringConvertible, Sendable {
    case invalidHost(String)
    case startFailed(host: String, port: UInt16)
    case startFailedAfterBind(String)

    public var description: String {
        switch self {
        case .invalidHost(let host): "invalid --host \"\(host)\": give an IPv4 address such as 127.0.0.1 or 0.0.0.0"
        case .startFailed(let host, let port): "cannot listen on \(host):\(port): the port is in use or not allowed"
        case .startFailedAfterBind(let reason): "cannot start serving: \(reason)"
        }
    }
}
