import CImageCodecs

/// Swift wrappers over the CImageCodecs encoders (libpng / libjpeg-turbo).
///
/// The C side owns all setjmp/longjmp error handling; here a non-zero status
/// becomes ``ImageRenderError/encodingFailed(_:)`` and the malloc'd output is
/// copied into a Swift array and released with `cimg_free`.
enum Encoders {
    /// zlib level for PNG: 3 is several times faster than the default 6 on
    /// large images and, for smooth placeholder art, barely larger.
    static let pngZlibLevel: Int32 = 3
    /// JPEG quality: sharp label edges without visible ringing at moderate size.
    static let jpegQuality: Int32 = 85

    /// Encodes `canvas` in `format`.
    static func encode(_ canvas: Canvas, as format: ImageFormat) throws(ImageRenderError) -> [UInt8] {
        switch format {
        case .png: try png(canvas)
        case .jpeg: try jpeg(canvas)
        case .mp4: throw .encodingFailed("MP4 is a clip format, made by VideoEncoder, not a still image")
        case .mp3, .wav, .flac, .ogg: throw .encodingFailed("\(format.rawValue) is an audio format, made by AudioRenderer, not a still image")
        }
    }

    /// 8-bit RGB PNG, no alpha, no timestamp.
    static func png(_ canvas: Canvas) throws(ImageRenderError) -> [UInt8] {
        try run(codec: "PNG", canvas) { rgb, width, height, out, length in
            cimg_png_encode_rgb8(rgb, width, height, pngZlibLevel, out, length)
        }
    }

    /// Baseline JFIF JPEG at ``jpegQuality``.
    static func jpeg(_ canvas: Canvas) throws(ImageRenderError) -> [UInt8] {
        try run(codec: "JPEG", canvas) { rgb, width, height, out, length in
            cimg_jpeg_encode_rgb8(rgb, width, height, jpegQuality, out, length)
        }
    }

    private typealias CEncoder = (
        UnsafePointer<UInt8>, UInt32, UInt32,
        UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>
    ) -> Int32

    private static func run(codec: String, _ canvas: Canvas, _ encoder: CEncoder) throws(ImageRenderError) -> [UInt8] {
        guard let width = UInt32(exactly: canvas.width), let height = UInt32(exactly: canvas.height) else {
            throw .encodingFailed("\(codec): size \(canvas.width)x\(canvas.height) out of range")
        }
        var output: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = canvas.pixels.withUnsafeBufferPointer { rgb in
            encoder(rgb.baseAddress!, width, height, &output, &length)
        }
        defer { cimg_free(output) }
        guard status == 0, let output else {
            throw .encodingFailed("\(codec): \(describe(status))")
        }
        return Array(UnsafeBufferPointer(start: output, count: length))
    }

    /// Human-readable text for a CIMG_E* status.
    static func describe(_ status: Int32) -> String {
        switch Int(status) {
        case Int(CIMG_EINVAL): "invalid arguments"
        case Int(CIMG_ENOMEM): "out of memory"
        case Int(CIMG_ECODEC): "codec error"
        case Int(CIMG_OK): "no output"
        default: "status \(status)"
        }
    }
}
