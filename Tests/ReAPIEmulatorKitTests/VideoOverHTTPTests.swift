import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// Video results over real sockets with the real encoder, decoded by ffprobe and ffmpeg (the
/// bytes a client gets): the skill CLI's request shape end to end, size, duration, codec, the
/// sound track, the last frame, Range and HEAD; every video model's example clip against the
/// size, length and sound `VideoReference.clips` takes from the vendor's schemas and docs/models.md.
@Suite("Video over HTTP (live server on port 0)")
struct VideoOverHTTPTests {
    private func start() throws -> Emulator {
        // Held past --max-hold: under a loaded CI machine the largest example clips took
        // over a minute to encode, and the 60 s cap answered their downloads 503.
        var options = LoadTolerant.holding(LoadTolerant.patient(EmulatorOptions(scenario: .yaml("clock: virtual"))))
        options.seed = 7
        return try Emulator.start(options)
    }

    /// The skill CLI's shape: POST the videos endpoint, read the top-level `id`, poll until
    /// completed, read `output.video_urls[0]`.
    private func completed(_ emu: Emulator, _ client: LiveClient, _ body: String) async throws -> JSONValue {
        let submitted = try await client.post("/api/v1/videos/generations", body)
        try #require(submitted.status == 200, "\(String(decoding: submitted.body, as: UTF8.self))")
        let id = try #require(submitted.json?["id"]?.stringValue)
        for _ in 0..<100 {
            let poll = try #require(try await client.get("/api/v1/tasks/\(id)").json)
            if poll["status"] == "completed" { return poll }
            try #require(poll["status"] == "processing")
            emu.advance(by: .seconds(60))
        }
        throw NeverCompleted(id: id)
    }

    struct NeverCompleted: Error { let id: String }

    private func probe(_ bytes: Data) throws -> [[String: Any]] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reapi-video-\(UUID().uuidString).mp4").path
        try #require(FileManager.default.createFile(atPath: path, contents: bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(run("ffmpeg", ["-v", "error", "-xerror", "-i", path, "-f", "null", "-"]) != nil, "ffmpeg could not decode the clip")
        let output = try #require(run("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name,width,height,duration",
                                                  "-of", "json", path]))
        let json = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        return try #require(json["streams"] as? [[String: Any]])
    }

    private func run(_ tool: String, _ arguments: [String]) -> Data? { AudioProbe.run(tool, arguments) }

    @Test("the skill CLI's shape: a 5 s 720p 16:9 H.264 clip with sound, its last frame, Range and HEAD")
    func skillShape() async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "rk_test_1")
        // The vendor's example (doubao-seedance-2.0) with sound and the last frame asked for.
        let poll = try await completed(emu, client, #"{"model": "doubao-seedance-2.0", "prompt": "a cinematic red panda walking through bamboo", "duration": 5, "resolution": "720p", "size": "16:9", "generate_audio": true, "return_last_frame": true}"#)
        let url = try #require(poll["output"]?["video_urls"]?[0]?.stringValue)
        let clip = try await client.get(url)
        #expect(clip.status == 200 && clip.header("Content-Type") == "video/mp4" && clip.header("Accept-Ranges") == "bytes")
        let streams = try probe(clip.body)
        let video = try #require(streams.first { $0["codec_type"] as? String == "video" })
        #expect(video["codec_name"] as? String == "h264")
        #expect(video["width"] as? Int == 1280 && video["height"] as? Int == 720)
        let seconds = try #require(Double(video["duration"] as? String ?? ""))
        #expect(abs(seconds - 5) < 0.05)
        // The sound lasts as long as the picture: the edit list skips the MP3 encoder's priming and padding.
        let sound = try #require(streams.first { $0["codec_type"] as? String == "audio" })
        #expect(abs((Double(sound["duration"] as? String ?? "") ?? 0) - 5) < 0.005, "\(sound)")

        let part = try await client.send("GET", url, headers: ["Range": "bytes=0-1023"])
        #expect(part.status == 206 && part.body.count == 1024)
        #expect(part.header("Content-Range") == "bytes 0-1023/\(clip.body.count)")
        #expect(part.body == clip.body.prefix(1024))
        let head = try await client.send("HEAD", url)
        #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") == "\(clip.body.count)")

        let frameURL = try #require(poll["output"]?["last_frame_url"]?.stringValue)
        let frame = try await client.get(frameURL)
        #expect(frame.status == 200 && frame.header("Content-Type") == "image/png")
        // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
        let bytes = [UInt8](frame.body)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 720)
    }

    @Test("a silent clip has no sound track; its length and pixel size follow the request")
    func silentPortrait() async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "rk_test_1")
        let poll = try await completed(emu, client, #"{"model": "kling-3-0-turbo", "prompt": "a red fox", "duration": 3, "resolution": "720p", "aspect_ratio": "9:16"}"#)
        let url = try #require(poll["output"]?["video_urls"]?[0]?.stringValue)
        let streams = try probe(try await client.get(url).body)
        let video = try #require(streams.first { $0["codec_type"] as? String == "video" })
        #expect(video["width"] as? Int == 720 && video["height"] as? Int == 1280)
        #expect(abs((Double(video["duration"] as? String ?? "") ?? 0) - 3) < 0.05)
        #expect(!streams.contains { $0["codec_type"] as? String == "audio" })
    }

    @Test("every video model's example completes with a decodable H.264 MP4 of its documented size and length",
          arguments: VideoReference.clips.map(\.model))
    func exampleClip(model: String) async throws {
        let expected = try #require(VideoReference.clips.first { $0.model == model })
        let body = try #require(VideoReference.examples.first { $0.model == model }?.body)
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "rk_test_1")
        let poll = try await completed(emu, client, body)
        let urls = (poll["output"]?["video_urls"]?.arrayValue ?? []).compactMap(\.stringValue)
        try #require(urls.count == 1, "\(model): \(urls)")
        let clip = try await client.get(urls[0])
        #expect(clip.status == 200 && clip.header("Content-Type") == "video/mp4")
        let streams = try probe(clip.body)
        let video = try #require(streams.first { $0["codec_type"] as? String == "video" }, "\(model): no video stream")
        #expect(video["codec_name"] as? String == "h264", "\(model)")
        #expect(video["width"] as? Int == expected.width && video["height"] as? Int == expected.height,
                "\(model): \(video["width"] ?? "?")x\(video["height"] ?? "?"), expected \(expected.width)x\(expected.height) (\(expected.why))")
        let seconds = Double(video["duration"] as? String ?? "") ?? 0
        #expect(abs(seconds - expected.seconds) < 0.05, "\(model): \(seconds) s, expected \(expected.seconds) s (\(expected.why))")
        #expect(streams.contains { $0["codec_type"] as? String == "audio" } == expected.sound,
                "\(model): sound track expected \(expected.sound) (\(expected.why))")
    }
}
