/// The clock's pending wake-ups on a `MinHeap` ordered by (due, sequence): scheduling and
/// taking the earliest are O(log n), so thousands of held answers cost no more per answer
/// than a few (a sorted array paid O(n) per insert).
struct WakeupQueue<Action> {
    struct Entry: HeapOrdered {
        let due: Timestamp
        /// Insertion order: wake-ups due at the same time fire first-scheduled first.
        let sequence: UInt64
        let action: Action

        func precedes(_ other: Entry) -> Bool { (due, sequence) < (other.due, other.sequence) }
    }

    private var heap = MinHeap<Entry>()
    private var nextSequence: UInt64 = 0

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }
    /// The earliest due time, if any.
    var earliest: Timestamp? { heap.first?.due }

    mutating func push(_ due: Timestamp, _ action: Action) {
        nextSequence += 1
        heap.push(Entry(due: due, sequence: nextSequence, action: action))
    }

    /// Removes and returns, earliest first, every entry due at or before `now`.
    mutating func popDue(_ now: Timestamp) -> [Action] {
        var due: [Action] = []
        while let first = heap.first, first.due <= now { due.append(heap.popFirst().action) }
        return due
    }

    /// Removes everything, earliest first.
    mutating func drain() -> [Action] {
        var all: [Action] = []
        all.reserveCapacity(heap.count)
        while !heap.isEmpty { all.append(heap.popFirst().action) }
        return all
    }
}
