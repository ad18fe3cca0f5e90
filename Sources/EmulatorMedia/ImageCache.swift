import Locking
import Synchronization

/// A thread-safe cache of encoded images, bounded by total encoded bytes with
/// least-recently-used eviction, that produces each missing value only once
/// even when many threads ask for it at the same moment.
///
/// Locking: one global `Locked` guards the LRU table and the in-flight table
/// and is only ever held for O(1) bookkeeping. Producing a value happens under
/// a per-key "flight" mutex instead, so threads that want the same missing key
/// queue behind the one producing it, while other keys proceed in parallel.
/// Lock order is always flight -> global, never the reverse.
final class ImageCache<Key: Hashable & Sendable>: Sendable {
    /// Largest total of cached bytes; a value larger than this is returned but not cached.
    let limitBytes: Int
    private let state: Locked<State>
    private let productions = Atomic<Int>(0)

    init(limitBytes: Int) {
        self.limitBytes = max(0, limitBytes)
        self.state = Locked(State())
    }

    /// Sum of the sizes of the cached values.
    var totalBytes: Int { state.withLock { $0.totalBytes } }

    /// Number of cached values.
    var count: Int { state.withLock { $0.entries.count } }

    /// How many times `produce` has run (tests use it to prove de-duplication).
    var productionCount: Int { productions.load(ordering: .relaxed) }

    /// The cached value for `key` (marked most recently used), or nil; never produces one.
    func cached(_ key: Key) -> [UInt8]? {
        state.withLock { s -> [UInt8]? in
            guard s.entries[key] != nil, case .hit(let bytes) = s.lookup(key) else { return nil }
            return bytes
        }
    }

    /// Whether `key` is cached (does not count as a use).
    func contains(_ key: Key) -> Bool { state.withLock { $0.entries[key] != nil } }

    /// The cached value for `key`, or the result of `produce`, which is then cached.
    /// Concurrent callers for the same missing key wait for one `produce` call and
    /// share its result (or its error; errors are not cached).
    func value(for key: Key, produce: () throws(ImageRenderError) -> [UInt8]) throws(ImageRenderError) -> [UInt8] {
        let flight: Flight
        switch state.withLock({ $0.lookup(key) }) {
        case .hit(let bytes): return bytes
        case .inFlight(let existing): flight = existing
        }
        let result = flight.result.withLock { slot -> Result<[UInt8], ImageRenderError> in
            if let done = slot { return done }
            productions.add(1, ordering: .relaxed)
            let produced = Result { () throws(ImageRenderError) -> [UInt8] in try produce() }
            slot = produced
            state.withLock { $0.land(key, flight: flight, result: produced, limit: limitBytes) }
            return produced
        }
        return try result.get()
    }

    /// One pending production; its mutex is held while the value is produced.
    private final class Flight: Sendable {
        let result = Locked<Result<[UInt8], ImageRenderError>?>(nil)
    }

    private enum Lookup {
        case hit([UInt8])
        case inFlight(Flight)
    }

    /// LRU table as a doubly linked list threaded through a dictionary by key.
    private struct State {
        struct Entry {
            var bytes: [UInt8]
            var newer: Key?
            var older: Key?
        }

        var entries: [Key: Entry] = [:]
        var newest: Key?
        var oldest: Key?
        var totalBytes = 0
        var flights: [Key: Flight] = [:]

        /// A hit (marked most recently used) or the flight to wait on, created if needed.
        mutating func lookup(_ key: Key) -> Lookup {
            if let entry = entries[key] {
                unlink(key)
                pushNewest(key)
                return .hit(entry.bytes)
            }
            if let flight = flights[key] { return .inFlight(flight) }
            let flight = Flight()
            flights[key] = flight
            return .inFlight(flight)
        }

        /// Retires a finished flight and caches a successful value, evicting as needed.
        mutating func land(_ key: Key, flight: Flight, result: Result<[UInt8], ImageRenderError>, limit: Int) {
            if flights[key] === flight { flights[key] = nil }
            guard case .success(let bytes) = result, bytes.count <= limit, entries[key] == nil else { return }
            entries[key] = Entry(bytes: bytes, newer: nil, older: nil)
            pushNewest(key)
            totalBytes += bytes.count
            while totalBytes > limit, let victim = oldest {
                unlink(victim)
                if let removed = entries.removeValue(forKey: victim) { totalBytes -= removed.bytes.count }
            }
        }

        private mutating func unlink(_ key: Key) {
            guard let entry = entries[key] else { return }
            if let newer = entry.newer { entries[newer]?.older = entry.older } else { newest = entry.older }
            if let older = entry.older { entries[older]?.newer = entry.newer } else { oldest = entry.newer }
            entries[key]?.newer = nil
            entries[key]?.older = nil
        }

        private mutating func pushNewest(_ key: Key) {
            entries[key]?.older = newest
            entries[key]?.newer = nil
            if let previous = newest { entries[previous]?.newer = key }
            newest = key
            if oldest == nil { oldest = key }
        }
    }
}
