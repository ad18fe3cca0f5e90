/// One line of the request journal.
public struct JournalEntry: Sendable, Equatable {
    public var sequence: Int
    public var method: String
    public var path: String
    public var status: Int
    public var key: String?
    public var requestID: String
    public var at: Timestamp
    public var bodySize: Int
    public var matchedRule: Int?
    public var taskID: String?
    /// Set for a webhook attempt the emulator made (direction `outbound`); nil for a request
    /// it received.
    public var outbound: OutboundCall? = nil
}

/// What the journal adds for a webhook attempt: where it went, which attempt it was, and
/// why it failed (`status` is 0 when no answer came).
public struct OutboundCall: Sendable, Equatable {
    public var url: String
    public var attempt: Int
    /// nil when delivered (a 2xx answer).
    public var error: String?
    /// Wall milliseconds the attempt took.
    public var durationMilliseconds: Int64
}

/// A bounded ring of the latest requests, with a count of what fell off the end.
public struct RequestJournal: Sendable {
    public private(set) var capacity: Int
    public private(set) var evicted = 0
    private var entries: [JournalEntry] = []
    private var head = 0
    private var nextSequence = 1

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    public mutating func append(_ make: (Int) -> JournalEntry) {
        let entry = make(nextSequence)
        nextSequence += 1
        if entries.count < capacity {
            entries.append(entry)
        } else {
            entries[head] = entry
            head = (head + 1) % capacity
            evicted += 1
        }
    }

    /// Oldest first.
    public var all: [JournalEntry] { Array(entries[head...] + entries[..<head]) }

    public var count: Int { entries.count }

    public mutating func clear() {
        entries.removeAll()
        head = 0
        evicted = 0
    }

    public mutating func resize(_ newCapacity: Int) {
        let kept = all.suffix(max(1, newCapacity))
        evicted += all.count - kept.count
        entries = Array(kept)
        head = 0
        capacity = max(1, newCapacity)
    }
}

extension RequestJournal {
    /// The entries newest first, without copying the ring.
    var newestFirst: some Sequence<JournalEntry> {
        let n = entries.count
        return (0..<n).lazy.map { [entries, head] i in entries[(head + n - 1 - i) % n] }
    }

    /// Up to `limit` entries with a sequence below `before` (all when nil) that match,
    /// newest first, and whether more matching entries are left below the last one.
    func latest(_ limit: Int, before: Int?, matching: (JournalEntry) -> Bool) -> (entries: [JournalEntry], more: Bool) {
        var found: [JournalEntry] = []
        for entry in newestFirst where before.map({ entry.sequence < $0 }) ?? true && matching(entry) {
            if found.count == limit { return (found, true) }
            found.append(entry)
        }
        return (found, false)
    }
}
