/// A 5x7 bitmap font (plus one descender row) for the placeholder label, and
/// the code that draws it into a ``Canvas`` at an integer scale.
///
/// Covers printable ASCII (real lowercase with descenders) and `×`; any other
/// character draws as a small hollow box so unexpected input stays visible.
enum BitmapFont {
    /// Glyph width in font pixels.
    static let glyphWidth = 5
    /// Height of capitals and digits in font pixels (rows 0...6; row 6 is the baseline).
    static let capHeight = 7
    /// Rows per glyph including the descender row below the baseline.
    static let cellHeight = 8
    /// Horizontal distance between glyph origins in font pixels (one blank column).
    static let advance = 6

    /// One glyph: `rows[i]` holds row i, bit 4 is the leftmost column.
    struct Glyph: Sendable, Hashable {
        let rows: [UInt8]

        /// Parses art like `".###./#...#/..."`: rows separated by `/`, `#` = ink.
        /// Seven rows leave the descender row blank.
        init(art: String) {
            var rows: [UInt8] = art.split(separator: "/").map { row in
                precondition(row.count == BitmapFont.glyphWidth, "glyph row must be 5 wide: \(art)")
                return row.reduce(UInt8(0)) { bits, ch in (bits << 1) | (ch == "#" ? 1 : 0) }
            }
            precondition(rows.count == 7 || rows.count == 8, "glyph needs 7 or 8 rows: \(art)")
            if rows.count == 7 { rows.append(0) }
            self.rows = rows
        }

        /// Whether the pixel at column `x` (0 = left), row `y` is inked.
        func isSet(x: Int, y: Int) -> Bool { rows[y] & (0x10 >> UInt8(x)) != 0 }
    }

    /// Glyph art for U+0020 ... U+007E, in code-point order.
    private static let asciiArt: [String] = [
        "...../...../...../...../...../...../.....", // space
        "..#../..#../..#../..#../..#../...../..#..", // !
        ".#.#./.#.#./...../...../...../...../.....", // "
        ".#.#./.#.#./#####/.#.#./#####/.#.#./.#.#.", // #
        "..#../.####/#.#../.###./..#.#/####./..#..", // $
        "##.../##..#/...#./..#../.#.../#..##/...##", // %
        ".##../#..#./#.#../.#.../#.#.#/#..#./.##.#", // &
        "..#../..#../...../...../...../...../.....", // '
        "...#./..#../.#.../.#.../.#.../..#../...#.", // (
        ".#.../..#../...#./...#./...#./..#../.#...", // )
        "...../..#../#.#.#/.###./#.#.#/..#../.....", // *
        "...../..#../..#../#####/..#../..#../.....", // +
        "...../...../...../...../...../.##../..#../.#...", // ,
        "...../...../...../#####/...../...../.....", // -
        "...../...../...../...../...../.##../.##..", // .
        "...../....#/...#./..#../.#.../#..../.....", // /
        ".###./#...#/#..##/#.#.#/##..#/#...#/.###.", // 0
        "..#../.##../..#../..#../..#../..#../.###.", // 1
        ".###./#...#/....#/...#./..#../.#.../#####", // 2
        "#####/...#./..#../...#./....#/#...#/.###.", // 3
        "...#./..##./.#.#./#..#./#####/...#./...#.", // 4
        "#####/#..../####./....#/....#/#...#/.###.", // 5
        "..##./.#.../#..../####./#...#/#...#/.###.", // 6
        "#####/....#/...#./..#../.#.../.#.../.#...", // 7
        ".###./#...#/#...#/.###./#...#/#...#/.###.", // 8
        ".###./#...#/#...#/.####/....#/...#./.##..", // 9
        "...../.##../.##../...../.##../.##../.....", // :
        "...../.##../.##../...../.##../..#../.#...", // ;
        "...#./..#../.#.../#..../.#.../..#../...#.", // <
        "...../...../#####/...../#####/...../.....", // =
        ".#.../..#../...#./....#/...#./..#../.#...", // >
        ".###./#...#/....#/...#./..#../...../..#..", // ?
        ".###./#...#/....#/.##.#/#.#.#/#.#.#/.###.", // @
        ".###./#...#/#...#/#####/#...#/#...#/#...#", // A
        "####./#...#/#...#/####./#...#/#...#/####.", // B
        ".###./#...#/#..../#..../#..../#...#/.###.", // C
        "###../#..#./#...#/#...#/#...#/#..#./###..", // D
        "#####/#..../#..../####./#..../#..../#####", // E
        "#####/#..../#..../####./#..../#..../#....", // F
        ".###./#...#/#..../#.###/#...#/#...#/.####", // G
        "#...#/#...#/#...#/#####/#...#/#...#/#...#", // H
        ".###./..#../..#../..#../..#../..#../.###.", // I
        "..###/...#./...#./...#./...#./#..#./.##..", // J
        "#...#/#..#./#.#../##.../#.#../#..#./#...#", // K
        "#..../#..../#..../#..../#..../#..../#####", // L
        "#...#/##.##/#.#.#/#.#.#/#...#/#...#/#...#", // M
        "#...#/#...#/##..#/#.#.#/#..##/#...#/#...#", // N
        ".###./#...#/#...#/#...#/#...#/#...#/.###.", // O
        "####./#...#/#...#/####./#..../#..../#....", // P
        ".###./#...#/#...#/#...#/#.#.#/#..#./.##.#", // Q
        "####./#...#/#...#/####./#.#../#..#./#...#", // R
        ".####/#..../#..../.###./....#/....#/####.", // S
        "#####/..#../..#../..#../..#../..#../..#..", // T
        "#...#/#...#/#...#/#...#/#...#/#...#/.###.", // U
        "#...#/#...#/#...#/#...#/#...#/.#.#./..#..", // V
        "#...#/#...#/#...#/#.#.#/#.#.#/#.#.#/.#.#.", // W
        "#...#/#...#/.#.#./..#../.#.#./#...#/#...#", // X
        "#...#/#...#/.#.#./..#../..#../..#../..#..", // Y
        "#####/....#/...#./..#../.#.../#..../#####", // Z
        ".###./.#.../.#.../.#.../.#.../.#.../.###.", // [
        "...../#..../.#.../..#../...#./....#/.....", // backslash
        ".###./...#./...#./...#./...#./...#./.###.", // ]
        "..#../.#.#./#...#/...../...../...../.....", // ^
        "...../...../...../...../...../...../...../#####", // _
        ".#.../..#../...../...../...../...../.....", // `
        "...../...../.###./....#/.####/#...#/.####", // a
        "#..../#..../#.##./##..#/#...#/#...#/####.", // b
        "...../...../.###./#..../#..../#...#/.###.", // c
        "....#/....#/.##.#/#..##/#...#/#...#/.####", // d
        "...../...../.###./#...#/#####/#..../.###.", // e
        "..##./.#..#/.#.../###../.#.../.#.../.#...", // f
        "...../...../.####/#...#/#...#/.####/....#/.###.", // g
        "#..../#..../#.##./##..#/#...#/#...#/#...#", // h
        "..#../...../.##../..#../..#../..#../.###.", // i
        "...#./...../..##./...#./...#./...#./#..#./.##..", // j
        "#..../#..../#..#./#.#../##.../#.#../#..#.", // k
        ".##../..#../..#../..#../..#../..#../.###.", // l
        "...../...../##.#./#.#.#/#.#.#/#...#/#...#", // m
        "...../...../#.##./##..#/#...#/#...#/#...#", // n
        "...../...../.###./#...#/#...#/#...#/.###.", // o
        "...../...../####./#...#/#...#/####./#..../#....", // p
        "...../...../.####/#...#/#...#/.####/....#/....#", // q
        "...../...../#.##./##..#/#..../#..../#....", // r
        "...../...../.####/#..../.###./....#/####.", // s
        ".#.../.#.../###../.#.../.#.../.#..#/..##.", // t
        "...../...../#...#/#...#/#...#/#..##/.##.#", // u
        "...../...../#...#/#...#/#...#/.#.#./..#..", // v
        "...../...../#...#/#...#/#.#.#/#.#.#/.#.#.", // w
        "...../...../#...#/.#.#./..#../.#.#./#...#", // x
        "...../...../#...#/#...#/#...#/.####/....#/.###.", // y
        "...../...../#####/...#./..#../.#.../#####", // z
        "...#./..#../..#../.#.../..#../..#../...#.", // {
        "..#../..#../..#../..#../..#../..#../..#..", // |
        ".#.../..#../..#../...#./..#../..#../.#...", // }
        "...../...../.#.../#.#.#/...#./...../.....", // ~
    ]

