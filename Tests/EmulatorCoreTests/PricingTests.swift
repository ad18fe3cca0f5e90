@testable import EmulatorCore
import Testing

/// Credits charged at accept: credits = ceil(usd per image × n × 1000), or flat credits × n.
@Suite("Pricing")
struct PricingTests {
    /// The public snapshot (docs/contract.md §3) in credits: ceil(usd × 1000).
    @Test("gpt-image-2-official snapshot cells, each quality",
          arguments: [
            ("1:1", "1k", "low", 5), ("1:1", "1k", "medium", 43), ("1:1", "1k", "high", 169),
            ("16:9", "1k", "low", 7), ("16:9", "1k", "medium", 54), ("16:9", "1k", "high", 214),
            ("1:1", "2k", "low", 20), ("1:1", "2k", "medium", 169), ("1:1", "2k", "high", 674),
            ("16:9", "4k", "low", 38), ("16:9", "4k", "medium", 335), ("16:9", "4k", "high", 1333),
          ])
    func snapshotCells(size: String, resolution: String, quality: String, credits: Int) throws {
        let order = try accepted(request("gpt-image-2-official",
                                         ["size": .string(size), "resolution": .string(resolution), "quality": .string(quality)]))
        #expect(order.credits == credits)
    }

    @Test("n multiplies the per-image price before rounding up",
          arguments: [("16:9", "low", 3, 19), ("1:1", "low", 4, 20), ("1:1", "low", 2, 10), ("1:1", "high", 2, 338),
                      ("16:9", "medium", 4, 215)])
    func batch(size: String, quality: String, n: Int, credits: Int) throws {
        let order = try accepted(request("gpt-image-2-official", ["size": .string(size), "quality": .string(quality), "n": .int(n)]))
        #expect(order.credits == credits)
    }

    @Test("auto quality, sent or omitted, bills as high")
    func autoQualityIsHigh() throws {
        #expect(try accepted(request("gpt-image-2-official", ["quality": "auto"])).credits == 169)
        #expect(try accepted(request("gpt-image-2-official")).credits == 169)
        #expect(try accepted(request("gpt-image-2-official", ["quality": "auto", "size": "16:9", "resolution": "4k"])).credits == 1333)
    }

    @Test("auto size bills at the most expensive ratio of its (resolution, quality)",
          arguments: [("1k", "low", 10), ("1k", "medium", 85), ("1k", "high", 338), ("2k", "low", 24), ("2k", "high", 843)])
    func autoSizeIsMostExpensive(resolution: String, quality: String, credits: Int) throws {
        let order = try accepted(request("gpt-image-2-official",
                                         ["size": "auto", "resolution": .string(resolution), "quality": .string(quality)]))
        #expect(order.credits == credits)
    }

    @Test("image-to-image without size bills like auto")
    func imageToImageBillsAsAuto() throws {
        let order = try accepted(request("gpt-image-2-official", ["quality": "low", "image_urls": ["https://cdn.example/a.png"]]))
        #expect(order.credits == 10)
    }

    @Test("a snapped pixel size bills at its cell, ratio and tier")
    func pixelSizeBillsAtSnappedCell() throws {
        // 1920x1080 is 16:9@2k (0.0108), 3840x2160 16:9@4k (0.03792), 1024x1024 1:1@1k (0.0048).
        #expect(try accepted(request("gpt-image-2-official", ["size": "1920x1080", "quality": "low"])).credits == 11)
        #expect(try accepted(request("gpt-image-2-official", ["size": "3840x2160", "quality": "low"])).credits == 38)
        #expect(try accepted(request("gpt-image-2-official", ["size": "1024x1024", "resolution": "2k", "quality": "low"])).credits == 5)
    }

    @Test("every reachable cell has a price, rising with quality at a fixed size and resolution")
    func pricesRiseWithQuality() throws {
        for cell in PixelGridTests.officialGrid {
            var previous = 0
            for quality in ["low", "medium", "high"] {
                let credits = try accepted(request("gpt-image-2-official", ["size": .string(cell.size),
                                                                            "resolution": .string(cell.resolution),
                                                                            "quality": .string(quality)])).credits
                #expect(credits > previous, "\(cell.size)@\(cell.resolution) \(quality)")
                previous = credits
            }
        }
    }

    @Test("at 1k, cells with more pixels cost more (the fill rule)")
    func oneKFollowsPixelCount() throws {
        for quality in ["low", "medium", "high"] {
            let cells = try PixelGridTests.officialGrid.filter { $0.resolution == "1k" && $0.size != "auto" }.map { cell in
                (area: cell.width * cell.height,
                 credits: try accepted(request("gpt-image-2-official", ["size": .string(cell.size), "quality": .string(quality)])).credits)
            }
            for a in cells { for b in cells where a.area < b.area { #expect(a.credits <= b.credits, "\(quality)") } }
        }
    }

    @Test("gpt-image-2 is flat per resolution: 1k $0.03, 2k $0.05, 4k $0.08 (30, 50, 80 credits)")
    func variantFlat() throws {
        #expect(try accepted(request("gpt-image-2")).credits == 30)
        #expect(try accepted(request("gpt-image-2", ["resolution": "2k", "size": "21:9"])).credits == 50)
        #expect(try accepted(request("gpt-image-2", ["resolution": "4k", "size": "16:9"])).credits == 80)
    }

    @Test("flat models: z-image 5, imagen-4-0 46")
    func flatReAPI() throws {
        #expect(try accepted(request("z-image", ["aspect_ratio": "16:9"])).credits == 5)
        #expect(try accepted(request("imagen-4-0", ["size": "1:1"])).credits == 46)
    }

    @Test("API in One bills each image: imagen4 8, imagen4-fast 4, imagen4-ultra 12",
          arguments: [("imagen4", 8), ("imagen-4", 8), ("imagen4-fast", 4), ("imagen4-ultra", 12)], [1, 3, 4])
    func apiInOne(model: (String, Int), images: Int) throws {
        let order = try accepted(request(model.0, ["num_images": .int(images)]), on: .apiinone)
        #expect(order.credits == model.1 * images)
        #expect(order.imageCount == images)
    }

    @Test("ceil over integer micro-dollars: no floating-point overshoot or undershoot")
    func ceilArithmetic() throws {
        let table = { (microDollars: Int) in
            PriceTable(unit: .usd, perImage: LookupTable(axes: [], root: .leaf(microDollars), treatAs: [:]))
        }
        #expect(table(4800).credits([:], count: 1) == 5)
        #expect(table(6080).credits([:], count: 3) == 19)
        #expect(table(1000).credits([:], count: 1) == 1)
        #expect(table(1001).credits([:], count: 1) == 2)
        #expect(table(0).credits([:], count: 4) == 0)
        let decode = PriceTable.entry(unit: .usd)
        #expect(try decode(0.0048, "p") == 4800)
        #expect(try decode(0.00608, "p") == 6080)
        #expect(try decode(0.1688, "p") == 168_800)
        #expect(try decode(1.3328, "p") == 1_332_800)
    }
}
