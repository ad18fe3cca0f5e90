import CVideoCodecs

/// Makes a result clip: the placeholder picture of its spec (model, size, task id), with a
/// running time code drawn at the bottom of every frame, encoded as H.264 by libx264 and
/// wrapped in an MP4 (`MP4Writer`).
///
/// Only the time code band changes between frames, so only its rows are converted and the
/// encoder skips the rest of the picture: a 15 s 1080p clip takes a fraction of a second.
enum VideoEncoder {
    /// Frames per second of every clip (**choice**: the vendors' clips are 24 fps).
    static let framesPerSecond = 24

    static func mp4(_ spec: ImageSpec) throws(ImageRenderError) -> [UInt8] {
        let width = spec.width & ~1, height = spec.height & ~1
        guard width >= 16, height >= 16 else { throw .invalidSize(spec.width, spec.height) }
        var canvas = PlaceholderPainter.paint(ImageSpec(width: width, height: height, format: .png, lines: spec.lines, seed: spec.seed))
        let frames = max(1, (spec.durationMilliseconds * framesPerSecond + 999) / 1000)
        let band = TimeCodeBand(width: width, height: height)
        var encoder: OpaquePointer? = nil
        // Static pictures compress to almost nothing; the cap only bounds the first frame.
        let kbps = max(256, width * height / 1500)
        let opened = cvid_open(Int32(width), Int32(height), Int32(framesPerSecond), Int32(kbps), &encoder)
        guard opened == CVID_OK, let encoder else { throw .encodingFailed("H.264: \(describe(opened))") }
        defer { cvid_close(encoder) }

        var samples: [[UInt8]] = []
        samples.reserveCapacity(frames)
        var sync: [Int] = []
        for frame in 0..<frames {
            band.draw(frame: frame, fps: framesPerSecond, on: &canvas)
            let rows = frame == 0 ? 0..<height : band.rows
            var sample: UnsafePointer<UInt8>? = nil
            var length = 0
            var keyframe: Int32 = 0
            let status = canvas.pixels.withUnsafeBufferPointer { rgb in
                cvid_encode_rgb(encoder, rgb.baseAddress!, Int32(rows.lowerBound), Int32(rows.upperBound), &sample, &length, &keyframe)
            }
            guard status == CVID_OK, let sample else { throw .encodingFailed("H.264: \(describe(status))") }
            samples.append(Array(UnsafeBufferPointer(start: sample, count: length)))
            if keyframe != 0 { sync.append(frame) }
        }
        var sps: UnsafePointer<UInt8>? = nil, pps: UnsafePointer<UInt8>? = nil
        var spsLength = 0, ppsLength = 0
        guard cvid_parameter_sets(encoder, &sps, &spsLength, &pps, &ppsLength) == CVID_OK, let sps, let pps else {
            throw .encodingFailed("H.264: no parameter sets")
        }
        let video = MP4Writer.Track(
            handler: "vide", timescale: framesPerSecond * 512,
            sampleEntry: MP4Writer.avc1(width: width, height: height, sps: Array(UnsafeBufferPointer(start: sps, count: spsLength)),
                                        pps: Array(UnsafeBufferPointer(start: pps, count: ppsLength))),
            samples: samples, durations: Array(repeating: 512, count: frames), syncSamples: sync, width: width, height: height)
        var tracks = [video]
        if spec.audio { tracks.append(try SoundTrack.track(milliseconds: spec.durationMilliseconds, seed: spec.seed)) }
        return MP4Writer.file(tracks)
    }

    static func describe(_ status: Int32) -> String {
        switch status {
        case CVID_EINVAL: "invalid arguments"
        case CVID_ENOMEM: "out of memory"
        case CVID_ECODEC: "codec error"
        default: "status \(status)"
        }
    }
}

/// The strip at the bottom of a clip's frames that shows `t 00:00:01.250  frame 31`.
struct TimeCodeBand {
    let x: Int, y: Int, boxWidth: Int, boxHeight: Int, scale: Int, height: Int

    init(width: Int, height: Int) {
        self.height = height
        scale = max(1, height / 180)
        boxHeight = (BitmapFont.cellHeight + 4) * scale
        let text = BitmapFont.width(of: Self.text(frame: 0, fps: 24), scale: scale)
        boxWidth = min(width, text + 4 * scale)
        x = max(0, (width - boxWidth) / 2)
        // Even rows, so the chroma rows the band covers are whole.
        y = max(0, (height - boxHeight - 2 * scale) & ~1)
    }

    /// The rows it covers, rounded out to even bounds.
    var rows: Range<Int> { y..<min(height, (y + boxHeight + 1) & ~1) }

    func draw(frame: Int, fps: Int, on canvas: inout Canvas) {
        canvas.fillRect(x: x, y: y, width: boxWidth, height: boxHeight, color: RGB(16, 16, 16))
        canvas.drawText(Self.text(frame: frame, fps: fps), x: x + 2 * scale, y: y + 2 * scale, scale: scale, color: RGB(240, 240, 240))
    }

    static func text(frame: Int, fps: Int) -> String {
        let milliseconds = frame * 1000 / fps
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let ms = milliseconds % 1000
        let fraction = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        let seconds = milliseconds / 1000
        return "t \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).\(fraction)  frame \(frame + 1)"
    }
}
