/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator whose whole output follows
/// from its seed, so `--seed` makes task ids, durations and request ids repeatable, and equal
/// image seeds give equal pixels.
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

    /// Uniform in 0..<1 (53 random bits).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

    /// Uniform in `range`.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// A value drawn uniformly from `range` (inclusive).
    public mutating func draw(in range: ClosedRange<Int64>) -> Int64 {
        if range.lowerBound >= range.upperBound { return range.lowerBound }
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        return range.lowerBound + Int64(span == 0 ? next() : next() % span)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Formats 128 bits as a version-4 UUID (the version and variant bits are set).
    public static func uuid(_ high: UInt64, _ low: UInt64) -> String {
        let a = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let b = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { out in
            var o = 0
            for n in 0..<32 {
                if n == 8 || n == 12 || n == 16 || n == 20 {
                    out[o] = UInt8(ascii: "-")
                    o += 1
                }
                let word = n < 16 ? a : b
                out[o] = hexDigits[Int((word >> UInt64(60 - 4 * (n % 16))) & 0xF)]
                o += 1
            }
            return o
        }
    }

    /// The `n`-th value of the stream seeded with `seed`, computed without state
    /// (so many threads can draw request ids with one atomic counter).
    public static func mix(_ seed: UInt64, _ n: UInt64) -> UInt64 {
        var generator = SeededRandom(seed: seed &+ n &* 0x9E37_79B9_7F4A_7C15)
        return generator.next()
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
