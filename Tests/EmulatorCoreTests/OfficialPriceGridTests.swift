@testable import EmulatorCore
import Testing

/// gpt-image-2-official's published price grid: 96 SKUs `gpt-image-2-official:<size>@<res>_<quality>`
/// in USD per image (reapi.ai/models/gpt-image-2, snapshot of 2026-07-23), copied as published.
@Suite("gpt-image-2-official price grid")
struct OfficialPriceGridTests {
    static let columns = ["1k_low", "1k_medium", "1k_high", "2k_low", "2k_medium", "2k_high", "4k_low", "4k_medium", "4k_high"]
    static let published = """
        16:9 | 0.00608 | 0.0536 | 0.2136 | 0.0108 | 0.0952 | 0.3792 | 0.03792 | 0.3344 | 1.3328
        1:1 | 0.0048 | 0.0424 | 0.1688 | 0.01912 | 0.1688 | 0.6736 | — | — | —
        1:2 | 0.0096 | 0.0848 | 0.3376 | 0.01648 | 0.1456 | 0.58 | 0.03368 | 0.2976 | 1.1848
        21:9 | 0.00792 | 0.0704 | 0.28 | 0.01416 | 0.1248 | 0.4984 | 0.02896 | 0.256 | 1.0176
        2:1 | 0.0096 | 0.0848 | 0.3376 | 0.01648 | 0.1456 | 0.58 | 0.03368 | 0.2976 | 1.1848
        2:3 | 0.0072 | 0.0632 | 0.252 | 0.01272 | 0.112 | 0.4472 | — | — | —
        3:2 | 0.0072 | 0.0632 | 0.252 | 0.01272 | 0.112 | 0.4472 | — | — | —
        3:4 | 0.0036 | 0.032 | 0.1272 | 0.0144 | 0.1272 | 0.5064 | — | — | —
        4:3 | 0.0036 | 0.032 | 0.1272 | 0.0144 | 0.1272 | 0.5064 | — | — | —
        4:5 | 0.006 | 0.0528 | 0.2104 | 0.02392 | 0.2112 | 0.8424 | — | — | —
        5:4 | 0.006 | 0.0528 | 0.2104 | 0.02392 | 0.2112 | 0.8424 | — | — | —
        9:16 | 0.00608 | 0.0536 | 0.2136 | 0.0108 | 0.0952 | 0.3792 | 0.03792 | 0.3344 | 1.3328
        9:21 | 0.00792 | 0.0704 | 0.28 | 0.01416 | 0.1248 | 0.4984 | 0.02896 | 0.256 | 1.0176
        """

    /// (size, resolution, quality, USD in micro-dollars) for every published cell.
    static var cells: [(size: String, resolution: String, quality: String, microDollars: Int)] {
        published.split(separator: "\n").flatMap { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return zip(columns, parts.dropFirst()).compactMap { column, text -> (String, String, String, Int)? in
                guard let micro = microDollars(text) else { return nil }
                let split = column.split(separator: "_")
                return (parts[0], String(split[0]), String(split[1]), micro)
            }
        }
    }

    /// `0.00608` → 6080, exactly (decimal text, no floating point); nil for `—`.
    static func microDollars(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int(parts[0]), parts[1].count <= 6,
              let fraction = Int(parts[1] + String(repeating: "0", count: 6 - parts[1].count)) else { return nil }
        return whole * 1_000_000 + fraction
    }

    @Test("the published grid has 96 cells")
    func cellCount() { #expect(Self.cells.count == 96) }

    @Test("every published cell bills ceil(usd × n × 1000) credits, for n = 1 and n = 3")
    func everyCell() throws {
        for cell in Self.cells {
            for n in [1, 3] {
                let order = try accepted(request("gpt-image-2-official", [
                    "size": .string(cell.size), "resolution": .string(cell.resolution), "quality": .string(cell.quality), "n": .int(n),
                ]))
                let total = cell.microDollars * n
                let expected = total / 1000 + (total % 1000 == 0 ? 0 : 1)
                #expect(order.credits == expected, "\(cell.size)@\(cell.resolution)_\(cell.quality) × \(n)")
            }
        }
    }

    @Test("no 4k SKU for a non-widescreen size: refused by the 4K rule, never priced",
          arguments: ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4"])
    func noFourKCell(size: String) throws {
        expectRefusal(try refused(request("gpt-image-2-official", ["size": .string(size), "resolution": "4k"])), code: 20003,
                      "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}")
    }
}
