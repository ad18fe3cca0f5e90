import HTTPMessages
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.0 GET of `/_emulator/health` over a plain socket, with one deadline for
/// connecting, sending and reading. Plain sockets keep the container image free of curl and libcurl.
public enum HealthProbe {
    public enum Result: Equatable, Sendable { case healthy, unhealthy(String) }

    /// Probes `baseURL` + `/_emulator/health`; healthy only on a 200 whose body says `"status":"ok"`.
    public static func check(baseURL: String, timeoutSeconds: Double = 1.5) -> Result {
        guard let url = AbsoluteURL(baseURL), url.scheme == "http" else { return .unhealthy("not an http:// URL") }
        guard url.hasValidPort else { return .unhealthy("port must be 1-65535") }
        let host = url.host
        let port = UInt16(url.port)
        let deadline = SocketWait.deadline(in: Int64((timeoutSeconds * 1000).rounded()))
        guard let address = resolve(host) else { return .unhealthy("cannot resolve \(host)") }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return .unhealthy("socket() failed") }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = port.bigEndian
        sa.sin_addr = address
        let connected = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 && errno != EINPROGRESS { return .unhealthy("connection refused") }
        guard SocketWait.ready(fd, events: Int16(POLLOUT), until: deadline) else { return .unhealthy("timed out connecting") }
        var soError: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
        guard soError == 0 else { return .unhealthy("connection refused") }
        let request = Array("GET /_emulator/health HTTP/1.0\r\nHost: \(host)\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            return .unhealthy("send failed")
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while response.count < 65_536 {
            guard SocketWait.ready(fd, events: Int16(POLLIN), until: deadline) else { return .unhealthy("timed out waiting for an answer") }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 && (errno == EAGAIN || errno == EINTR) { continue }
            if n <= 0 { break }
            response.append(contentsOf: buffer[0..<n])
            // A server that keeps the connection open despite HTTP/1.0 has answered once the
            // declared body is in; waiting for the close would turn a healthy answer into a timeout.
            if isComplete(response) { break }
        }
        let text = String(decoding: response, as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 200") || text.hasPrefix("HTTP/1.0 200") else {
            return .unhealthy("answered \(text.prefix(12).trimmingBlanks(newlines: true))")
        }
        guard text.contains("\"status\":\"ok\"") else { return .unhealthy("health body does not say ok") }
        return .healthy
    }

    /// True once the headers and `Content-Length` bytes of body have arrived.
    static func isComplete(_ response: [UInt8]) -> Bool {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard response.count >= 4,
              let headerEnd = (0...(response.count - 4)).first(where: { Array(response[$0..<$0 + 4]) == separator }) else { return false }
        let headers = String(decoding: response[..<headerEnd], as: UTF8.self).lowercased().split(separator: "\r\n")
        guard let line = headers.first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingBlanks()) else { return false }
        return response.count - (headerEnd + 4) >= length
    }


    private static func resolve(_ host: String) -> in_addr? {
        var address = in_addr()
        if inet_pton(AF_INET, host, &address) == 1 { return address }
        var hints = addrinfo()
        hints.ai_family = AF_INET
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return nil }
        defer { freeaddrinfo(result) }
        return first.pointee.ai_addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
    }
}
