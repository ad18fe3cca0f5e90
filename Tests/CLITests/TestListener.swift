import Foundation
import Locking
#if canImport(Glibc)
import Glibc
#endif

/// A loopback TCP listener that stands in for a broken or foreign server: it accepts every
/// connection and then either stays silent or sends a fixed answer (keeping the connection open).
final class TestListener: Sendable {
    let port: UInt16
    private let fd: Int32
    private let held = HeldConnections()
    /// Signalled when the accept thread has returned: only then may the descriptor be closed,
    /// or a new socket given the same number could be accepted from by this stale thread.
    private let acceptDone = DispatchSemaphore(value: 0)

    /// `answer` nil: accept and never say anything.
    convenience init(answer: String? = nil) throws {
        try self.init(answerBytes: answer.map { Array($0.utf8) })
    }

    /// Connections accepted so far.
    var accepted: Int { held.count }

    /// The same with an answer of any bytes (a gzip body).
    init(answerBytes answer: [UInt8]?) throws {
        let listening = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listening >= 0 else { throw TestFailure("socket: errno \(errno)") }
        fd = listening
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listening, $0, length) == 0 && getsockname(listening, $0, &length) == 0 }
        }
        guard bound, listen(listening, 16) == 0 else {
            Glibc.close(listening)
            throw TestFailure("bind/listen: errno \(errno)")
        }
        port = UInt16(bigEndian: address.sin_port)
        let held = self.held, acceptDone = self.acceptDone
        Thread.detachNewThread {
            defer { acceptDone.signal() }
            while true {
                let connection = accept(listening, nil, nil)
                if connection < 0 { return }  // the listener was shut down
                held.add(connection)
                if let answer {
                    _ = answer.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                }
            }
        }
    }

    /// A port where nothing listens: bound by the kernel's choice, then released.
    static func closedPort() throws -> UInt16 {
        let listener = try TestListener()
        let port = listener.port
        listener.close()
        return port
    }

    func close() {
        shutdown(fd, Int32(SHUT_RDWR))  // wakes the accept() above (or makes its first call fail)
        _ = acceptDone.wait(timeout: .now() + 5)
        Glibc.close(fd)
        held.closeAll()
    }
}

/// Connections a `TestListener` keeps open, closed with it.
final class HeldConnections: Sendable {
    private let descriptors = Locked<[Int32]>([])

    func add(_ descriptor: Int32) { descriptors.withLock { $0.append(descriptor) } }
    var count: Int { descriptors.withLock { $0.count } }

    func closeAll() {
        for descriptor in descriptors.withLock({ d in defer { d.removeAll() }; return d }) { Glibc.close(descriptor) }
    }
}
