@testable import EmulatorCore
import Testing

/// Output pixel sizes: the gpt-image-2-official docs page's size × resolution grid, and the fixed sizes of the other models.
@Suite("Pixel grid")
struct PixelGridTests {
    /// Seed 002's table; portrait cells are the transposes of their landscape twins.
    static let officialGrid: [(size: String, resolution: String, width: Int, height: Int)] = [
        ("1:1", "1k", 1024, 1024), ("1:1", "2k", 2048, 2048),
        ("3:2", "1k", 1536, 1024), ("3:2", "2k", 2048, 1360), ("2:3", "1k", 1024, 1536), ("2:3", "2k", 1360, 2048),
        ("4:3", "1k", 1024, 768), ("4:3", "2k", 2048, 1536), ("3:4", "1k", 768, 1024), ("3:4", "2k", 1536, 2048),
        ("5:4", "1k", 1280, 1024), ("5:4", "2k", 2560, 2048), ("4:5", "1k", 1024, 1280), ("4:5", "2k", 2048, 2560),
        ("16:9", "1k", 1536, 864), ("16:9", "2k", 2048, 1152), ("16:9", "4k", 3840, 2160),
        ("9:16", "1k", 864, 1536), ("9:16", "2k", 1152, 2048), ("9:16", "4k", 2160, 3840),
        ("2:1", "1k", 2048, 1024), ("2:1", "2k", 2688, 1344), ("2:1", "4k", 3840, 1920),
        ("1:2", "1k", 1024, 2048), ("1:2", "2k", 1344, 2688), ("1:2", "4k", 1920, 3840),
        ("21:9", "1k", 2016, 864), ("21:9", "2k", 2688, 1152), ("21:9", "4k", 3840, 1648),
        ("9:21", "1k", 864, 2016), ("9:21", "2k", 1152, 2688), ("9:21", "4k", 1648, 3840),
        ("auto", "1k", 1024, 1024), ("auto", "2k", 2048, 2048),
    ]

    @Test("gpt-image-2-official renders the docs page's cell for every size x resolution", arguments: officialGrid)
    func officialCell(cell: (size: String, resolution: String, width: Int, height: Int)) throws {
        let order = try accepted(request("gpt-image-2-official", ["size": .string(cell.size), "resolution": .string(cell.resolution)]))
        #expect(order.width == cell.width)
        #expect(order.height == cell.height)
    }

    @Test("gpt-image-2 shares the official grid", arguments: officialGrid)
    func variantCell(cell: (size: String, resolution: String, width: Int, height: Int)) throws {
        let order = try accepted(request("gpt-image-2", ["size": .string(cell.size), "resolution": .string(cell.resolution)]))
        #expect(order.width == cell.width && order.height == cell.height)
    }

    static let imagenSizes: [(ratio: String, width: Int, height: Int)] = [
        ("1:1", 1024, 1024), ("4:3", 1280, 896), ("3:4", 896, 1280), ("16:9", 1408, 768), ("9:16", 768, 1408),
    ]

    @Test("imagen-4-0 size -> Imagen 4's published output sizes", arguments: imagenSizes)
    func imagenCell(cell: (ratio: String, width: Int, height: Int)) throws {
        let order = try accepted(request("imagen-4-0", ["size": .string(cell.ratio)]))
        #expect(order.width == cell.width && order.height == cell.height)
    }

    @Test("API in One aspect_ratio -> Imagen 4's published output sizes, for each tier",
          arguments: ["imagen4", "imagen4-fast", "imagen4-ultra"], imagenSizes)
    func apiInOneCell(model: String, cell: (ratio: String, width: Int, height: Int)) throws {
        let order = try accepted(request(model, ["aspect_ratio": .string(cell.ratio)]), on: .apiinone)
        #expect(order.width == cell.width && order.height == cell.height)
    }

    @Test("z-image aspect_ratio -> its pixel sizes",
          arguments: [("1:1", 1024, 1024), ("4:3", 1152, 864), ("3:4", 864, 1152), ("16:9", 1280, 720), ("9:16", 720, 1280)])
    func zImageCell(ratio: String, width: Int, height: Int) throws {
        let order = try accepted(request("z-image", ["aspect_ratio": .string(ratio)]))
        #expect(order.width == width && order.height == height)
    }

    @Test("defaults: imagen-4-0 renders 16:9, API in One and z-image 1:1")
    func defaultSizes() throws {
        let imagen = try accepted(request("imagen-4-0"))
        #expect(imagen.parameters["size"] == "16:9" && imagen.width == 1408 && imagen.height == 768)
        let apiInOne = try accepted(request("imagen4"), on: .apiinone)
        #expect(apiInOne.parameters["aspect_ratio"] == "1:1" && apiInOne.width == 1024)
        let zImage = try accepted(request("z-image"))
        #expect(zImage.parameters["aspect_ratio"] == "1:1" && zImage.width == 1024)
    }
}

