import Testing
import ReAPIEmulatorTesting
@testable import EmulatorMedia

/// The bytes served are real, decodable files of exactly the requested size.
@Suite("Encoding")
struct EncodingTests {
    static let documentedSizes: [(Int, Int)] = [(3840, 2160), (1408, 768), (1152, 864), (2048, 1360), (1, 1)]
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func spec(_ width: Int, _ height: Int, _ format: ImageFormat, seed: UInt64 = 42) -> ImageSpec {
        ImageSpec(width: width, height: height, format: format,
                  lines: ["gpt-image-2-official", "\(width)x\(height)", "seed \(seed)"], seed: seed)
    }

    @Test("PNG has the signature and decodes to the requested size", arguments: documentedSizes)
    func pngSize(width: Int, height: Int) throws {
        let bytes = try ImageRenderer(cacheLimitBytes: 0).image(for: Self.spec(width, height, .png))
        #expect(Array(bytes.prefix(8)) == Self.pngSignature)
        let info = try #require(Decoders.pngInfo(bytes))
        #expect(info == Decoders.Info(width: width, height: height, channels: 3))
    }

    @Test("JPEG starts with FF D8 FF and decodes to the requested size", arguments: documentedSizes)
    func jpegSize(width: Int, height: Int) throws {
        let bytes = try ImageRenderer(cacheLimitBytes: 0).image(for: Self.spec(width, height, .jpeg))
        #expect(Array(bytes.prefix(3)) == [0xFF, 0xD8, 0xFF])
        #expect(Array(bytes.suffix(2)) == [0xFF, 0xD9])
        let info = try #require(Decoders.jpegInfo(bytes))
        #expect(info == Decoders.Info(width: width, height: height, channels: 3))
    }

    @Test("Edge sizes encode in both formats",
          arguments: [(4096, 4096), (8192, 1), (1, 8192), (12288, 1536), (1, 16384), (2, 3), (7, 1)])
    func edgeSizes(width: Int, height: Int) throws {
        let renderer = ImageRenderer(cacheLimitBytes: 0)
        let png = try renderer.image(for: Self.spec(width, height, .png))
        #expect(Decoders.pngInfo(png)?.width == width)
        #expect(Decoders.pngInfo(png)?.height == height)
        let jpeg = try renderer.image(for: Self.spec(width, height, .jpeg))
        #expect(Decoders.jpegInfo(jpeg)?.width == width)
        #expect(Decoders.jpegInfo(jpeg)?.height == height)
    }

    @Test("PNG is lossless: decoded pixels equal the drawn canvas")
    func pngRoundTrip() throws {
        let renderer = ImageRenderer()
        let spec = Self.spec(1408, 768, .png)
        let decoded = try #require(Decoders.pngPixels(try renderer.image(for: spec)))
        let canvas = try renderer.renderCanvas(for: spec)
        #expect(decoded == Decoders.Pixels(width: canvas.width, height: canvas.height, rgb: canvas.pixels))
    }

    @Test("PNG carries no timestamp or other ancillary chunk")
    func pngHasOnlyCriticalChunks() throws {
        let bytes = try ImageRenderer().image(for: Self.spec(64, 32, .png))
        var chunks: [String] = []
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            chunks.append(String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self))
            offset += 12 + length
        }
        #expect(offset == bytes.count)
        #expect(chunks.first == "IHDR")
        #expect(chunks.last == "IEND")
        #expect(Set(chunks) == ["IHDR", "IDAT", "IEND"])
    }

    @Test("Decoders reject truncated and corrupted streams")
    func decodersRejectDamage() throws {
        let renderer = ImageRenderer()
        let png = try renderer.image(for: Self.spec(300, 200, .png))
        let jpeg = try renderer.image(for: Self.spec(300, 200, .jpeg))
        #expect(Decoders.pngInfo(png) != nil)
        #expect(Decoders.jpegInfo(jpeg) != nil)

        #expect(Decoders.pngInfo(Array(png.prefix(png.count / 2))) == nil)
        #expect(Decoders.pngInfo(Array(png.dropLast(12))) == nil)  // IEND missing
        var flipped = png
        flipped[png.count / 2] ^= 0xFF  // breaks the IDAT CRC
        #expect(Decoders.pngInfo(flipped) == nil)
        #expect(Decoders.pngPixels(flipped) == nil)

        #expect(Decoders.jpegInfo(Array(jpeg.prefix(jpeg.count / 2))) == nil)
        #expect(Decoders.pngInfo(jpeg) == nil)
        #expect(Decoders.jpegInfo(png) == nil)
        #expect(Decoders.pngInfo([]) == nil)
        #expect(Decoders.jpegInfo([]) == nil)
        #expect(Decoders.jpegInfo([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]) == nil)
    }

    @Test("Encoders work on a canvas directly")
    func encodersOnCanvas() throws {
        let canvas = Canvas(width: 5, height: 4, fill: RGB(10, 200, 30))
        let png = try Encoders.encode(canvas, as: .png)
        #expect(Decoders.pngPixels(png) == Decoders.Pixels(width: canvas.width, height: canvas.height, rgb: canvas.pixels))
        let jpeg = try Encoders.encode(canvas, as: .jpeg)
        #expect(Decoders.jpegInfo(jpeg) == Decoders.Info(width: 5, height: 4, channels: 3))
    }

    @Test("Format metadata")
    func formatMetadata() {
        #expect(ImageFormat.png.mimeType == "image/png")
        #expect(ImageFormat.jpeg.mimeType == "image/jpeg")
        #expect(ImageFormat.png.fileExtension == "png")
        #expect(ImageFormat.jpeg.fileExtension == "jpg")
        #expect(ImageFormat(rawValue: "jpeg") == .jpeg)
    }
}
