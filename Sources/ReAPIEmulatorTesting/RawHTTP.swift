import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends raw bytes to a loopback port and reads the answer until the server closes or the
/// deadline passes, so tests can speak malformed HTTP that no client library would send.
public enum RawHTTP {
    public struct Reply: Sendable {
        public let bytes: [UInt8]
        /// What went wrong on the client side when nothing came back ("" otherwise).
        public var failure = ""
        /// Wall seconds from connecting to the end of the answer, measured on the thread that
        /// made the exchange (a test task waiting for its turn does not stretch it).
        public var seconds: Double = 0
        /// When the answer was complete, on the same thread.
        public var finishedAt = ContinuousClock.now
        public var text: String { String(decoding: bytes, as: UTF8.self) }
        public var status: Int? {
            let parts = text.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/") else { return nil }
            return Int(parts[1])
        }
        public var body: String {
            guard let range = text.range(of: "\r\n\r\n") else { return "" }
            return String(text[range.upperBound...])
        }
        public func header(_ name: String) -> String? {
            for line in text.components(separatedBy: "\r\n") {
                let pair = line.split(separator: ":", maxSplits: 1)
                if pair.count == 2, pair[0].lowercased() == name.lowercased() { return pair[1].trimmingCharacters(in: .whitespaces) }
            }
            return nil
        }
    }

    public static func send(_ bytes: [UInt8], port: UInt16, timeout: Double = 5, halfClose: Bool = false) -> Reply {
        let started = ContinuousClock.now
        var reply = exchange(bytes, port: port, timeout: timeout, halfClose: halfClose)
        let elapsed = ContinuousClock.now - started
        reply.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        reply.finishedAt = started + elapsed
        return reply
    }

    private static func exchange(_ bytes: [UInt8], port: UInt16, timeout: Double, halfClose: Bool) -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return Reply(bytes: [], failure: "socket: errno \(errno)") }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = port.bigEndian
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { return Reply(bytes: [], failure: "connect: errno \(errno)") }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            sent += n
        }
        // A half-close tells the server nothing more is coming (it may close at once).
        if halfClose { shutdown(fd, Int32(SHUT_WR)) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            // A signal (SIGCHLD of a child another test spawned) interrupts a blocked recv: not an answer.
            if n < 0, errno == EINTR { continue }
            if n < 0 { return Reply(bytes: out, failure: "recv: errno \(errno)") }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return Reply(bytes: out)
    }

    public static func send(_ text: String, port: UInt16, timeout: Double = 5, halfClose: Bool = false) -> Reply {
        send(Array(text.utf8), port: port, timeout: timeout, halfClose: halfClose)
    }

    /// `send` on a thread of its own, for async tests: a blocking exchange on the cooperative
    /// pool (two threads on two cores) would stall every other test waiting on it.
    public static func exchange(_ text: String, port: UInt16, timeout: Double = 5) async -> Reply {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: send(text, port: port, timeout: timeout)) }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }
}
