/// Reads an image's format and pixel size from its header bytes (PNG, JPEG, WebP, GIF),
/// without decoding it: what the recorder writes instead of the image and what `diff` compares.
public enum ImageProbe {
    public struct Info: Sendable, Equatable, CustomStringConvertible {
        /// `png`, `jpeg`, `webp`, `gif`.
        public var format: String
        public var width: Int
        public var height: Int

        public init(format: String, width: Int, height: Int) {
            self.format = format
            self.width = width
            self.height = height
        }

        public var description: String { "\(format) \(width)x\(height)" }
    }

    /// nil when the bytes start like none of the formats, or the header is cut short.
    public static func info(_ b: [UInt8]) -> Info? {
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), b.count >= 24 {
            return Info(format: "png", width: be32(b, 16), height: be32(b, 20))
        }
        if b.starts(with: [0xFF, 0xD8]) { return jpeg(b) }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return webp(b) }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return Info(format: "gif", width: Int(b[6]) | Int(b[7]) << 8, height: Int(b[8]) | Int(b[9]) << 8)
        }
        return nil
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }

    /// Walks the JPEG segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC).
    private static func jpeg(_ b: [UInt8]) -> Info? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if (0xD0...0xD9).contains(marker) || marker == 0x01 { i += 2; continue }
            let length = be16(b, i + 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return Info(format: "jpeg", width: be16(b, i + 7), height: be16(b, i + 5))
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> Info? {
        let chunk = String(decoding: b[12..<16], as: UTF8.self)
        switch chunk {
        case "VP8X":
            let w = 1 + (Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16)
            let h = 1 + (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16)
            return Info(format: "webp", width: w, height: h)
        case "VP8L":
            let bits = UInt32(b[21]) | UInt32(b[22]) << 8 | UInt32(b[23]) << 16 | UInt32(b[24]) << 24
            return Info(format: "webp", width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        case "VP8 ":
            return Info(format: "webp", width: (Int(b[26]) | Int(b[27]) << 8) & 0x3FFF, height: (Int(b[28]) | Int(b[29]) << 8) & 0x3FFF)
        default:
            return nil
        }
    }
}
