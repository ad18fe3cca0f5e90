import EmulatorMedia
import EmulatorValues
import Testing
@testable import ReAPIEmulatorKit

/// `ImageProbe`: the pixel size `record` writes and `diff` compares, read from header bytes.
@Suite("Image probe (format and pixel size from the header)")
struct ImageProbeTests {
    @Test("PNG and JPEG encoded by the emulator's own renderer", arguments: [ImageFormat.png, .jpeg])
    func rendered(_ format: ImageFormat) throws {
        let bytes = try ImageRenderer().image(for: ImageSpec(width: 1408, height: 768, format: format, lines: ["probe"], seed: 1))
        #expect(ImageProbe.info(bytes) == ImageProbe.Info(format: format == .png ? "png" : "jpeg", width: 1408, height: 768))
    }

    /// Headers written by hand from the formats' specifications (GIF89a; WebP's VP8X, VP8L, VP8 chunks).
    @Test("GIF and the three WebP chunk kinds")
    func handWritten() {
        let gif: [UInt8] = Array("GIF89a".utf8) + [0x80, 0x02, 0xE0, 0x01]  // 640 × 480, little-endian
        #expect(ImageProbe.info(gif) == ImageProbe.Info(format: "gif", width: 640, height: 480))
        let riff = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8)
        // VP8X: flags, then width-1 and height-1 in 24 bits each: 1024 × 768.
        let vp8x = riff + Array("VP8X".utf8) + [10, 0, 0, 0] + [0, 0, 0, 0] + [0xFF, 0x03, 0x00] + [0xFF, 0x02, 0x00]
        #expect(ImageProbe.info(vp8x) == ImageProbe.Info(format: "webp", width: 1024, height: 768))
        // VP8L: signature 0x2F, then 14 bits width-1 and 14 bits height-1: 100 × 50.
        let bits: UInt32 = 99 | (49 << 14)
        let vp8l = riff + Array("VP8L".utf8) + [0, 0, 0, 0, 0x2F] + [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
            + [0, 0, 0, 0, 0]
        #expect(ImageProbe.info(vp8l) == ImageProbe.Info(format: "webp", width: 100, height: 50))
        // VP8 (lossy): frame tag, start code 9D 01 2A, then 14-bit width and height: 1280 × 720.
        let vp8 = riff + Array("VP8 ".utf8) + [0, 0, 0, 0] + [0, 0, 0] + [0x9D, 0x01, 0x2A] + [0x00, 0x05, 0xD0, 0x02]
        #expect(ImageProbe.info(vp8) == ImageProbe.Info(format: "webp", width: 1280, height: 720))
    }

    @Test("bytes that are no image, or a header cut short, are nil")
    func notImages() {
        #expect(ImageProbe.info(Array(#"{"error":{}}"#.utf8)) == nil)
        #expect(ImageProbe.info([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]) == nil)
        #expect(ImageProbe.info([0xFF, 0xD8, 0xFF]) == nil)
        #expect(ImageProbe.info([]) == nil)
    }
}
