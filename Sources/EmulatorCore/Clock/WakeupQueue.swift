/// The clock's pending wake-ups as a binary min-heap on (due, sequence): scheduling and
/// taking the earliest are O(log n), so thousands of held answers cost no more per answer
/// than a few (a sorted array paid O(n) per insert).
struct WakeupQueue<Action> {
    struct Entry {
        let due: Timestamp
        /// Insertion order: wake-ups due at the same time fire first-scheduled first.
        let sequence: UInt64
        let action: Action

        func precedes(_ other: Entry) -> Bool { (due, sequence) < (other.due, other.sequence) }
    }

    private var heap: [Entry] = []
    private var nextSequence: UInt64 = 0

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }
    /// The earliest due time, if any.
    var earliest: Timestamp? { heap.first?.due }

    mutating func push(_ due: Timestamp, _ action: Action) {
        nextSequence += 1
        heap.append(Entry(due: due, sequence: nextSequence, action: action))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns, earliest first, every entry due at or before `now`.
    mutating func popDue(_ now: Timestamp) -> [Action] {
        var due: [Action] = []
        while let first = heap.first, first.due <= now { due.append(popFirst().action) }
        return due
    }

    /// Removes everything, earliest first.
    mutating func drain() -> [Action] {
        var all: [Action] = []
        all.reserveCapacity(heap.count)
        while !heap.isEmpty { all.append(popFirst().action) }
        return all
    }

    private mutating func popFirst() -> Entry {
        let first = heap[0]
        let last = heap.removeLast()
        guard !heap.isEmpty else { return first }
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
        return first
    }
}
