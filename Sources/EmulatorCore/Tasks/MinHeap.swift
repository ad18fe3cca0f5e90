/// Something a `MinHeap` can order: `precedes` is a strict "comes before".
protocol HeapOrdered {
    func precedes(_ other: Self) -> Bool
}

/// A binary min-heap: push and take-the-first in O(log n). The clock's wake-ups and the
/// session's settlement events both keep one.
struct MinHeap<Element: HeapOrdered> {
    private var heap: [Element] = []

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }
    /// The element that comes first, if any.
    var first: Element? { heap.first }

    mutating func push(_ element: Element) {
        heap.append(element)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the first element (the heap must not be empty).
    mutating func popFirst() -> Element {
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

    mutating func removeAll() { heap.removeAll() }
}

extension MinHeap: Sendable where Element: Sendable {}
