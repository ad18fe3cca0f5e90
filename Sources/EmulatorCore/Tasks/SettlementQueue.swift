/// The times at which tasks change in a way that must be booked (a failure's refund)
/// or reported (completion, URL expiry), kept as a binary min-heap ordered by time.
/// Settling pops what fell due, in time order; nothing runs in between.
public struct SettlementQueue: Sendable {
    public enum Kind: String, Sendable { case completed, failed, expired, forgotten }

    struct Event: Sendable {
        let at: Timestamp
        let sequence: UInt64
        let taskID: String
        let kind: Kind

        func precedes(_ other: Event) -> Bool { (at, sequence) < (other.at, other.sequence) }
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
