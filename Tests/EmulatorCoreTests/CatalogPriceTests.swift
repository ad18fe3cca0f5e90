@testable import EmulatorCore
import Testing

/// Credits per request for every published price SKU (reapi.ai/models/…, snapshot of
/// 2026-07-23): ceil(usd × n × 1000), the USD copied from the SKU list.
@Suite("Catalogue prices")
struct CatalogPriceTests {
    struct Price: Sendable, CustomTestStringConvertible {
        let model: String
        let fields: JSONObject
        let credits: Int
        init(_ model: String, _ fields: JSONObject, _ credits: Int) { (self.model, self.fields, self.credits) = (model, fields, credits) }
        var testDescription: String { "\(model) \(fields.pairs.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) costs \(credits)" }
    }

    static let prices: [Price] = [
        Price("doubao-seedream-5-0-lite", ["resolution": "2k"], 31),  // doubao-seedream-5-0-lite:2k $0.0308
        Price("doubao-seedream-5-0-lite", ["resolution": "2k", "n": 3, "sequential_image_generation": "auto"], 93),  // 3 × $0.0308
        Price("doubao-seedream-5-0-lite", ["resolution": "3k"], 31),  // doubao-seedream-5-0-lite:3k $0.0308
        Price("doubao-seedream-5-0-lite", ["resolution": "3k", "n": 3, "sequential_image_generation": "auto"], 93),  // 3 × $0.0308
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png"]], 32),  // 1k $0.031324
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png"]], 34),  // 1k_nsfw $0.033088
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png", "https://cdn.example/9.png"]], 53),  // 1k_nsfw_refs10 $0.052941
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png"]], 36),  // 1k_nsfw_refs2 $0.035294
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png"]], 38),  // 1k_nsfw_refs3 $0.0375
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png"]], 40),  // 1k_nsfw_refs4 $0.039706
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png"]], 42),  // 1k_nsfw_refs5 $0.041912
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png"]], 45),  // 1k_nsfw_refs6 $0.044118
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png"]], 47),  // 1k_nsfw_refs7 $0.046324
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png"]], 49),  // 1k_nsfw_refs8 $0.048529
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png"]], 51),  // 1k_nsfw_refs9 $0.050735
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png", "https://cdn.example/9.png"]], 51),  // 1k_refs10 $0.050118
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png"]], 34),  // 1k_refs2 $0.033412
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png"]], 36),  // 1k_refs3 $0.0355
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png"]], 38),  // 1k_refs4 $0.037588
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png"]], 40),  // 1k_refs5 $0.039676
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png"]], 42),  // 1k_refs6 $0.041765
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png"]], 44),  // 1k_refs7 $0.043853
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png"]], 46),  // 1k_refs8 $0.045941
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png"]], 49),  // 1k_refs9 $0.048029
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png"]], 63),  // 2k $0.062647
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png"]], 67),  // 2k_nsfw $0.066176
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png", "https://cdn.example/9.png"]], 87),  // 2k_nsfw_refs10 $0.086029
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png"]], 69),  // 2k_nsfw_refs2 $0.068382
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png"]], 71),  // 2k_nsfw_refs3 $0.070588
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png"]], 73),  // 2k_nsfw_refs4 $0.072794
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png"]], 75),  // 2k_nsfw_refs5 $0.075
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png"]], 78),  // 2k_nsfw_refs6 $0.077206
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png"]], 80),  // 2k_nsfw_refs7 $0.079412
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png"]], 82),  // 2k_nsfw_refs8 $0.081618
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": true, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png"]], 84),  // 2k_nsfw_refs9 $0.083824
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png", "https://cdn.example/9.png"]], 82),  // 2k_refs10 $0.081441
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png"]], 65),  // 2k_refs2 $0.064735
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png"]], 67),  // 2k_refs3 $0.066824
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png"]], 69),  // 2k_refs4 $0.068912
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png"]], 71),  // 2k_refs5 $0.071
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png"]], 74),  // 2k_refs6 $0.073088
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png"]], 76),  // 2k_refs7 $0.075176
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png"]], 78),  // 2k_refs8 $0.077265
        Price("doubao-seedream-5-0-pro", ["quality": "high", "nsfw_checker": false, "image_urls": ["https://cdn.example/0.png", "https://cdn.example/1.png", "https://cdn.example/2.png", "https://cdn.example/3.png", "https://cdn.example/4.png", "https://cdn.example/5.png", "https://cdn.example/6.png", "https://cdn.example/7.png", "https://cdn.example/8.png"]], 80),  // 2k_refs9 $0.079353
        Price("doubao-seedream-5-0-pro", ["quality": "basic", "nsfw_checker": true], 34),  // no reference image: the base SKU
        Price("flux-2", ["resolution": "1K"], 28),  // flux-2:1K $0.0275
        Price("flux-2", ["resolution": "2K"], 39),  // flux-2:2K $0.0385
        Price("flux-2-flex", ["resolution": "1K"], 77),  // flux-2-flex:1K $0.077
        Price("flux-2-flex", ["resolution": "2K"], 132),  // flux-2-flex:2K $0.132
        Price("gemini-2.5-flash-image-preview", [:], 15),  // gemini-2.5-flash-image-preview:flat $0.014375
        Price("gemini-2.5-flash-image-preview", ["n": 3], 44),  // 3 × $0.014375
        Price("gemini-2.5-flash-image-preview-official", [:], 36),  // gemini-2.5-flash-image-preview-official:flat $0.03588
        Price("gemini-2.5-flash-image-preview-official", ["n": 3], 108),  // 3 × $0.03588
        Price("gemini-3-pro-image-preview", ["resolution": "1k"], 42),  // gemini-3-pro-image-preview:1k $0.0414
        Price("gemini-3-pro-image-preview", ["resolution": "1k", "n": 3], 125),  // 3 × $0.0414
        Price("gemini-3-pro-image-preview", ["resolution": "2k"], 42),  // gemini-3-pro-image-preview:2k $0.0414
        Price("gemini-3-pro-image-preview", ["resolution": "2k", "n": 3], 125),  // 3 × $0.0414
        Price("gemini-3-pro-image-preview", ["resolution": "4k"], 45),  // gemini-3-pro-image-preview:4k $0.045
        Price("gemini-3-pro-image-preview", ["resolution": "4k", "n": 3], 135),  // 3 × $0.045
        Price("gemini-3-pro-image-preview-official", ["resolution": "1k"], 124),  // gemini-3-pro-image-preview-official:1k $0.12328
        Price("gemini-3-pro-image-preview-official", ["resolution": "1k", "n": 3], 370),  // 3 × $0.12328
        Price("gemini-3-pro-image-preview-official", ["resolution": "2k"], 124),  // gemini-3-pro-image-preview-official:2k $0.12328
        Price("gemini-3-pro-image-preview-official", ["resolution": "2k", "n": 3], 370),  // 3 × $0.12328
        Price("gemini-3-pro-image-preview-official", ["resolution": "4k"], 221),  // gemini-3-pro-image-preview-official:4k $0.2208
        Price("gemini-3-pro-image-preview-official", ["resolution": "4k", "n": 3], 663),  // 3 × $0.2208
        Price("gemini-3.1-flash-image-preview", ["resolution": "0.5k"], 32),  // gemini-3.1-flash-image-preview:0.5k $0.0315
        Price("gemini-3.1-flash-image-preview", ["resolution": "0.5k", "n": 3], 95),  // 3 × $0.0315
        Price("gemini-3.1-flash-image-preview", ["resolution": "1k"], 32),  // gemini-3.1-flash-image-preview:1k $0.0315
        Price("gemini-3.1-flash-image-preview", ["resolution": "1k", "n": 3], 95),  // 3 × $0.0315
        Price("gemini-3.1-flash-image-preview", ["resolution": "2k"], 48),  // gemini-3.1-flash-image-preview:2k $0.0477
        Price("gemini-3.1-flash-image-preview", ["resolution": "2k", "n": 3], 144),  // 3 × $0.0477
        Price("gemini-3.1-flash-image-preview", ["resolution": "4k"], 72),  // gemini-3.1-flash-image-preview:4k $0.0711
        Price("gemini-3.1-flash-image-preview", ["resolution": "4k", "n": 3], 214),  // 3 × $0.0711
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "0.5k"], 59),  // gemini-3.1-flash-image-preview-official:0.5k $0.05896
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "0.5k", "n": 3], 177),  // 3 × $0.05896
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "1k"], 59),  // gemini-3.1-flash-image-preview-official:1k $0.05896
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "1k", "n": 3], 177),  // 3 × $0.05896
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "2k"], 89),  // gemini-3.1-flash-image-preview-official:2k $0.08888
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "2k", "n": 3], 267),  // 3 × $0.08888
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "4k"], 133),  // gemini-3.1-flash-image-preview-official:4k $0.13288
        Price("gemini-3.1-flash-image-preview-official", ["resolution": "4k", "n": 3], 399),  // 3 × $0.13288
        Price("gpt-image-2-beta", ["resolution": "1k"], 30),  // gpt-image-2-beta:1k $0.03
        Price("gpt-image-2-beta", ["resolution": "2k"], 50),  // gpt-image-2-beta:2k $0.05
        Price("gpt-image-2-beta", ["resolution": "4k", "size": "16:9"], 80),  // gpt-image-2-beta:4k $0.08
        Price("nano-banana-2-lite", [:], 20),  // nano-banana-2-lite:flat $0.02
        Price("qwen-image-2", [:], 31),  // qwen-image-2:flat $0.0308
        Price("wan2.7-image", [:], 24),  // wan2.7-image:flat $0.02376
        Price("wan2.7-image", ["n": 3], 72),  // 3 × $0.02376
        Price("wan2.7-image-pro", [:], 60),  // wan2.7-image-pro:flat $0.05984
        Price("wan2.7-image-pro", ["n": 3], 180),  // 3 × $0.05984
    ]

    @Test("each SKU bills its published price", arguments: prices)
    func sku(_ price: Price) throws {
        #expect(try accepted(request(price.model, price.fields)).credits == price.credits)
    }
}
