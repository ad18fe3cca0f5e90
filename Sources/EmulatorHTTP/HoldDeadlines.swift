import CMicroHTTPD
import Locking

/// When each held answer must go out at the latest (wall time), whatever the emulator's
/// clock does: a virtual clock nobody advances, or a client that hung up, cannot keep a
/// connection held for ever. Every hold gets the same cap, so deadlines arrive in the
/// order holds were made and a queue (not a heap) keeps them.
final class HoldDeadlines: Sendable {
    private struct Queue {
        var items: [(deadline: Int64, token: UInt64)] = []
        var head = 0
    }

    private let queue = Locked(Queue())

    func add(_ token: UInt64, deadline: Int64) {
        queue.withLock { $0.items.append((deadline, token)) }
    }

    /// Tokens whose deadline has passed, oldest first.
    func expired(now: Int64) -> [UInt64] {
        queue.withLock { q in
            var due: [UInt64] = []
            while q.head < q.items.count, q.items[q.head].deadline <= now {
                due.append(q.items[q.head].token)
                q.head += 1
            }
            // Compact once the consumed prefix is the larger part.
            if q.head > 1024, q.head * 2 > q.items.count {
                q.items.removeFirst(q.head)
                q.head = 0
            }
            return due
        }
    }
}
