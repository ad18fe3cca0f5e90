import Testing
import ReAPIEmulatorTesting
@testable import EmulatorMedia

/// What is drawn: deterministic, seed- and text-dependent, with a readable label.
@Suite("Rendering")
struct RenderingTests {
    static let lines = ["gpt-image-2-official", "1408x768", "seed 42"]

    /// Bounding box of pure-white pixels (the title colour; the background never reaches white).
    static func whiteBounds(_ canvas: Canvas) -> (minX: Int, minY: Int, maxX: Int, maxY: Int, count: Int)? {
        var bounds: (minX: Int, minY: Int, maxX: Int, maxY: Int, count: Int)? = nil
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where canvas.pixel(x: x, y: y) == RGB(255, 255, 255) {
                if let b = bounds {
                    bounds = (min(b.minX, x), min(b.minY, y), max(b.maxX, x), max(b.maxY, y), b.count + 1)
                } else {
                    bounds = (x, y, x, y, 1)
                }
            }
        }
        return bounds
    }

    @Test("Same spec gives identical bytes, even from separate renderers", arguments: [ImageFormat.png, .jpeg])
    func deterministic(format: ImageFormat) throws {
        let spec = ImageSpec(width: 640, height: 360, format: format, lines: Self.lines, seed: 42)
        let first = try ImageRenderer(cacheLimitBytes: 0).image(for: spec)
        let second = try ImageRenderer(cacheLimitBytes: 0).image(for: spec)
        #expect(Digest(first) == Digest(second))
    }

    @Test("Seed, text and format each change the bytes", arguments: [ImageFormat.png, .jpeg])
    func inputsMatter(format: ImageFormat) throws {
        let renderer = ImageRenderer(cacheLimitBytes: 0)
        let base = ImageSpec(width: 320, height: 240, format: format, lines: Self.lines, seed: 42)
        var otherSeed = base
        otherSeed.seed = 43
        var otherText = base
        otherText.lines[2] = "seed 43"
        var otherFormat = base
        otherFormat.format = format == .png ? .jpeg : .png
        let reference = try renderer.image(for: base)
        #expect(Digest(try renderer.image(for: otherSeed)) != Digest(reference))
        #expect(Digest(try renderer.image(for: otherText)) != Digest(reference))
        #expect(Digest(try renderer.image(for: otherFormat)) != Digest(reference))
    }

    @Test("Different seeds give different background colours")
    func seedChangesPalette() {
        let palettes = Set((0..<32).map { Palette(seed: UInt64($0)).start })
        #expect(palettes.count > 28)
    }

    @Test("The label is drawn: white title on a dark box in the centre")
    func labelIsDrawn() throws {
        let renderer = ImageRenderer()
        let spec = ImageSpec(width: 1408, height: 768, format: .png, lines: Self.lines, seed: 42)
        var blank = spec
        blank.lines = []
        let labelled = try renderer.renderCanvas(for: spec)
        let plain = try renderer.renderCanvas(for: blank)

        #expect(Self.whiteBounds(plain) == nil)
        let bounds = try #require(Self.whiteBounds(labelled))
        #expect(bounds.count > 5_000)
        // Centred horizontally, in the middle band vertically.
        #expect(abs((bounds.minX + bounds.maxX) / 2 - 704) <= 8)
        #expect(bounds.minY > 768 / 4 && bounds.maxY < 768 * 3 / 4)
        // First line's capitals (and ascenders) are ~1/16 of the shorter side.
        let titleHeight = bounds.maxY - bounds.minY + 1
        #expect(titleHeight >= 768 / 16 * 3 / 4 && titleHeight <= 768 / 16 * 3 / 2)

        // Dark box behind the text: the box's corner region is much darker than the plain background.
        let layout = try #require(LabelLayout(lines: Self.lines, canvasWidth: 1408, canvasHeight: 768))
        let x = layout.boxX + layout.borderThickness + 2
        let y = layout.boxY + layout.borderThickness + 2
        #expect(labelled.pixel(x: x, y: y).luma < 50)
        #expect(plain.pixel(x: x, y: y).luma > 70)

        // Outside the box nothing changed.
        #expect(labelled.pixel(x: 5, y: 5) == plain.pixel(x: 5, y: 5))
        #expect(labelled.pixel(x: 1400, y: 760) == plain.pixel(x: 1400, y: 760))
    }

    @Test("Label layout: title largest, box centred and inside the image")
    func layout() throws {
        for (width, height) in [(3840, 2160), (1408, 768), (1152, 864), (2048, 1360), (512, 512), (768, 1344)] {
            let layout = try #require(LabelLayout(lines: Self.lines, canvasWidth: width, canvasHeight: height))
            #expect(layout.lines.count == 3)
            #expect(layout.lines[0].scale > layout.lines[1].scale)
            #expect(layout.lines[1].scale == layout.lines[2].scale)
            #expect(layout.boxX >= 0 && layout.boxX + layout.boxWidth <= width)
            #expect(layout.boxY >= 0 && layout.boxY + layout.boxHeight <= height)
            #expect(abs(layout.boxX * 2 + layout.boxWidth - width) <= 1)
            #expect(abs(layout.boxY * 2 + layout.boxHeight - height) <= 1)
            let title = layout.lines[0]
            #expect(title.x >= layout.boxX && title.x + BitmapFont.width(of: title.text, scale: title.scale) <= layout.boxX + layout.boxWidth)
        }
        #expect(LabelLayout(lines: [], canvasWidth: 100, canvasHeight: 100) == nil)
    }

    @Test("Text too wide is scaled down, then clipped without crashing")
    func oversizedText() throws {
        let renderer = ImageRenderer(cacheLimitBytes: 0)
        let long = String(repeating: "very-long-model-name-", count: 50)
        let layout = try #require(LabelLayout(lines: ["wide-title-text", "x"], canvasWidth: 300, canvasHeight: 300))
        #expect(BitmapFont.width(of: "wide-title-text", scale: layout.lines[0].scale) <= 300)
        let clipped = try #require(LabelLayout(lines: [long], canvasWidth: 300, canvasHeight: 300))
        #expect(clipped.lines[0].scale == 1)
        #expect(clipped.boxWidth == 300)

        for (width, height) in [(300, 100), (1, 1), (3, 2), (40, 5), (5, 40)] {
            let spec = ImageSpec(width: width, height: height, format: .png,
                                 lines: [long, "é漢字🙂", ""] + Array(repeating: "more", count: 30), seed: 1)
            let bytes = try renderer.image(for: spec)
            #expect(Decoders.pngInfo(bytes) == Decoders.Info(width: width, height: height, channels: 3))
        }
    }

    @Test("Invalid sizes throw invalidSize",
          arguments: [(0, 10), (10, 0), (-1, 10), (10, -5), (16385, 10), (10, 16385), (16384, 4097), (Int.max, 1), (Int.min, Int.min)])
    func invalidSizes(width: Int, height: Int) {
        let renderer = ImageRenderer()
        for format in [ImageFormat.png, .jpeg] {
            let spec = ImageSpec(width: width, height: height, format: format, lines: ["x"], seed: 0)
            #expect(throws: ImageRenderError.invalidSize(width, height)) { try renderer.image(for: spec) }
        }
        #expect(renderer.cachedBytes == 0)
    }

    @Test("Font covers ASCII, ×, and draws unknown characters as a box")
    func font() {
        let printable = (0x21...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        for character in printable {
            let glyph = BitmapFont.glyph(for: character)
            #expect(glyph.rows.count == BitmapFont.cellHeight)
            #expect(glyph.rows.contains { $0 != 0 }, "glyph for \(character) has no ink")
            #expect(glyph != BitmapFont.unknown)
        }
        #expect(BitmapFont.glyph(for: " ").rows.allSatisfy { $0 == 0 })
        #expect(Set(printable.map { BitmapFont.glyph(for: $0) }).count == printable.count)
        #expect(BitmapFont.glyph(for: "×") != BitmapFont.unknown)
        #expect(BitmapFont.glyph(for: "×") != BitmapFont.glyph(for: "x"))
        #expect(BitmapFont.glyph(for: "é") == BitmapFont.unknown)
        #expect(BitmapFont.glyph(for: "🙂") == BitmapFont.unknown)
        #expect(BitmapFont.width(of: "", scale: 3) == 0)
        #expect(BitmapFont.width(of: "ab", scale: 2) == 22)
    }

    @Test("drawText paints exactly the glyph's pixels at the given scale")
    func drawText() {
        var canvas = Canvas(width: 20, height: 20)
        canvas.drawText("L", x: 1, y: 2, scale: 2, color: RGB(255, 0, 0))
        let red = RGB(255, 0, 0)
        // "L": left column rows 0...6, bottom row 6 full width.
        #expect(canvas.pixel(x: 1, y: 2) == red)
        #expect(canvas.pixel(x: 2, y: 15) == red)
        #expect(canvas.pixel(x: 10, y: 14) == red)
        #expect(canvas.pixel(x: 3, y: 2) == RGB(0, 0, 0))
        #expect(canvas.pixel(x: 11, y: 14) == RGB(0, 0, 0))
        #expect(canvas.pixel(x: 1, y: 16) == RGB(0, 0, 0))
        // Clipping: drawing far outside or partly outside never traps.
        canvas.drawText("HELLO", x: -7, y: -3, scale: 4, color: red)
        canvas.drawText("HELLO", x: 18, y: 18, scale: 4, color: red)
        canvas.drawText("HELLO", x: Int.max - 10, y: Int.min + 10, scale: 4, color: red)
    }
}
