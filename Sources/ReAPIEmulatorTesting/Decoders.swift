import CImageCodecs

/// Full decoders over CImageCodecs, used by tests to verify encoded bytes. Each reads the whole stream,
/// so truncated or corrupt data yields nil.
public enum Decoders {
    /// Size and channel count of a decoded image.
    public struct Info: Equatable, Sendable {
        public let width: Int
        public let height: Int
        /// 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA.
        public let channels: Int

        public init(width: Int, height: Int, channels: Int) {
            self.width = width
            self.height = height
            self.channels = channels
        }
    }

    /// Decodes a PNG completely; nil if it is not a valid PNG.
    public static func pngInfo(_ bytes: [UInt8]) -> Info? {
        info(bytes) { data, count, width, height, channels in
            cimg_png_decode_info(data, count, width, height, channels)
        }
    }

    /// Decodes a JPEG completely (corrupt-data warnings count as failure); nil if invalid.
    public static func jpegInfo(_ bytes: [UInt8]) -> Info? {
        info(bytes) { data, count, width, height, channels in
            cimg_jpeg_decode_info(data, count, width, height, channels)
        }
    }

    /// Decoded RGB8 pixels, row by row.
    public struct Pixels: Equatable, Sendable {
        public let width: Int
        public let height: Int
        public let rgb: [UInt8]

        public init(width: Int, height: Int, rgb: [UInt8]) {
            self.width = width
            self.height = height
            self.rgb = rgb
        }
    }

    /// Decodes a PNG into RGB8 pixels, e.g. to compare with the canvas it came from.
    public static func pngPixels(_ bytes: [UInt8]) -> Pixels? {
        var output: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        var width: UInt32 = 0
        var height: UInt32 = 0
        let status = bytes.withUnsafeBufferPointer { data in
            cimg_png_decode_rgb8(data.baseAddress, data.count, &output, &length, &width, &height)
        }
        defer { cimg_free(output) }
        guard status == 0, let output else { return nil }
        let pixels = Array(UnsafeBufferPointer(start: output, count: length))
        return Pixels(width: Int(width), height: Int(height), rgb: pixels)
    }

    private typealias CInfoDecoder = (
        UnsafePointer<UInt8>?, Int,
        UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<Int32>
    ) -> Int32

    private static func info(_ bytes: [UInt8], _ decoder: CInfoDecoder) -> Info? {
        var width: UInt32 = 0
        var height: UInt32 = 0
        var channels: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { data in
            decoder(data.baseAddress, data.count, &width, &height, &channels)
        }
        guard status == 0 else { return nil }
        return Info(width: Int(width), height: Int(height), channels: Int(channels))
    }
}
