import Foundation
import Synchronization

/// Runs `body(i)` for i in 0..<count on `count` separate OS threads that start
/// together, and waits for all of them.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    let gate = Gate()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            gate.arriveAndWait(total: count)
            body(index)
            group.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    group.wait()
}

/// A one-shot barrier: every thread spins until `total` have arrived.
final class Gate: Sendable {
    private let arrived = Atomic<Int>(0)

    func arriveAndWait(total: Int) {
        arrived.add(1, ordering: .acquiringAndReleasing)
        while arrived.load(ordering: .acquiring) < total { sched_yield() }
    }
}

/// Wraps encoded bytes so expectations compare them exactly but print one
/// line (length and FNV-1a hash) on failure instead of megabytes of numbers.
struct Digest: Equatable, CustomStringConvertible {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var description: String {
        let hash = bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        return "\(bytes.count) bytes, fnv1a \(String(hash, radix: 16))"
    }
}
