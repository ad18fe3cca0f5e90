/// Mints task ids in each provider's documented shape (docs/contract.md §3, §4, §5).
enum TaskIDGenerator {
    private static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    private static let alphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    static func make(_ style: TaskIDStyle, model: String, at time: Timestamp, random: inout SeededRandom) -> String {
        switch style {
        case .hex32:
            return "task_" + random.hexString(32)
        case .ulid:
            return "task_" + ulid(at: time, random: &random)
        case .apiinone:
            let digits = String(random.draw(in: 10...99))
            let tail = String((0..<6).map { _ in alphanumerics[Int(random.next() % UInt64(alphanumerics.count))] })
            return "n" + digits + tail + "_" + model.filter { $0 != "-" }
        }
    }

    /// 26 Crockford base-32 characters: 48 bits of milliseconds, then 80 random bits.
    static func ulid(at time: Timestamp, random: inout SeededRandom) -> String {
        var chars: [Character] = []
        var ms = UInt64(max(0, time.milliseconds)) & 0xFFFF_FFFF_FFFF
        for _ in 0..<10 {
            chars.insert(crockford[Int(ms & 31)], at: 0)
            ms >>= 5
        }
        let high = random.next() & 0xFFFF  // 16 bits
        let low = random.next()  // 64 bits
        var bits = (high, low)
        var tail: [Character] = []
        for _ in 0..<16 {
            tail.insert(crockford[Int(bits.1 & 31)], at: 0)
            bits.1 = (bits.1 >> 5) | ((bits.0 & 31) << 59)
            bits.0 >>= 5
        }
        return String(chars + tail)
    }

    /// The path segment media URLs use: the id without `task_`.
    static func mediaKey(for id: String) -> String {
        id.hasPrefix("task_") ? String(id.dropFirst(5)) : id
    }
}
