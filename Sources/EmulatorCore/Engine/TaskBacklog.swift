/// Task ids in the order something happened to them (accepted, settled), oldest first, where
/// an id can be dropped from anywhere in O(1): dropped ids (no longer in `live`, the
/// session's task table) stay until they reach the front and the array is compacted once they are more than half of it, so the
/// cost per task stays constant however long the emulator runs.
struct TaskBacklog: Sendable {
    struct Entry: Sendable {
        /// The order number (1, 2, …) of the task in this backlog: the listing cursor.
        let sequence: Int
        let id: String
    }

    private var entries: [Entry] = []
    private var head = 0
    private var nextSequence = 1

    /// Adds `id` at the end; returns its sequence number.
    @discardableResult
    mutating func append(_ id: String) -> Int {
        defer { nextSequence += 1 }
        entries.append(Entry(sequence: nextSequence, id: id))
        return nextSequence
    }

    /// The oldest entry still in `live`; dropped ones before it are let go.
    mutating func first(live: [String: TaskRecord]) -> Entry? {
        while head < entries.count, live[entries[head].id] == nil { head += 1 }
        dropFront()
        return head < entries.count ? entries[head] : nil
    }

    /// Lets go of the dropped entries once the array holds more than twice as many as
    /// `live` (plus some slack), so dropping from the middle stays amortised O(1).
    mutating func compact(live: [String: TaskRecord]) {
        guard entries.count - head > 2 * live.count + 1024 else { return }
        entries = entries[head...].filter { live[$0.id] != nil }
        head = 0
    }

    private mutating func dropFront() {
        guard head > 1024, head * 2 > entries.count else { return }
        entries.removeFirst(head)
        head = 0
    }

    /// Up to `limit` live entries with a sequence below `before` (all when nil), newest
    /// first, and whether more live entries are left below the last one returned.
    func latest(_ limit: Int, before: Int?, matching: (Entry) -> Bool) -> (entries: [Entry], more: Bool) {
        var end = entries.count
        if let before {
            // Sequences grow with the index: binary search for the first entry at or past `before`.
            var low = head, high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].sequence < before { low = mid + 1 } else { high = mid }
            }
            end = low
        }
        var found: [Entry] = []
        var i = end - 1
        while i >= head {
            let entry = entries[i]
            if matching(entry) {
                if found.count == limit { return (found, true) }
                found.append(entry)
            }
            i -= 1
        }
        return (found, false)
    }

    mutating func removeAll() {
        entries.removeAll()
        head = 0
        nextSequence = 1
    }

    /// Entries held, dropped ones not yet compacted included (for tests of the bound).
    var storedCount: Int { entries.count - head }
}
