/// One 8-bit RGB colour.
struct RGB: Hashable, Sendable {
    var r: UInt8
    var g: UInt8
    var b: UInt8

    init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Rec. 601 luma, 0...255; used by tests to tell light text from a dark box.
    var luma: Int { (299 * Int(r) + 587 * Int(g) + 114 * Int(b)) / 1000 }
}

/// A tightly packed RGB8 pixel buffer (row-major, top row first) that the
/// placeholder is drawn into and the encoders read from.
///
/// All drawing clips to the canvas, so callers may pass rectangles that are
/// partly or wholly outside it. Hot loops work on raw buffer pointers and copy
/// whole rows where possible, so a 3840x2160 fill stays cheap even in debug builds.
struct Canvas: Sendable, Equatable {
    let width: Int
    let height: Int
    /// width * height * 3 bytes.
    private(set) var pixels: [UInt8]

    /// A canvas filled with `color`. Sizes must be positive (callers validate first).
    init(width: Int, height: Int, fill color: RGB = RGB(0, 0, 0)) {
        precondition(width > 0 && height > 0, "canvas size must be positive")
        self.width = width
        self.height = height
        self.pixels = [UInt8](repeating: 0, count: width * height * 3)
        if color != RGB(0, 0, 0) {
            fillRect(x: 0, y: 0, width: width, height: height, color: color)
        }
    }

    /// Wraps decoded pixels; nil unless `pixels.count == width * height * 3`.
    init?(width: Int, height: Int, pixels: [UInt8]) {
        guard width > 0, height > 0, pixels.count == width * height * 3 else { return nil }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The colour at (x, y); both must be inside the canvas.
    func pixel(x: Int, y: Int) -> RGB {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel out of bounds")
        let i = (y * width + x) * 3
        return RGB(pixels[i], pixels[i + 1], pixels[i + 2])
    }

    /// Fills the whole canvas with a colour that depends only on the diagonal
    /// index `d` (0...width+height-2): `d = x + y` when `rising` is false
    /// (bands run top-right to bottom-left), `d = x + (height-1-y)` when true.
    ///
    /// Every row is then a window into one precomputed strip, so the cost is
    /// one `colorAt` call per diagonal plus a memcpy per row.
    mutating func fillDiagonal(rising: Bool, colorAt: (Int) -> RGB) {
        let diagonals = width + height - 1
        var strip = [UInt8](repeating: 0, count: diagonals * 3)
        for d in 0..<diagonals {
            let c = colorAt(d)
            strip[d * 3] = c.r
            strip[d * 3 + 1] = c.g
            strip[d * 3 + 2] = c.b
        }
        let (w, h) = (width, height)
        let rowBytes = w * 3
        strip.withUnsafeBytes { source in
            pixels.withUnsafeMutableBytes { dest in
                for y in 0..<h {
                    let offset = rising ? (h - 1 - y) : y
                    dest.baseAddress!.advanced(by: y * rowBytes)
                        .copyMemory(from: source.baseAddress!.advanced(by: offset * 3), byteCount: rowBytes)
                }
            }
        }
    }

    /// Paints an opaque rectangle, clipped to the canvas.
    mutating func fillRect(x: Int, y: Int, width rectWidth: Int, height rectHeight: Int, color: RGB) {
        guard let clip = clipped(x: x, y: y, width: rectWidth, height: rectHeight) else { return }
        let rowBytes = width * 3
        let spanBytes = clip.width * 3
        pixels.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let first = base + clip.y * rowBytes + clip.x * 3
            for i in 0..<clip.width {
                first[i * 3] = color.r
                first[i * 3 + 1] = color.g
                first[i * 3 + 2] = color.b
            }
            for row in 1..<max(1, clip.height) {
                (first + row * rowBytes).update(from: first, count: spanBytes)
            }
        }
    }

    /// Blends `color` over a rectangle with opacity `alpha` (0 transparent ... 255 opaque),
    /// clipped to the canvas.
    mutating func blendRect(x: Int, y: Int, width rectWidth: Int, height rectHeight: Int, color: RGB, alpha: UInt8) {
        guard let clip = clipped(x: x, y: y, width: rectWidth, height: rectHeight) else { return }
        // For a fixed colour and alpha, each channel is a 256-entry lookup.
        let a = Int(alpha)
        func table(_ c: UInt8) -> [UInt8] {
            (0..<256).map { v in UInt8((v * (255 - a) + Int(c) * a + 127) / 255) }
        }
        let tables = table(color.r) + table(color.g) + table(color.b)
        let rowBytes = width * 3
        tables.withUnsafeBufferPointer { lut in
            pixels.withUnsafeMutableBufferPointer { buffer in
                for row in clip.y..<(clip.y + clip.height) {
                    let p = buffer.baseAddress! + row * rowBytes + clip.x * 3
                    for i in 0..<clip.width {
                        p[i * 3] = lut[Int(p[i * 3])]
                        p[i * 3 + 1] = lut[256 + Int(p[i * 3 + 1])]
                        p[i * 3 + 2] = lut[512 + Int(p[i * 3 + 2])]
                    }
                }
            }
        }
    }

    /// Paints the outline of a rectangle `thickness` pixels wide, inside its bounds.
    mutating func strokeRect(x: Int, y: Int, width rectWidth: Int, height rectHeight: Int, thickness: Int, color: RGB) {
        let t = max(1, min(thickness, rectWidth, rectHeight))
        fillRect(x: x, y: y, width: rectWidth, height: t, color: color)
        fillRect(x: x, y: y + rectHeight - t, width: rectWidth, height: t, color: color)
        fillRect(x: x, y: y, width: t, height: rectHeight, color: color)
        fillRect(x: x + rectWidth - t, y: y, width: t, height: rectHeight, color: color)
    }

    /// The part of a rectangle inside the canvas, nil if none (or if the size overflows).
    private func clipped(x: Int, y: Int, width w: Int, height h: Int) -> (x: Int, y: Int, width: Int, height: Int)? {
        guard w > 0, h > 0 else { return nil }
        let (right, o1) = x.addingReportingOverflow(w)
        let (bottom, o2) = y.addingReportingOverflow(h)
        guard !o1, !o2 else { return nil }
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(width, right), y1 = min(height, bottom)
        guard x0 < x1, y0 < y1 else { return nil }
        return (x0, y0, x1 - x0, y1 - y0)
    }
}

extension Canvas: CustomStringConvertible {
    /// Size only: printing megabytes of pixels helps nobody (e.g. in test failures).
    var description: String { "Canvas(\(width)x\(height))" }
}
