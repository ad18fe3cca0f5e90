/// An aspect ratio written `W:H` (`16:9`), as listed in a size or aspect-ratio enum.
struct AspectRatio: Sendable, Equatable {
    /// The ratio as spelled in the enum (`"16:9"`).
    let name: String
    let width: Int
    let height: Int

    /// Parses `W:H` with positive integers; `nil` for anything else (`auto`, `1k`, …).
    init?(_ name: String) {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Self.positiveInt(parts[0], maxDigits: 4),
              let h = Self.positiveInt(parts[1], maxDigits: 4) else { return nil }
        self.name = name
        width = w
        height = h
    }

    static func positiveInt(_ text: Substring, maxDigits: Int) -> Int? {
        guard !text.isEmpty, text.count <= maxDigits, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(text), value > 0 else { return nil }
        return value
    }
}

/// The `WIDTHxHEIGHT` pixel strings a size field may accept besides its enum (`1024x1024`,
/// `3840X2160`), and how one snaps to the closest listed ratio.
///
/// Snapping rule: among the enum's `W:H` ratios, pick the one whose aspect differs least from
/// the requested one by *factor* — the smaller of max(a/b, b/a) — so 2:1 and 1:2 are equally
/// far from 1:1 and portrait and landscape requests are treated alike. Ties go to the ratio
/// listed first. The comparison is done in exact integer arithmetic. Without `snapWith` the
/// resolution tier is the request's own `resolution` (default applied); with it, the string
/// snaps to the closest cell of the whole pixel grid instead (`PixelGridSnap`).
struct PixelSizeSyntax: Sendable, Equatable {
    /// The largest width or height accepted, in pixels.
    let maxSide: Int
    /// Other pixel-table axes (`resolution`) the snapped cell also decides.
    var snapWith: [String] = []

    /// Parses `WxH` (either case of `x`, ASCII digits, 1...maxSide each); `nil` otherwise.
    func parse(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "x" || $0 == "X" }
        guard parts.count == 2, let width = AspectRatio.positiveInt(parts[0], maxDigits: 6),
              let height = AspectRatio.positiveInt(parts[1], maxDigits: 6),
              width <= maxSide, height <= maxSide else { return nil }
        return (width, height)
    }

    /// The ratio closest to `width`×`height`, by the rule in the type's documentation.
    static func closest(width: Int, height: Int, among ratios: [AspectRatio]) -> AspectRatio? {
        var best: (ratio: AspectRatio, larger: Int, smaller: Int)?
        for ratio in ratios {
            // Requested aspect over candidate aspect is p/q; its distance factor is larger/smaller.
            let p = width * ratio.height
            let q = height * ratio.width
            let larger = max(p, q), smaller = min(p, q)
            if let current = best {
                // larger/smaller < current.larger/current.smaller, without division.
                if larger * current.smaller < current.larger * smaller { best = (ratio, larger, smaller) }
            } else {
                best = (ratio, larger, smaller)
            }
        }
        return best?.ratio
    }
}

/// Snapping a `WxH` string to the closest cell of a model's whole pixel grid, ratio and tier
/// together (gpt-image-2-official: `3840x2160` is the 16:9@4k cell, `2048x2048` 1:1@2k).
///
/// The ratio is chosen first, by `PixelSizeSyntax.closest` (aspect by factor, ties to the ratio
/// listed first), so an exact 16:9 request stays 16:9; then, among that ratio's cells, the one
/// whose pixel count is closest by factor (max(a, b)/min(a, b)), ties to the cell listed first.
/// Everything is compared exactly in integers.
enum PixelGridSnap {
    /// The keys (axis name → table key) of the closest cell. Candidates: cells whose key for
    /// `field` is one of `ratios`, whose keys for the `free` axes are anything, and whose keys for
    /// every other axis equal the request's resolved value there.
    static func closest(width: Int, height: Int, in table: LookupTable<PixelSize>, field: String, ratios: [String],
                        free: [String], resolved: JSONObject) -> [String: String]? {
        guard let ratioAxis = table.axes.firstIndex(of: field) else { return nil }
        let candidates = table.cells().filter { cell in
            zip(table.axes, cell.keys).allSatisfy { axis, key in
                if axis == field { return ratios.contains(key) }
                if free.contains(axis) { return true }
                return resolved[axis].flatMap(LookupTable<PixelSize>.key(for:)) == key
            }
        }
        let present = ratios.filter { name in candidates.contains { $0.keys[ratioAxis] == name } }.compactMap(AspectRatio.init)
        guard let ratio = PixelSizeSyntax.closest(width: width, height: height, among: present) else { return nil }
        let area = width * height
        var best: (keys: [String], larger: Int, smaller: Int)?
        for cell in candidates where cell.keys[ratioAxis] == ratio.name {
            let larger = max(area, cell.value.area), smaller = min(area, cell.value.area)
            if let current = best, larger * current.smaller >= current.larger * smaller { continue }
            best = (cell.keys, larger, smaller)
        }
        return best.map { Dictionary(uniqueKeysWithValues: zip(table.axes, $0.keys)) }
    }
}

extension LookupTable {
    /// Every value with the keys leading to it, in the order the fixture lists them.
    func cells() -> [(keys: [String], value: Value)] {
        var out: [(keys: [String], value: Value)] = []
        func walk(_ node: Node, _ keys: [String]) {
            switch node {
            case .leaf(let value): out.append((keys, value))
            case .branch(let entries): for entry in entries { walk(entry.node, keys + [entry.key]) }
            }
        }
        walk(root, [])
        return out
    }
}
