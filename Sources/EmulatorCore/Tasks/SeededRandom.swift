/// SplitMix64: a small, fast generator whose whole output follows from its seed,
/// so `--seed` makes task ids, durations and request ids repeatable.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value drawn uniformly from `range` (inclusive).
    public mutating func draw(in range: ClosedRange<Int64>) -> Int64 {
        if range.lowerBound >= range.upperBound { return range.lowerBound }
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        return range.lowerBound + Int64(span == 0 ? next() : next() % span)
    }

    /// A version-4 UUID string, lower-case.
    public mutating func uuid() -> String {
        var a = next(), b = next()
        a = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let h = hex(a, 16) + hex(b, 16)
        let c = Array(h)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }

    /// `count` lower-case hex characters.
    public mutating func hexString(_ count: Int) -> String {
        var out = ""
        while out.count < count { out += hex(next(), 16) }
        return String(out.prefix(count))
    }

    private func hex(_ v: UInt64, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
