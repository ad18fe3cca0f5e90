/// Where the label box and each label line go on a canvas of a given size.
///
/// The first line's capitals are about 1/16 of the shorter side tall; the other
/// lines are drawn at ~60 % of the title's final scale. A line too wide for the
/// image is drawn at a smaller scale, and at scale 1 it is left-aligned and
/// clipped. If the stacked lines are too tall, every scale shrinks until they
/// fit (or reach 1); a stack that still does not fit starts at the top edge and
/// is clipped below.
struct LabelLayout: Equatable, Sendable {
    struct Line: Equatable, Sendable {
        let text: String
        /// Size of one font pixel in canvas pixels.
        let scale: Int
        /// Top-left corner of the glyph cells.
        let x: Int
        let y: Int
    }

    /// The box behind the text; may extend past the canvas on tiny images (drawing clips).
    let boxX: Int
    let boxY: Int
    let boxWidth: Int
    let boxHeight: Int
    let borderThickness: Int
    let lines: [Line]

    /// Nil when there is nothing to label (`lines` empty).
    init?(lines texts: [String], canvasWidth: Int, canvasHeight: Int) {
        guard !texts.isEmpty else { return nil }
        let shorter = min(canvasWidth, canvasHeight)
        let marginX = canvasWidth / 20
        let marginY = canvasHeight / 20
        var titleScale = max(1, Int((Double(shorter) / 16 / Double(BitmapFont.capHeight)).rounded()))

        var scales: [Int] = []
        var padX = 0, padY = 0, textHeight = 0
        while true {
            padX = max(2, titleScale * 3)
            padY = max(2, titleScale * 2)
            let available = max(1, canvasWidth - 2 * marginX - 2 * padX)
            func fitted(_ text: String, from start: Int) -> Int {
                var scale = start
                while scale > 1 && BitmapFont.width(of: text, scale: scale) > available { scale -= 1 }
                return scale
            }
            // Body lines are sized from the title as drawn, so the title stays the largest.
            let drawnTitle = fitted(texts[0], from: titleScale)
            let bodyScale = max(1, (drawnTitle * 3 + 2) / 5)
            scales = [drawnTitle] + texts.dropFirst().map { fitted($0, from: bodyScale) }
            textHeight = LabelLayout.stackHeight(scales)
            if titleScale == 1 || textHeight + 2 * padY <= canvasHeight - 2 * marginY { break }
            titleScale -= 1
        }

        let widths = zip(texts, scales).map { BitmapFont.width(of: $0, scale: $1) }
        let boxWidth = min(canvasWidth, (widths.max() ?? 0) + 2 * padX)
        let boxHeight = textHeight + 2 * padY
        let boxX = (canvasWidth - boxWidth) / 2
        // Too tall even at scale 1: keep the top (the model name) visible and clip the bottom.
        let boxY = boxHeight <= canvasHeight ? (canvasHeight - boxHeight) / 2 : 0
        self.boxX = boxX
        self.boxY = boxY
        self.boxWidth = boxWidth
        self.boxHeight = boxHeight
        self.borderThickness = max(1, titleScale / 3)

        var placed: [Line] = []
        var y = boxY + padY
        for (index, text) in texts.enumerated() {
            let scale = scales[index]
            if index > 0 { y += LabelLayout.gap(scale) }
            let inner = boxWidth - 2 * padX
            let x = widths[index] <= inner ? boxX + (boxWidth - widths[index]) / 2 : boxX + padX
            placed.append(Line(text: text, scale: scale, x: x, y: y))
            y += BitmapFont.cellHeight * scale
        }
        self.lines = placed
    }

    /// Blank space above every line but the first: three font pixels of that line.
    private static func gap(_ scale: Int) -> Int { 3 * scale }

    /// Height of lines drawn at `scales`, including gaps and descender rows.
    private static func stackHeight(_ scales: [Int]) -> Int {
        scales.enumerated().reduce(0) { total, item in
            total + BitmapFont.cellHeight * item.element + (item.offset > 0 ? gap(item.element) : 0)
        }
    }
}

/// Draws the placeholder picture for a spec: the seeded background plus the label.
enum PlaceholderPainter {
    /// Renders `spec` into a new canvas. The spec's size must already be validated.
    static func paint(_ spec: ImageSpec) -> Canvas {
        let palette = Palette(seed: spec.seed)
        var canvas = Canvas(width: spec.width, height: spec.height)
        let span = Double(max(1, spec.width + spec.height - 2))
        canvas.fillDiagonal(rising: palette.rising) { d in palette.background(at: Double(d) / span) }
        if let layout = LabelLayout(lines: spec.lines, canvasWidth: spec.width, canvasHeight: spec.height) {
            drawLabel(layout, palette: palette, on: &canvas)
        }
        return canvas
    }

    private static func drawLabel(_ layout: LabelLayout, palette: Palette, on canvas: inout Canvas) {
        canvas.blendRect(x: layout.boxX, y: layout.boxY, width: layout.boxWidth, height: layout.boxHeight,
                         color: palette.box, alpha: palette.boxAlpha)
        canvas.strokeRect(x: layout.boxX, y: layout.boxY, width: layout.boxWidth, height: layout.boxHeight,
                          thickness: layout.borderThickness, color: palette.border)
        for (index, line) in layout.lines.enumerated() {
            canvas.drawText(line.text, x: line.x, y: line.y, scale: line.scale,
                            color: index == 0 ? palette.title : palette.text)
        }
    }
}
