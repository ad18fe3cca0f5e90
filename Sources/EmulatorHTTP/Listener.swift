import CMicroHTTPD
import Glibc
import Synchronization

/// A TCP socket bound and listening, not yet served. Binding first means the real port is
/// known before anything can be asked of the server, so there is no "not ready yet" state:
/// `HTTPServer(listener:)` starts answering on it.
public final class Listener: Sendable {
    let fd: Int32
    /// The port bound (the kernel's pick when 0 was asked).
    public let port: UInt16
    public let host: String
    private let open = Atomic<Bool>(true)

    /// Binds `host:port` (a dotted IPv4 address; port 0 picks a free one).
    public init(host: String, port: UInt16, backlog: Int32 = 1024) throws(ServerError) {
        var address: UInt32 = 0
        guard cmhd_parse_ipv4(host, &address) == 1 else { throw .invalidHost(host) }
        let fd = cmhd_bind_listener(address, port, backlog)
        guard fd >= 0 else { throw .startFailed(host: host, port: port) }
        self.fd = fd
        self.host = host
        self.port = cmhd_socket_port(fd)
    }

    /// Closes the socket once (a listener that is never served is closed when it goes).
    func close() {
        if open.exchange(false, ordering: .acquiringAndReleasing) { _ = Glibc.close(fd) }
    }

    /// Forgets the socket without closing it: libmicrohttpd closed it already.
    func disown() { _ = open.exchange(false, ordering: .acquiringAndReleasing) }

    deinit { close() }
}