    private static let ascii: [Glyph] = asciiArt.map(Glyph.init(art:))
    /// U+00D7 MULTIPLICATION SIGN, smaller and higher than `x`.
    private static let times = Glyph(art: "...../#...#/.#.#./..#../.#.#./#...#/.....")
    /// Drawn for characters the font does not know.
    static let unknown = Glyph(art: "...../.###./.#.#./.#.#./.#.#./.###./.....")

    /// The glyph for `character`, or ``unknown``.
    static func glyph(for character: Character) -> Glyph {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return unknown
        }
        switch scalar.value {
        case 0x20...0x7E: return ascii[Int(scalar.value) - 0x20]
        case 0xD7: return times
        default: return unknown
        }
    }

    /// Width in canvas pixels of `text` drawn at `scale` (no trailing gap).
    static func width(of text: String, scale: Int) -> Int {
        let count = text.count
        return count == 0 ? 0 : (count * advance - 1) * scale
    }
}

extension Canvas {
    /// Draws `text` with its top-left corner at (x, y), each font pixel a
    /// `scale` x `scale` square; anything outside the canvas is clipped.
    mutating func drawText(_ text: String, x: Int, y: Int, scale: Int, color: RGB) {
        // Bounding the scale keeps every coordinate below far from overflow.
        let s = min(max(1, scale), 1 << 16)
        guard x < width, y < height, y > -BitmapFont.cellHeight * s else { return }
        var penX = x
        for character in text {
            if penX >= width { break }
            if penX + BitmapFont.glyphWidth * s > 0 {
                drawGlyph(BitmapFont.glyph(for: character), x: penX, y: y, scale: s, color: color)
            }
            penX += BitmapFont.advance * s
        }
    }

    /// Draws one glyph, merging horizontal runs of ink into single rectangles.
    private mutating func drawGlyph(_ glyph: BitmapFont.Glyph, x: Int, y: Int, scale: Int, color: RGB) {
        for row in 0..<BitmapFont.cellHeight {
            var column = 0
            while column < BitmapFont.glyphWidth {
                guard glyph.isSet(x: column, y: row) else {
                    column += 1
                    continue
                }
                var end = column + 1
                while end < BitmapFont.glyphWidth && glyph.isSet(x: end, y: row) { end += 1 }
                fillRect(x: x + column * scale, y: y + row * scale,
                         width: (end - column) * scale, height: scale, color: color)
                column = end
            }
        }
    }
}
