import EmulatorCore
import ReAPIEmulatorTesting
import Foundation
import Testing
@testable import ReAPIEmulatorKit

/// `POST /api/v1/audio/generations` over real sockets with the real renderer: each audio model's
/// example request completes, and every URL of `output.audio_urls` (and `output.tracks[]`)
/// decodes with ffprobe/ffmpeg to the documented format and length (docs/models.md, audio models).
@Suite("Audio over HTTP (live server on port 0)", .serialized)
struct AudioOverHTTPTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        /// ffprobe's container name and the expected length in seconds.
        var container: String
        var seconds: Double
        var labels: [String]
        var credits: Int
        var testDescription: String { body }
    }

    /// Songs last 30 s (choice); the tools' sources are given 20 s by the scenario's
    /// `source_seconds` (one started minute), which keeps the files small.
    static let song = 30.0, source = 20.0
    static let cases: [Case] = [
        // The reference has no verbatim mureka body: lyrics (required) and a style prompt.
        Case(body: #"{"model":"mureka-v9-song","lyrics":"[Verse]\nNeon rain on the avenue","prompt":"synthwave, female vocal"}"#,
             container: "mp3", seconds: song, labels: [], credits: 60),
        Case(body: #"{"model":"mureka-v9-song","lyrics":"la la la","number_of_songs":2,"output_format":"flac"}"#,
             container: "flac", seconds: song, labels: [], credits: 120),
        // The vendor's examples (https://reapi.ai/docs/vocal-remover, /docs/voice-changer) and the multistem test body.
        Case(body: #"{"model": "audio-stem-separator", "audio_url": "https://cdn.example.com/song.wav", "stem": "vocals", "encoder_format": "mp3"}"#,
             container: "mp3", seconds: source, labels: ["vocals", "instrumental"], credits: 200),
        Case(body: #"{"model": "audio-voice-change", "audio_url": "https://cdn.example.com/source-vocal.wav", "voice_pack_id": "voice_pack_id_here", "accent": 1, "encoder_format": "mp3"}"#,
             container: "mp3", seconds: source, labels: ["converted_mix"], credits: 200),
        Case(body: #"{"model": "audio-multistem", "audio_url": "https://cdn.example.com/song.wav", "stem_list": ["vocals", "drum"], "encoder_format": "wav"}"#,
             container: "wav", seconds: source, labels: ["vocals", "drum", "no_multistem"], credits: 400),
        Case(body: #"{"model":"audio-music-extractor","audio_url":"https://cdn.example.com/song.wav","encoder_format":"ogg"}"#,
             container: "ogg", seconds: source, labels: ["music"], credits: 200),
        Case(body: #"{"model":"audio-voice-clean","audio_url":"https://cdn.example.com/talk.wav","encoder_format":"aac"}"#,
             container: "mp3", seconds: source, labels: ["clean_voice"], credits: 200),
        Case(body: #"{"model":"suno-music","customMode":false,"instrumental":false,"version":"V5","prompt":"a calm piano piece"}"#,
             container: "mp3", seconds: song, labels: ["song_1", "song_2"], credits: 60),
    ]

    private func start() throws -> Emulator {
        var options = EmulatorOptions(scenario: .yaml("clock: virtual\nsource_seconds: {\"https://cdn.example.com/*\": 20}"),
                                      provider: .reapi)
        options = LoadTolerant.holding(LoadTolerant.patient(options))  // encodes may outlast --max-hold under load
        options.seed = 7
        return try Emulator.start(options)
    }

    /// Submits to the audio endpoint, completes the task on the clock and returns the poll body.
    private func completed(_ emu: Emulator, _ client: LiveClient, _ body: String) async throws -> JSONValue {
        let submitted = try await client.post(MediaKind.audio.submitPath, body)
        try #require(submitted.status == 200, "\(String(decoding: submitted.body, as: UTF8.self))")
        let id = try #require(submitted.json?["id"]?.stringValue)
        let settles = try #require(emu.session.task(id)?.task.settlesAt)
        emu.advance(by: .milliseconds(max(0, settles.milliseconds - emu.app.defaultSession.clock.now().milliseconds)))
        let poll = try #require(try await client.get("/api/v1/tasks/\(id)").json)
        #expect(poll["status"]?.stringValue == "completed")
        return poll
    }

    @Test("each audio model's example completes with decodable files of the documented format and length", arguments: cases)
    func completes(_ example: Case) async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "rk_test_1")
        let before = emu.session.account("rk_test_1")?.credits ?? 1_000_000 // a new key starts with 1,000,000
        let poll = try await completed(emu, client, example.body)
        let after = try #require(emu.session.account("rk_test_1")?.credits)
        #expect(after == before - example.credits)
        let urls = (poll["output"]?["audio_urls"]?.arrayValue ?? []).compactMap(\.stringValue)
        let tracks = poll["output"]?["tracks"]?.arrayValue ?? []
        #expect(tracks.compactMap { $0["label"]?.stringValue } == example.labels)
        if !example.labels.isEmpty { #expect(tracks.compactMap { $0["url"]?.stringValue } == urls) }
        #expect(urls.count == max(1, example.labels.count, example.body.contains("\"number_of_songs\":2") ? 2 : 1))
        var tones: Set<Int> = []
        for url in urls {
            let file = try await client.get(String(url.dropFirst(emu.baseURL.count)))
            #expect(file.status == 200)
            let info = try #require(AudioProbe.info(Array(file.body)), "\(url) does not decode")
            #expect(info.container == example.container)
            #expect(abs(info.seconds - example.seconds) < 0.1, "\(url): \(info.seconds) s")
            let samples = try #require(AudioProbe.samples(Array(file.body)))
            tones.insert(Int(AudioProbe.toneFrequency(samples).rounded()))
        }
        #expect(tones.count == urls.count, "every track sounds different: \(tones)")
    }

    @Test("a track URL answers Range and HEAD")
    func rangeAndHead() async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "rk_test_1")
        let poll = try await completed(emu, client, Self.cases[2].body)
        let url = try #require(poll["output"]?["audio_urls"]?[0]?.stringValue)
        let path = String(url.dropFirst(emu.baseURL.count))
        let whole = try await client.get(path)
        let head = try await client.send("HEAD", path)
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("Content-Type") == "audio/mpeg")
        let part = try await client.send("GET", path, headers: ["Range": "bytes=0-99"])
        #expect(part.status == 206)
        #expect(part.header("Content-Range") == "bytes 0-99/\(whole.body.count)")
        #expect(part.body == whole.body.prefix(100))
    }
}
