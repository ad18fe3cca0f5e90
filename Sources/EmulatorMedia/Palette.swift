import EmulatorValues

/// The colours and background pattern of one placeholder, all derived from its seed.
///
/// The background is a two-colour diagonal gradient with a few soft brightness
/// bands running across it: obviously synthetic, pleasant, and smooth enough
/// that PNG's SUB filter turns most of it into zero bytes.
struct Palette: Sendable, Equatable {
    /// Gradient colour at the start of the diagonal.
    let start: RGB
    /// Gradient colour at the end of the diagonal.
    let end: RGB
    /// Whether the gradient runs bottom-left to top-right instead of top-left to bottom-right.
    let rising: Bool
    /// Number of soft bands across the diagonal.
    let bandCount: Double
    /// Brightness swing of the bands (fraction, e.g. 0.08 = ±8 %).
    let bandDepth: Double
    /// Band offset along the diagonal, 0..<1.
    let bandPhase: Double
    /// Label box fill (blended over the background with ``boxAlpha``).
    let box: RGB
    let boxAlpha: UInt8
    /// Thin frame around the label box.
    let border: RGB
    /// First label line.
    let title: RGB
    /// Remaining label lines.
    let text: RGB

    init(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let hue = rng.double(in: 0...360)
        let hueShift = rng.double(in: 50...150) * (rng.unit() < 0.5 ? -1 : 1)
        start = Palette.hsv(hue, rng.double(in: 0.45...0.75), rng.double(in: 0.70...0.92))
        end = Palette.hsv(hue + hueShift, rng.double(in: 0.50...0.80), rng.double(in: 0.45...0.70))
        rising = rng.unit() < 0.5
        bandCount = rng.double(in: 2.5...6.5)
        bandDepth = rng.double(in: 0.05...0.10)
        bandPhase = rng.unit()
        box = Palette.hsv(hue, 0.45, 0.13)
        boxAlpha = 215
        border = Palette.hsv(hue + hueShift / 2, 0.35, 0.95)
        title = RGB(255, 255, 255)
        text = Palette.hsv(hue + hueShift, 0.18, 0.97)
    }

    /// Background colour at position `t` (0...1) along the diagonal.
    func background(at t: Double) -> RGB {
        let eased = t * t * (3 - 2 * t)
        let wave = 1 + bandDepth * Palette.softWave(t * bandCount + bandPhase)
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            let v = (Double(a) + (Double(b) - Double(a)) * eased) * wave
            return UInt8(max(0, min(255, v.rounded())))
        }
        return RGB(channel(start.r, end.r), channel(start.g, end.g), channel(start.b, end.b))
    }

    /// A smooth periodic wave in -1...1 with period 1 (a smoothstepped triangle).
    /// Plain arithmetic instead of `sin` so results do not depend on the platform's libm.
    static func softWave(_ x: Double) -> Double {
        var u = x - x.rounded(.down)
        u = u < 0.5 ? 2 * u : 2 - 2 * u
        return 2 * (u * u * (3 - 2 * u)) - 1
    }

    /// HSV to RGB; hue in degrees (any value, wrapped), saturation and value 0...1.
    static func hsv(_ hue: Double, _ saturation: Double, _ value: Double) -> RGB {
        var h = hue.truncatingRemainder(dividingBy: 360)
        if h < 0 { h += 360 }
        let c = value * saturation
        let x = c * (1 - abs((h / 60).truncatingRemainder(dividingBy: 2) - 1))
        let m = value - c
        let (r, g, b): (Double, Double, Double)
        switch h {
        case ..<60: (r, g, b) = (c, x, 0)
        case ..<120: (r, g, b) = (x, c, 0)
        case ..<180: (r, g, b) = (0, c, x)
        case ..<240: (r, g, b) = (0, x, c)
        case ..<300: (r, g, b) = (x, 0, c)
        default: (r, g, b) = (c, 0, x)
        }
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, ((v + m) * 255).rounded()))) }
        return RGB(byte(r), byte(g), byte(b))
    }
}