/// `WxH` pixel strings on gpt-image-2-official snap to the closest listed ratio.
@Suite("Pixel grid: WxH snapping")
struct PixelSnappingTests {
    /// Seed 002's grid cells; the ratio closest by aspect, then the tier closest by pixel count.
    @Test("a pixel string snaps to the closest cell of the whole grid, ratio and tier",
          arguments: [
            ("1024x1024", "1k", "1:1", "1k", 1024, 1024), ("3840x2160", "1k", "16:9", "4k", 3840, 2160),
            ("3840X2160", "2k", "16:9", "4k", 3840, 2160), ("2048x2048", "1k", "1:1", "2k", 2048, 2048),
            ("1920x1080", "1k", "16:9", "2k", 2048, 1152), ("1000x1500", "2k", "2:3", "1k", 1024, 1536),
            ("2560x1080", "1k", "21:9", "2k", 2688, 1152), ("1080x2560", "1k", "9:21", "2k", 1152, 2688),
            ("1200x1000", "2k", "5:4", "1k", 1280, 1024), ("1400x1000", "1k", "4:3", "1k", 1024, 768),
            ("1x1", "2k", "1:1", "1k", 1024, 1024), ("8192x4096", "1k", "2:1", "4k", 3840, 1920),
            ("8192x1", "4k", "21:9", "1k", 2016, 864), ("2160x3840", "1k", "9:16", "4k", 2160, 3840),
          ])
    func snaps(size: String, sentResolution: String, ratio: String, resolution: String, width: Int, height: Int) throws {
        let order = try accepted(request("gpt-image-2-official", ["size": .string(size), "resolution": .string(sentResolution)]))
        #expect(order.parameters["size"] == .string(ratio))
        #expect(order.parameters["requested_size"] == .string(size))
        #expect(order.parameters["resolution"] == .string(resolution))
        #expect(order.parameters["requested_resolution"] == (sentResolution == resolution ? nil : .string(sentResolution)))
        #expect(order.width == width && order.height == height)
    }

    @Test("without resolution, 3840x2160 renders 3840x2160 and 2048x2048 renders 2048x2048")
    func snapsWithoutResolution() throws {
        let wide = try accepted(request("gpt-image-2-official", ["size": "3840x2160"]))
        #expect(wide.width == 3840 && wide.height == 2160 && wide.parameters["resolution"] == "4k")
        #expect(wide.parameters["requested_resolution"] == nil)
        let square = try accepted(request("gpt-image-2-official", ["size": "2048x2048"]))
        #expect(square.width == 2048 && square.height == 2048 && square.parameters["resolution"] == "2k")
    }

    @Test("an explicit 4k with a pixel string of a non-widescreen ratio renders the snapped cell (the string decides)")
    func snappedFourK() throws {
        let order = try accepted(request("gpt-image-2-official", ["size": "1024x1024", "resolution": "4k"]))
        #expect(order.width == 1024 && order.height == 1024)
        #expect(order.parameters["resolution"] == "1k" && order.parameters["requested_resolution"] == "4k")
    }

    @Test("a pixel string with an unknown resolution is still refused for the resolution")
    func snappedBadResolution() throws {
        expectRefusal(try refused(request("gpt-image-2-official", ["size": "3840x2160", "resolution": "8k"])), code: 20003,
                      "invalid resolution \"8k\" (allowed: 1k, 2k, 4k)")
    }

    @Test("malformed or out-of-range pixel strings are unknown sizes",
          arguments: ["1024*1024", "1024x1024x1", " 1024x1024", "-5x5", "+5x5", "8193x100", "0x0", "1024x", "x1024",
                      "1e3x1000", "１０２４x１０２４", "99999999999999999999x1"])
    func malformed(size: String) throws {
        let error = try refused(request("gpt-image-2-official", ["size": .string(size)]))
        #expect(error.kind == .invalidValue)
        #expect(error.message.hasPrefix("invalid size \"\(size)\" (allowed: "))
    }

    @Test("gpt-image-2 does not take pixel strings (seed: the official channel 'additionally' does)")
    func variantRefusesPixels() throws {
        expectRefusal(try refused(request("gpt-image-2", ["size": "1024x1024"])), code: 20005,
                      "invalid size \"1024x1024\" (allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 5:4, 4:5, 2:1, 1:2, 21:9, 9:21, auto)")
    }

    @Test("snapping compares aspect by factor, so portrait and landscape are symmetric; ties go to the first listed")
    func snappingRule() throws {
        let ratios = ["1:1", "2:1", "1:2"].compactMap(AspectRatio.init)
        #expect(PixelSizeSyntax.closest(width: 1414, height: 1000, among: ratios)?.name == "1:1")
        #expect(PixelSizeSyntax.closest(width: 1415, height: 1000, among: ratios)?.name == "2:1")
        #expect(PixelSizeSyntax.closest(width: 1000, height: 1415, among: ratios)?.name == "1:2")
        let tied = ["2:1", "1:2"].compactMap(AspectRatio.init)
        #expect(PixelSizeSyntax.closest(width: 10, height: 10, among: tied)?.name == "2:1")
    }
}
