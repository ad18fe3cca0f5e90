@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The video endpoint with the 36 video models and the two video tools: every vendor example
/// completes, every extracted rule message answers its broken request word for word, one SKU
/// per model bills as published, and image and video models refuse each other's endpoint.
/// Expected values come from `VideoReference` (copied from the vendor's contracts).
@Suite("Video models (POST /api/v1/videos/generations)")
struct VideoModelTests {
    static let videos = MediaKind.video.submitPath

    private func post(_ harness: EmulatorHarness, _ body: String, path: String = videos) -> HTTPResponse {
        harness.respond(.make("POST", path, key: harness.key, json: body))
    }

    @Test("the vendor's example request completes with MP4 URLs", arguments: VideoReference.examples.map(\.model))
    func exampleCompletes(model: String) throws {
        let harness = try EmulatorHarness()
        let body = try #require(VideoReference.examples.first { $0.model == model }?.body)
        let submitted = post(harness, body)
        try #require(submitted.status == 200, "\(submitted.bodyText)")
        let json = try #require(submitted.json)
        let id = try #require(json["id"]?.stringValue)
        #expect(json["status"] == "processing" && json["output"] == .null)
        _ = harness.advance(seconds: 6 * 3600)
        let poll = try #require(harness.poll(id).json)
        #expect(poll["status"] == "completed")
        let list = poll["output"]?["video_urls"]?.arrayValue ?? []
        let urls = list.compactMap { $0.stringValue }
        #expect(!urls.isEmpty && urls.allSatisfy { $0.hasSuffix(".mp4") && $0.contains("/media/tasks/") })
        #expect(poll["output"]?["image_urls"] == nil)
    }

    @Test("a skill example the published schema refuses is 20003 (the schema wins)",
          arguments: VideoReference.refusedSkillExamples.map(\.model))
    func refusedSkillExample(model: String) throws {
        let entry = try #require(VideoReference.refusedSkillExamples.first { $0.model == model })
        let refused = post(try EmulatorHarness(), entry.body)
        #expect(refused.status == 400 && refused.errorCode == 20003)
        #expect(refused.json?["error"]?["message"]?.stringValue == entry.message)
    }

    @Test("a video model on the images endpoint is 20004", arguments: VideoReference.examples.map(\.model))
    func videoModelOnImages(model: String) throws {
        let harness = try EmulatorHarness()
        let body = try #require(VideoReference.examples.first { $0.model == model }?.body)
        let refused = post(harness, body, path: MediaKind.image.submitPath)
        #expect(refused.status == 400 && refused.errorCode == 20004)
        #expect(refused.json?["error"]?["message"] == "model not supported on this endpoint")
    }

    @Test("an image model on the videos endpoint is 20004, nothing charged")
    func imageModelOnVideos() throws {
        let harness = try EmulatorHarness(credits: 1_000_000)
        let refused = post(harness, #"{"model":"z-image","prompt":"a red fox"}"#)
        #expect(refused.status == 400 && refused.errorCode == 20004)
        #expect(refused.json?["error"]?["message"] == "model not supported on this endpoint")
        #expect(harness.credits() ?? 1_000_000 == 1_000_000)
        #expect(post(harness, #"{"model":"no-such-model","prompt":"a red fox"}"#).errorCode == 20004)
    }

    @Test("every extracted rule message answers its broken request",
          arguments: VideoReference.rules.indices)
    func ruleMessage(index: Int) throws {
        let rule = VideoReference.rules[index]
        let harness = try EmulatorHarness()
        let refused = post(harness, rule.body)
        #expect(refused.status == 400, "\(rule.model): \(refused.bodyText)")
        #expect(refused.json?["error"]?["message"]?.stringValue == rule.message, "\(rule.model): \(refused.bodyText)")
    }

    @Test("one SKU per model bills ceil(USD x seconds x 1000) at submit", arguments: VideoReference.prices.map(\.model))
    func price(model: String) throws {
        let entry = try #require(VideoReference.prices.first { $0.model == model })
        // A key starts with the harness's 1,000,000 credits on first use.
        let harness = try EmulatorHarness(credits: 1_000_000)
        let before = 1_000_000
        let submitted = post(harness, entry.body)
        try #require(submitted.status == 200, "\(entry.sku): \(submitted.bodyText)")
        #expect(harness.credits() == before - entry.credits, "\(entry.sku)")
    }

    @Test("return_last_frame: true adds output.last_frame_url, a PNG of the clip")
    func lastFrame() throws {
        let harness = try EmulatorHarness()
        let id = try #require(post(harness, #"{"model":"doubao-seedance-2.0","prompt":"a red fox","return_last_frame":true}"#).taskID)
        _ = harness.advance(seconds: 3600)
        let output = try #require(harness.poll(id).json?["output"])
        let frame = try #require(output["last_frame_url"]?.stringValue)
        #expect(frame.hasSuffix("/last_frame.png"))
        let plain = try #require(post(harness, #"{"model":"doubao-seedance-2.0","prompt":"a red fox"}"#).taskID)
        _ = harness.advance(seconds: 3600)
        #expect(harness.poll(plain).json?["output"]?["last_frame_url"] == nil)
    }

    @Test("a source-billed tool takes the scenario's source_seconds for its URL")
    func sourceSeconds() throws {
        let harness = try EmulatorHarness("source_seconds: {\"https://cdn.example/long-*.mp4\": 42}", credits: 1_000_000)
        let before = 1_000_000
        let body = #"{"model":"topaz-video-upscaler","video_url":"https://cdn.example/long-1.mp4","upscale_factor":"2"}"#
        #expect(post(harness, body).status == 200)
        // 1x2x tier: $0.044 per second of source (the vendor's SKU) x 42 s = $1.848.
        #expect(harness.credits() == before - 1848)
    }

    @Test("Range answers", arguments: [
        ("bytes=0-99", 206, "bytes 0-99/1000"), ("bytes=990-", 206, "bytes 990-999/1000"),
        ("bytes=-10", 206, "bytes 990-999/1000"), ("bytes=5-5000", 206, "bytes 5-999/1000"),
        ("bytes=1000-", 416, "bytes */1000"), ("bytes=0-1,5-9", 200, ""), ("items=0-1", 200, ""),
    ])
    func range(header: String, status: Int, contentRange: String) {
        let full = HTTPResponse(status: 200, headers: [("Content-Type", "video/mp4")], body: [UInt8](repeating: 7, count: 1000))
        let cut = ByteRange.apply(header, to: full)
        #expect(cut.status == status)
        #expect(cut.header("Accept-Ranges") == "bytes")
        if !contentRange.isEmpty { #expect(cut.header("Content-Range") == contentRange) }
        if status == 206, let range = cut.header("Content-Range")?.split(separator: " ")[1].split(separator: "/")[0] {
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            #expect(cut.body.count == bounds[1] - bounds[0] + 1)
        }
    }
}
