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
/// listed first. The comparison is done in exact integer arithmetic. The resolution tier is
/// not inferred from the pixel count: it is the request's own `resolution` (default applied).
struct PixelSizeSyntax: Sendable, Equatable {
    /// The largest width or height accepted, in pixels.
    let maxSide: Int

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
