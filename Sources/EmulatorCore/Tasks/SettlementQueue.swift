/// The times at which tasks change in a way that must be booked (a failure's refund)
/// or reported (completion, URL expiry), kept as a binary min-heap ordered by time.
/// Settling pops what fell due, in time order; nothing runs in between.
public struct SettlementQueue: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case completed, failed, expired, forgotten }

    /// 32 bytes: the push order and the kind share one word (a million tasks keep a million
    /// of these).
    struct Event: Sendable {
        let at: Timestamp
        /// `sequence << 2 | kind`: ties in time go in push order.
        private let order: UInt64
        let taskID: String

        init(at: Timestamp, sequence: UInt64, taskID: String, kind: Kind) {
            self.at = at
            order = sequence << 2 | UInt64(Kind.allCases.firstIndex(of: kind) ?? 0)
            self.taskID = taskID
        }

        var kind: Kind { Kind.allCases[Int(order & 3)] }

        func precedes(_ other: Event) -> Bool { (at, order >> 2) < (other.at, other.order >> 2) }
    }

    private var heap: [Event] = []
    private var sequence: UInt64 = 0

    var count: Int { heap.count }

    mutating func push(_ at: Timestamp, _ taskID: String, _ kind: Kind) {
        sequence += 1
        heap.append(Event(at: at, sequence: sequence, taskID: taskID, kind: kind))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest event if it is due at `now`.
    mutating func popDue(_ now: Timestamp) -> Event? {
        guard let first = heap.first, first.at <= now else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }

    mutating func removeAll() { heap.removeAll() }
}
