/// The times at which tasks change in a way that must be booked (a failure's refund)
/// or reported (completion, URL expiry), kept as a binary min-heap ordered by time.
/// Settling pops what fell due, in time order; nothing runs in between.
public struct SettlementQueue: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case completed, failed, expired, forgotten }

    /// 32 bytes: the push order and the kind share one word (a million tasks keep a million
    /// of these).
    struct Event: Sendable, HeapOrdered {
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

    private var heap = MinHeap<Event>()
    private var sequence: UInt64 = 0

    var count: Int { heap.count }

    mutating func push(_ at: Timestamp, _ taskID: String, _ kind: Kind) {
        sequence += 1
        heap.push(Event(at: at, sequence: sequence, taskID: taskID, kind: kind))
    }

    /// Removes and returns the earliest event if it is due at `now`.
    mutating func popDue(_ now: Timestamp) -> Event? {
        guard let first = heap.first, first.at <= now else { return nil }
        return heap.popFirst()
    }

    /// How far settling at most `count` due events reaches, up to `limit`: the time of the
    /// `count`-th due event (settling through it takes that instant whole, never half of it),
    /// or `limit` when fewer are due. Nothing is removed.
    mutating func sliceEnd(atMost count: Int, through limit: Timestamp) -> Timestamp {
        var taken: [Event] = []
        taken.reserveCapacity(count)
        defer { for event in taken { heap.push(event) } }
        while taken.count < count, let event = popDue(limit) { taken.append(event) }
        guard taken.count == count, let last = taken.last, let next = heap.first, next.at <= limit else { return limit }
        return last.at
    }

    mutating func removeAll() { heap.removeAll() }
}
