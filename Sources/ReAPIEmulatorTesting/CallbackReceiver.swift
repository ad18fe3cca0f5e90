import Foundation
import Locking
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A webhook receiver for live tests: a tiny HTTP/1.1 listener on `127.0.0.1`, port 0, that
/// records every request it gets and answers each with the next scripted reply (then 200).
/// One thread accepts and answers, one connection at a time, until `stop()` (call it: the
/// thread keeps the receiver alive).
public final class CallbackReceiver: Sendable {
    /// How the receiver treats one request.
    public enum Reply: Sendable {
        /// Answer with this status and an empty body.
        case status(Int)
        /// Close the connection without answering.
        case close
        /// Read the request, then answer nothing until the receiver stops (a hung receiver).
        case stall
        /// Answer these bytes as they are, then close (interim answers, broken heads).
        case raw(String)
    }

    /// One request received, with the wall time it arrived.
    public struct Received: Sendable {
        public let method: String
        public let target: String
        /// Header names lower-cased.
        public let headers: [String: String]
        public let body: [UInt8]
        public let arrived: Date
    }

    public let port: UInt16
    private let fd: Int32
    private let state = Locked(State())
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    private struct State {
        var received: [Received] = []
        var replies: [Reply] = []
        var stalled: [Int32] = []
    }

    /// Binds and starts answering; `replies` are used in order, then every request gets 200.
    public init(replies: [Reply] = []) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw HarnessError("bind/listen: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        port = UInt16(bigEndian: sa.sin_port)
        state.withLock { $0.replies = replies }
        Thread.detachNewThread { [self] in serve() }
    }

    /// `http://127.0.0.1:<port>` + `path`.
    public func url(_ path: String = "/hook") -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request received so far, oldest first.
    public var received: [Received] { state.withLock { $0.received } }

    /// Waits (at most `timeout` seconds) until `count` requests have arrived; returns them.
    public func waitFor(_ count: Int, timeout: Double = 5) async throws -> [Received] {
        let deadline = Date().addingTimeInterval(timeout)
        while received.count < count, Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
        return received
    }

    /// Stops accepting and closes every connection; waits for the serving thread.
    public func stop() {
        guard !stopped.exchange(true, ordering: .relaxed) else { return }
        shutdown(fd, Int32(SHUT_RDWR))
        finished.wait()
        close(fd)
        for stalled in state.withLock({ $0.stalled }) { close(stalled) }
    }

    private func serve() {
        defer { finished.signal() }
        while !stopped.load(ordering: .relaxed) {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 50) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            answer(client)
        }
    }

    private func answer(_ client: Int32) {
        var tv = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        guard let request = Self.read(client) else {
            close(client)
            return
        }
        let reply = state.withLock { s -> Reply in
            s.received.append(request)
            return s.replies.isEmpty ? .status(200) : s.replies.removeFirst()
        }
        switch reply {
        case .status(let status):
            let text = "HTTP/1.1 \(status) Scripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            _ = Array(text.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        case .close:
            close(client)
        case .raw(let text):
            _ = Array(text.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        case .stall:
            state.withLock { $0.stalled.append(client) }
        }
    }

    /// One request: its head up to the blank line, then `Content-Length` bytes of body.
    private static func read(_ client: Int32) -> Received? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        var headEnd: Int?
        var bodyLength = 0
        while bytes.count < 1 << 20 {
            if let end = headEnd, bytes.count >= end + bodyLength { break }
            let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return nil }
            bytes.append(contentsOf: buffer[0..<n])
            if headEnd == nil, let range = String(decoding: bytes, as: UTF8.self).range(of: "\r\n\r\n") {
                let head = String(decoding: bytes, as: UTF8.self)[..<range.lowerBound]
                headEnd = head.utf8.count + 4
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                bodyLength = length.flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
            }
        }
        guard let end = headEnd else { return nil }
        let lines = String(decoding: bytes[..<(end - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count == 3 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
        }
        return Received(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
                        body: Array(bytes[end..<min(bytes.count, end + bodyLength)]), arrived: Date())
    }
}
