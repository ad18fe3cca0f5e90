/// Finds which of many needles occur in a text in one pass over the text (Aho–Corasick over
/// UTF-8 bytes), so that `prompt_contains` over thousands of rules costs the prompt's length,
/// not the prompt's length times the rules.
///
/// Needles and texts are compared after `NeedleIndex.fold`: lower-cased, byte for byte in UTF-8.
/// Each needle ends in a state (`state(ofNeedle:)`); equal needles share it.
struct NeedleIndex: Sendable {
    /// Goto edges, keyed by `state << 8 | byte`.
    private var edges: [UInt64: Int32] = [:]
    /// Longest proper suffix of each state's text that is also a state (0: the root).
    private var fail: [Int32] = [0]
    /// Whether some needle ends in each state.
    private var terminal: [Bool] = [false]
    /// Nearest terminal state among each state's proper suffixes (-1: none).
    private var outputLink: [Int32] = [-1]
    /// The state each needle ends in, in the order given.
    private var needleStates: [Int32] = []
    /// States in breadth-first order (each state's `fail` comes before it).
    private var order: [Int32] = [0]
    /// Per state, the least weight of the needles ending in it or in one of its suffixes.
    private var leastWeights: [Int] = []

    /// The form in which needles and texts are compared: lower-cased UTF-8.
    static func fold(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

    /// - Parameter weights: one per needle, for `leastWeight(in:)` (none: all `Int.max`).
    /// Whether `needle` occurs in `text` (both folded): the one-off form of `matches(in:)`.
    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= text.count else { return false }
        if needle.isEmpty { return true }
        return (0...(text.count - needle.count)).contains { start in
            text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    init(needles: [[UInt8]], weights: [Int] = []) {
        for needle in needles {
            var state: Int32 = 0
            for byte in needle {
                let key = Self.key(state, byte)
                if let next = edges[key] {
                    state = next
                } else {
                    let next = Int32(fail.count)
                    fail.append(0)
                    terminal.append(false)
                    outputLink.append(-1)
                    edges[key] = next
                    state = next
                }
            }
            terminal[Int(state)] = true
            needleStates.append(state)
        }
        linkSuffixes()
        var own = [Int](repeating: .max, count: fail.count)
        for (index, state) in needleStates.enumerated() where index < weights.count {
            own[Int(state)] = min(own[Int(state)], weights[index])
        }
        // A state's least is its own or its longest suffix state's, which comes earlier in `order`.
        leastWeights = own
        for state in order.dropFirst() { leastWeights[Int(state)] = min(own[Int(state)], leastWeights[Int(fail[Int(state)])]) }
    }

    var stateCount: Int { fail.count }

    func state(ofNeedle index: Int) -> Int32 { needleStates[index] }

    /// Breadth-first: a state's suffix link is found from its parent's, which is shallower.
    private mutating func linkSuffixes() {
        var children: [[(byte: UInt8, state: Int32)]] = Array(repeating: [], count: fail.count)
        for (key, child) in edges { children[Int(key >> 8)].append((UInt8(truncatingIfNeeded: key), child)) }
        var head = 0
        while head < order.count {
            let parent = order[head]
            head += 1
            for (byte, child) in children[Int(parent)].sorted(by: { $0.byte < $1.byte }) {
                if parent != 0 { fail[Int(child)] = step(fail[Int(parent)], byte) }
                let suffix = fail[Int(child)]
                outputLink[Int(child)] = terminal[Int(suffix)] ? suffix : outputLink[Int(suffix)]
                order.append(child)
            }
        }
    }

    private static func key(_ state: Int32, _ byte: UInt8) -> UInt64 { UInt64(UInt32(state)) << 8 | UInt64(byte) }

    /// The state after reading `byte` in `state`, following suffix links on a miss.
    private func step(_ state: Int32, _ byte: UInt8) -> Int32 {
        var current = state
        while true {
            if let next = edges[Self.key(current, byte)] { return next }
            if current == 0 { return 0 }
            current = fail[Int(current)]
        }
    }

    /// The terminal states of every needle that occurs in `text` (already folded).
    func matches(in text: [UInt8]) -> Set<Int32> {
        var found: Set<Int32> = terminal[0] ? [0] : []
        var state: Int32 = 0
        for byte in text {
            state = step(state, byte)
            var output = terminal[Int(state)] ? state : outputLink[Int(state)]
            // A state's suffixes were all collected when it was first found.
            while output >= 0, found.insert(output).inserted { output = outputLink[Int(output)] }
        }
        return found
    }

    /// The least weight of the needles that occur in `text` (already folded), or nil when none
    /// does (equal needles: the least of their weights).
    func leastWeight(in text: [UInt8]) -> Int? {
        var least = leastWeights[0]
        var state: Int32 = 0
        for byte in text {
            state = step(state, byte)
            least = min(least, leastWeights[Int(state)])
        }
        return least == .max ? nil : least
    }
}
