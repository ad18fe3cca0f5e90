@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Each catalogue model end to end on the virtual clock, through the HTTP-level core: a
/// representative payload from the reference is accepted and charged, completes within its
/// duration range, and its URLs serve images of the documented size, format and extension
/// for exactly the URL lifetime.
@Suite("Catalogue lifecycle")
struct CatalogLifecycleTests {
    struct Flow: Sendable, CustomTestStringConvertible {
        let body: String
        let credits: Int
        let images: Int
        let width: Int
        let height: Int
        let ext: String
        /// Shortest and longest end-to-end time, seconds.
        let seconds: ClosedRange<Int64>
        let ttlHours: Int64
        var testDescription: String { body }
    }

    static let flows: [Flow] = [
        Flow(body: #"{"model":"doubao-seedream-5-0-lite","prompt":"p","size":"16:9","resolution":"3k","n":2,"sequential_image_generation":"auto","output_format":"png"}"#,
             credits: 62, images: 2, width: 4096, height: 2304, ext: "png", seconds: 10...30, ttlHours: 24),
        Flow(body: #"{"model":"doubao-seedream-5-0-pro","prompt":"p","aspect_ratio":"3:2","quality":"high","image_urls":["https://cdn.example/a.png","https://cdn.example/b.png"]}"#,
             credits: 69, images: 1, width: 2496, height: 1664, ext: "jpg", seconds: 110...130, ttlHours: 24),
        Flow(body: #"{"model":"flux-2","prompt":"a weather infographic","aspect_ratio":"16:9","resolution":"2K"}"#,
             credits: 39, images: 1, width: 2048, height: 1152, ext: "jpg", seconds: 10...30, ttlHours: 24),
        Flow(body: #"{"model":"flux-2-flex","prompt":"edit this","aspect_ratio":"auto","input_urls":["https://cdn.example/a.png"]}"#,
             credits: 77, images: 1, width: 1440, height: 1440, ext: "jpg", seconds: 15...45, ttlHours: 24),
        Flow(body: #"{"model":"gemini-2.5-flash-image-preview","prompt":"p","size":"21:9","n":4}"#,
             credits: 58, images: 4, width: 1536, height: 672, ext: "png", seconds: 5...15, ttlHours: 24),
        Flow(body: #"{"model":"gemini-2.5-flash-image-preview-official","prompt":"p","size":"4:5"}"#,
             credits: 36, images: 1, width: 896, height: 1152, ext: "png", seconds: 5...15, ttlHours: 24),
        Flow(body: #"{"model":"gemini-3-pro-image-preview","prompt":"p","size":"16:9","resolution":"4k","official_fallback":true}"#,
             credits: 45, images: 1, width: 5504, height: 3072, ext: "png", seconds: 20...60, ttlHours: 24),
        Flow(body: #"{"model":"gemini-3-pro-image-preview-official","prompt":"p","size":"2:3","resolution":"2k","n":2}"#,
             credits: 247, images: 2, width: 1696, height: 2528, ext: "png", seconds: 20...60, ttlHours: 24),
        Flow(body: #"{"model":"gemini-3.1-flash-image-preview","prompt":"p","size":"8:1","resolution":"0.5k","google_search":true,"google_image_search":true}"#,
             credits: 32, images: 1, width: 1536, height: 192, ext: "png", seconds: 8...25, ttlHours: 24),
        Flow(body: #"{"model":"gemini-3.1-flash-image-preview-official","prompt":"p","size":"1:4","resolution":"4k","n":3}"#,
             credits: 399, images: 3, width: 2048, height: 8192, ext: "png", seconds: 8...25, ttlHours: 24),
        Flow(body: #"{"model":"gpt-image-2-beta","prompt":"p","size":"21:9","resolution":"4k"}"#,
             credits: 80, images: 1, width: 3840, height: 1648, ext: "png", seconds: 120...180, ttlHours: 168),
        Flow(body: #"{"model":"nano-banana-2-lite","prompt":"p","aspect_ratio":"4:1","image_urls":["https://cdn.example/a.png"]}"#,
             credits: 20, images: 1, width: 2048, height: 512, ext: "png", seconds: 3...10, ttlHours: 24),
        Flow(body: #"{"model":"qwen-image-2","prompt":"p","image_size":"21:9","image_url":"https://cdn.example/a.png","output_format":"jpeg","seed":42}"#,
             credits: 31, images: 1, width: 3120, height: 1344, ext: "jpg", seconds: 10...30, ttlHours: 24),
        Flow(body: #"{"model":"wan2.7-image","prompt":"p","n":6,"enable_sequential":true,"size":"9:16","resolution":"1k"}"#,
             credits: 143, images: 6, width: 768, height: 1360, ext: "png", seconds: 15...45, ttlHours: 24),
        Flow(body: #"{"model":"wan2.7-image-pro","prompt":"p","size":"4:3","resolution":"4k","seed":7}"#,
             credits: 60, images: 1, width: 4720, height: 3536, ext: "png", seconds: 30...90, ttlHours: 24),
    ]

    @Test("submit, charge, complete on the clock, serve, expire", arguments: flows)
    func flow(_ flow: Flow) throws {
        let emu = try EmulatorHarness(credits: 10_000)
        let submitted = emu.submit(flow.body)
        #expect(submitted.status == 200, "\(submitted.bodyText)")
        let answer = try #require(submitted.json)
        let id = try #require(answer["id"]?.stringValue)
        #expect(TaskIDShape.isHex32(id))
        #expect(answer["status"] == "processing" && answer["output"] == .null && answer["error"] == .null)
        #expect(emu.credits() == 10_000 - flow.credits)

        let start = emu.now
        let settles = try emu.settlesAt(id)
        let elapsed = (settles.milliseconds - start.milliseconds)
        #expect(elapsed >= flow.seconds.lowerBound * 1000 && elapsed <= flow.seconds.upperBound * 1000)
        try emu.advance(to: settles)

        let poll = try #require(emu.poll(id).json)
        #expect(poll["status"] == "completed")
        let urls = try #require(poll["output"]?["image_urls"]?.arrayValue).compactMap(\.stringValue)
        #expect(urls.count == flow.images)
        for (index, url) in urls.enumerated() {
            #expect(url == "\(EmulatorHarness.publicURL)/media/tasks/\(id.dropFirst(5))/\(index).\(flow.ext)")
            let media = emu.media(url)
            #expect(media.status == 200)
            #expect(media.header("Content-Type") == (flow.ext == "png" ? "image/png" : "image/jpeg"))
        }
        let drawn = emu.renderer.requested
        #expect(drawn.count == flow.images)
        #expect(drawn.allSatisfy { $0.width == flow.width && $0.height == flow.height && $0.format.fileExtension == flow.ext })

        emu.advance(seconds: Double(flow.ttlHours * 3600 - 1))
        #expect(emu.media(urls[0]).status == 200)
        emu.advance(seconds: 1)
        #expect(emu.media(urls[0]).status == 403)
    }
}
