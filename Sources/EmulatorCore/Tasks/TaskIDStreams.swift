import EmulatorValues
import Locking

/// Hands each task-id stream of one emulator its own key, so no two sessions (nor one session
/// before and after a reset) draw the same ids even when they share a seed, while a run that
/// opens the same sessions and resets with the same seeds draws the same ids again.
///
/// The first stream of a seed is keyed by the seed itself; the n-th one by a mix of seed and n.
/// Remembers the last `capacity` seeds it was asked for (a few bytes each): a seed not used for
/// that many other seeds starts over at its first stream.
public final class TaskIDStreams: Sendable {
    static let capacity = 65_536

    private struct Uses {
        var count: [UInt64: UInt64] = [:]
        /// Seeds in the order they were first asked for, to forget the oldest past `capacity`.
        var order: [UInt64] = []
        var oldest = 0
    }

    private let uses = Locked(Uses())

    public init() {}

    /// The key of the next id stream for `seed`.
    func claim(seed: UInt64) -> UInt64 {
        let n = uses.withLock { u -> UInt64 in
            let n = u.count[seed] ?? 0
            if n == 0 {
                if u.order.count < Self.capacity {
                    u.order.append(seed)
                } else {
                    u.count[u.order[u.oldest]] = nil
                    u.order[u.oldest] = seed
                    u.oldest = (u.oldest + 1) % Self.capacity
                }
            }
            u.count[seed] = n + 1
            return n
        }
        return n == 0 ? seed : SeededRandom.mix(seed ^ 0x6964_5F73_7472_6561, n)  // "id_strea"
    }
}
