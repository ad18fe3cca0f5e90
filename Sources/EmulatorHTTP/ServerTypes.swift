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

/// Listener settings. docs/limits.md explains each limit and why it has its default.
public struct ServerConfiguration: Sendable {
    /// Worker threads in libmicrohttpd's pool.
    public var threads: Int = 2
    /// Open connections served for any path (`--max-connections`). Past it, idle connections
    /// are shed oldest first and new requests get 503, except those `isReserved` admits.
    public var connectionLimit: Int = 10_000
    /// Connections kept beyond `connectionLimit` for requests `isReserved` admits (health,
    /// control), so they are answered whatever the provider traffic does.
    public var reservedConnections: Int = 64
    /// Paths that may use the reserved connections.
    public var isReserved: @Sendable (String) -> Bool = { _ in false }
    /// A connection that sends or receives nothing for this long is closed (libmicrohttpd's
    /// timeout; held connections never time out this way, `maxHoldSeconds` caps them).
    public var connectionTimeoutSeconds: Int = 5
    /// Wall time from a connection's opening (or its previous answer) to its next request
    /// being read whole; a client trickling bytes cannot keep a connection past it.
    public var requestReadTimeoutSeconds: Double = 10
    /// Wall time after which a held answer is sent whatever the emulator's clock says.
    public var maxHoldSeconds: Double = 60
    /// Wall time `stop()` waits for answers already being handled to be sent.
    public var drainSeconds: Double = 5
    /// Request bodies larger than this are refused (413) without being kept.
    public var maxBodyBytes: Int = 1 << 20
    /// Request targets (path and query) longer than this are refused with 414.
    public var maxURIBytes: Int = 8 * 1024
    /// Requests with more query parameters than this are refused with 414.
    public var maxQueryParameters: Int = 100
    /// Methods longer than this are refused with 501 (and never echoed whole).
    public var maxMethodBytes: Int = 32
    /// Per-connection memory for headers and the request line. libmicrohttpd clears the
    /// pool between requests, so its size is paid on every request (a 256 KB pool spent a
    /// quarter of the CPU in memset, 32 KB still 6%) and by every open connection (16.6 KiB
    /// per idle connection with 16 KB, 32.6 KiB with 32 KB). A request line plus headers over
    /// about 16 KB, or a Cookie over about 8 KB, is answered 414/431 by libmicrohttpd itself
    /// (docs/limits.md).
    public var connectionMemoryBytes: Int = 16 * 1024

    public init() {}
}

/// A request the listener refuses before (or instead of) handing it to the handler: a
/// protocol error, the connection limit, or a stop in progress. The server's owner renders
/// it in its own envelope (`HTTPServer`'s `refuse`).
public struct Refusal: Sendable, Equatable {
    public var status: Int
    public var message: String
    /// Seconds for a `Retry-After` header.
    public var retryAfterSeconds: Int?

    public init(status: Int, message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// A plain JSON rendering for servers that bring no envelope of their own.
    public static let plainJSON: @Sendable (Refusal) -> HTTPResponse = { refusal in
        let message = refusal.message.backslashEscaped()
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let retry = refusal.retryAfterSeconds { headers.append(("Retry-After", String(retry))) }
        return HTTPResponse(status: refusal.status, headers: headers, body: Array(#"{"error":{"message":"\#(message)"}}"#.utf8))
    }
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
