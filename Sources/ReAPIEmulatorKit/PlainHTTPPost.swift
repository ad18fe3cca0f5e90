#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 `POST` over a plain socket with a single deadline for resolving, connecting,
/// sending and reading the status line; `Connection: close`, the answer's body is not read.
/// A plain socket keeps the binary free of libcurl (what `URLSession` needs on Linux), as
/// `HealthProbe` does.
enum PlainHTTPPost {
    /// The status the receiver answered, or why there was none by `deadline` (by default
    /// `timeoutMilliseconds` from now; the timeout names itself in the failure).
    static func send(host: String, port: Int, head: [UInt8], body: [UInt8], timeoutMilliseconds: Int64,
                     deadline given: SocketWait.Deadline? = nil) -> Result<Int, PostFailure> {
        let deadline = given ?? SocketWait.deadline(in: timeoutMilliseconds)
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            return .failure(PostFailure("cannot resolve host \(host)"))
        }
        defer { freeaddrinfo(list) }
        var failure = PostFailure("connection refused")
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            switch connect(to: address.pointee, until: deadline) {
            case .success(let fd):
                defer { close(fd) }
                return exchange(fd, head + body, until: deadline, timeoutMilliseconds: timeoutMilliseconds)
            case .failure(let why):
                failure = why
                if why.isTimeout { return .failure(why) }
            }
            candidate = address.pointee.ai_next
        }
        return .failure(failure)
    }

    /// Why no status came back.
    struct PostFailure: Error {
        let reason: String
        var isTimeout = false
        init(_ reason: String, timeout: Bool = false) {
            self.reason = reason
            isTimeout = timeout
        }
    }

    private static func timedOut(_ milliseconds: Int64) -> PostFailure {
        PostFailure("timed out after " + (milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"), timeout: true)
    }

    private static func connect(to address: addrinfo, until deadline: SocketWait.Deadline) -> Result<Int32, PostFailure> {
        let fd = socket(address.ai_family, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return .failure(PostFailure("socket() failed: errno \(errno)")) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        if Glibc.connect(fd, address.ai_addr, address.ai_addrlen) != 0 && errno != EINPROGRESS {
            close(fd)
            return .failure(PostFailure("connection refused"))
        }
        guard SocketWait.ready(fd, events: Int16(POLLOUT), until: deadline) else {
            close(fd)
            return .failure(PostFailure("timed out connecting", timeout: true))
        }
        var soError: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
        guard soError == 0 else {
            close(fd)
            return .failure(PostFailure(soError == ECONNREFUSED ? "connection refused" : "cannot connect: errno \(soError)"))
        }
        return .success(fd)
    }

    /// Sends the request, then reads until the status line and headers are in.
    private static func exchange(_ fd: Int32, _ request: [UInt8], until deadline: SocketWait.Deadline,
                                 timeoutMilliseconds: Int64) -> Result<Int, PostFailure> {
        var sent = 0
        while sent < request.count {
            guard SocketWait.ready(fd, events: Int16(POLLOUT), until: deadline) else { return .failure(timedOut(timeoutMilliseconds)) }
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 && (errno == EAGAIN || errno == EINTR) { continue }
            guard n > 0 else { return .failure(PostFailure("connection closed while sending")) }
            sent += n
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            while answer.count < 65_536, !answer.containsHeaderEnd {
                guard SocketWait.ready(fd, events: Int16(POLLIN), until: deadline) else { return .failure(timedOut(timeoutMilliseconds)) }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n < 0 && (errno == EAGAIN || errno == EINTR) { continue }
                if n <= 0 { break }
                answer.append(contentsOf: buffer[0..<n])
            }
            // "HTTP/1.1 200 OK": the three digits after the first space.
            let line = answer.prefix { $0 != 0x0D && $0 != 0x0A }
            let parts = line.split(separator: 0x20, maxSplits: 2)
            guard parts.count >= 2, parts[0].starts(with: Array("HTTP/".utf8)),
                  let status = Int(String(decoding: parts[1], as: UTF8.self)), (100...599).contains(status) else {
                return .failure(PostFailure(answer.isEmpty ? "connection closed without an answer" : "not an HTTP answer"))
            }
            // An interim answer (`100 Continue`, `102 Processing`) is not the final one: read on.
            guard (100..<200).contains(status), let end = answer.headerEnd else { return .success(status) }
            answer.removeFirst(end)
        }
    }

}

extension [UInt8] {
    /// The index just past the first `\r\n\r\n`, if it has arrived.
    fileprivate var headerEnd: Int? {
        guard count >= 4 else { return nil }
        for i in 0...(count - 4) where self[i] == 0x0D && self[i + 1] == 0x0A && self[i + 2] == 0x0D && self[i + 3] == 0x0A {
            return i + 4
        }
        return nil
    }

    /// Whether `\r\n\r\n` (the end of an HTTP head) has arrived.
    fileprivate var containsHeaderEnd: Bool { headerEnd != nil }
}
