@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// The audio models' doc-table rules, prices and tracks (docs/models.md, audio models): each
/// rule refused with its code and message, each price from the reference.
@Suite("Audio models: rules, prices, tracks")
struct AudioContractTests {
    static let song = "https://cdn.example.com/song.wav"

    func body(_ model: String, _ fields: JSONObject) -> JSONObject { request(model, prompt: nil, fields) }

    // MARK: mureka-v9-song

    @Test("mureka: lyrics required, at most 3000; prompt at most 1024; 1-3 songs; mp3|wav|flac")
    func murekaRules() throws {
        expectRefusal(try refused(body("mureka-v9-song", [:])), code: 20002, "lyrics is required")
        _ = try accepted(body("mureka-v9-song", ["lyrics": text("a", count: 3000)]))
        expectRefusal(try refused(body("mureka-v9-song", ["lyrics": text("a", count: 3001)])), code: 20003,
                      "lyrics must be at most 3000 characters")
        _ = try accepted(body("mureka-v9-song", ["lyrics": "x", "prompt": text("p", count: 1024)]))
        expectRefusal(try refused(body("mureka-v9-song", ["lyrics": "x", "prompt": text("p", count: 1025)])), code: 20007,
                      "prompt must be at most 1024 characters")
        for count in [0, 4] {
            expectRefusal(try refused(body("mureka-v9-song", ["lyrics": "x", "number_of_songs": .int(count)])), code: 20003,
                          "number_of_songs must be between 1 and 3")
        }
        expectRefusal(try refused(body("mureka-v9-song", ["lyrics": "x", "output_format": "ogg"])), code: 20003,
                      "invalid output_format \"ogg\" (allowed: mp3, wav, flac)")
        for id in ["reference_id", "vocal_id", "melody_id"] {
            expectRefusal(try refused(body("mureka-v9-song", ["lyrics": "x", id: ""])), code: 20003, "\(id) must be at least 1 characters")
        }
    }

    @Test("mureka: $0.06 per song, times number_of_songs; one URL per song; 30 s songs (choice)")
    func murekaPrice() throws {
        let one = try accepted(body("mureka-v9-song", ["lyrics": "x"]))
        let two = try accepted(body("mureka-v9-song", ["lyrics": "x", "number_of_songs": 2, "output_format": "wav"]))
        #expect(one.credits == 60 && two.credits == 120)
        #expect(one.imageCount == 1 && two.imageCount == 2)
        #expect(one.format == .mp3 && two.format == .wav && one.media == .audio)
        #expect(one.clipMilliseconds == 30_000 && one.tracks.isEmpty)
    }

    // MARK: audio tools

    @Test("stem separator: the vendor's example; 200 credits per started source minute; vocals + instrumental")
    func stemSeparator() throws {
        let example: JSONObject = ["model": "audio-stem-separator", "audio_url": .string(Self.song), "stem": "vocals", "encoder_format": "mp3"]
        let order = try accepted(example)
        #expect(order.credits == 200 && order.clipMilliseconds == 60_000)
        #expect(order.tracks.map(\.label) == ["vocals", "instrumental"])
        var catalog = try builtInCatalog.get()
        catalog.sourceLengths = SourceLengths([Self.song: 61])
        let longer = try catalog.validate(example, provider: .reapi).get()
        #expect(longer.credits == 400 && longer.clipMilliseconds == 61_000)
    }

    @Test("stem separator: stem required; splitter, extraction_level, multivocal enums; multivocal only with stem vocals")
    func stemSeparatorRules() throws {
        let base: JSONObject = ["audio_url": .string(Self.song), "stem": "vocals"]
        func with(_ extra: JSONObject) -> JSONObject {
            var fields = base
            for (key, value) in extra.pairs { fields[key] = value }
            return body("audio-stem-separator", fields)
        }
        expectRefusal(try refused(body("audio-stem-separator", ["audio_url": .string(Self.song)])), code: 20002, "stem is required")
        expectRefusal(try refused(with(["splitter": "zeus"])), code: 20003,
                      "invalid splitter \"zeus\" (allowed: auto, andromeda, perseus, orion, phoenix, lyra, lynx)")
        expectRefusal(try refused(with(["extraction_level": "soft"])), code: 20003,
                      "invalid extraction_level \"soft\" (allowed: deep_extraction, clear_cut)")
        expectRefusal(try refused(with(["multivocal": "all"])), code: 20003, "invalid multivocal \"all\" (allowed: lead_back)")
        _ = try accepted(with(["multivocal": "lead_back", "dereverb_enabled": true, "splitter": "lynx", "extraction_level": "clear_cut"]))
        expectRefusal(try refused(with(["stem": "drums", "multivocal": "lead_back"])), code: 20003,
                      "multivocal is only valid with stem: \"vocals\"")
        expectRefusal(try refused(with(["dereverb_enabled": "yes"])), code: 20003, "dereverb_enabled must be a boolean (got string)")
    }

    @Test("audio tools: audio_url required, public http(s) only; encoder_format mp3|wav|flac|aac|ogg, aac served as MP3",
          arguments: ["audio-stem-separator", "audio-voice-change", "audio-multistem", "audio-music-extractor", "audio-voice-clean"])
    func toolURLsAndFormats(_ model: String) throws {
        var fields: JSONObject = ["audio_url": .string(Self.song)]
        if model == "audio-stem-separator" { fields["stem"] = "vocals" }
        if model == "audio-voice-change" { fields["voice_pack_id"] = "vp_1" }
        if model == "audio-multistem" { fields["stem_list"] = ["vocals"] }
        func with(_ key: String, _ value: JSONValue?) -> JSONObject {
            var copy = fields
            copy[key] = value
            return body(model, copy)
        }
        expectRefusal(try refused(with("audio_url", nil)), code: 20002, "audio_url is required")
        for bad in ["data:audio/wav;base64,AAAA", "ftp://cdn.example.com/a.wav"] {
            expectRefusal(try refused(with("audio_url", .string(bad))), code: 20003, "audio_url must be a public http(s) URL")
        }
        for (name, format) in [("mp3", ImageFormat.mp3), ("wav", .wav), ("flac", .flac), ("ogg", .ogg), ("aac", .mp3)] {
            #expect(try accepted(with("encoder_format", .string(name))).format == format)
        }
        expectRefusal(try refused(with("encoder_format", "m4a")), code: 20003,
                      "invalid encoder_format \"m4a\" (allowed: mp3, wav, flac, aac, ogg)")
        expectRefusal(try refused(with("stray", "x")), code: 20003, "unknown field \"stray\" for model \"\(model)\"")
    }

    @Test("voice changer: voice_pack_id required; accent 0-1; tonality_reference enum; one converted_mix track")
    func voiceChanger() throws {
        func with(_ extra: JSONObject) -> JSONObject {
            var fields: JSONObject = ["audio_url": .string(Self.song), "voice_pack_id": "vp_1"]
            for (key, value) in extra.pairs { fields[key] = value }
            return body("audio-voice-change", fields)
        }
        expectRefusal(try refused(body("audio-voice-change", ["audio_url": .string(Self.song)])), code: 20002, "voice_pack_id is required")
        expectRefusal(try refused(with(["accent": 1.5])), code: 20003, "accent must be between 0 and 1")
        expectRefusal(try refused(with(["accent": -0.1])), code: 20003, "accent must be between 0 and 1")
        expectRefusal(try refused(with(["tonality_reference": "other"])), code: 20003,
                      "invalid tonality_reference \"other\" (allowed: source_file, voice_pack)")
        let order = try accepted(with(["accent": 0.5, "tonality_reference": "voice_pack"]))
        #expect(order.tracks == [AudioTrack(type: "mix", label: "converted_mix")] && order.credits == 200)
    }

    @Test("multistem: selected stems plus no_multistem; billed stems × started minutes")
    func multistem() throws {
        let order = try accepted(body("audio-multistem", ["audio_url": .string(Self.song), "stem_list": ["vocals", "drum"]]))
        #expect(order.tracks.map(\.label) == ["vocals", "drum", "no_multistem"] && order.imageCount == 3)
        #expect(order.credits == 400) // "A one-minute song with vocals and drums selected counts as two stem minutes"
        var catalog = try builtInCatalog.get()
        catalog.sourceLengths = SourceLengths(["https://cdn.example.com/*": 150])
        let three = try catalog.validate(body("audio-multistem", ["audio_url": .string(Self.song), "stem_list": ["vocals", "drum", "bass"]]),
                                         provider: .reapi).get()
        #expect(three.credits == 3 * 3 * 200)
        expectRefusal(try refused(body("audio-multistem", ["audio_url": .string(Self.song)])), code: 20002, "stem_list is required")
        expectRefusal(try refused(body("audio-multistem", ["audio_url": .string(Self.song), "stem_list": .array(Array(repeating: "vocals", count: 9))])),
                      code: 20003, "stem_list accepts at most 8 entries")
    }

    // MARK: suno

    @Test("suno: per-request prices from the snapshot")
    func sunoPrices() throws {
        #expect(try accepted(body("suno-music", ["customMode": false, "instrumental": false, "version": "V5"])).credits == 60)
        #expect(try accepted(body("suno-lyrics", ["prompt": "rain"])).credits == 2)
        #expect(try accepted(body("suno-sounds", ["prompt": "rain", "version": "V5"])).credits == 13)
    }

    @Test("suno: the extracted rule messages")
    func sunoRules() throws {
        let replace: JSONObject = ["prompt": "p", "tags": "t", "title": "x", "fullLyrics": "l"]
        func section(_ start: Int, _ end: Int) -> JSONObject {
            var fields = replace
            fields["infillStartS"] = .int(start)
            fields["infillEndS"] = .int(end)
            return body("suno-replace-section", fields)
        }
        expectRefusal(try refused(section(20, 10)), code: 20003, "infillEndS must be greater than infillStartS")
        expectRefusal(try refused(section(10, 15)), code: 20003, "infillEndS - infillStartS must be between 6 and 60 seconds")
        expectRefusal(try refused(section(10, 71)), code: 20003, "infillEndS - infillStartS must be between 6 and 60 seconds")
        _ = try accepted(section(10, 16))
        let voice: JSONObject = ["voiceUrl": .string(Self.song), "vocalStartS": 5, "vocalEndS": 5]
        expectRefusal(try refused(body("suno-voice-validate", voice)), code: 20003, "vocalEndS must be greater than vocalStartS")
        expectRefusal(try refused(body("suno-voice-validate", ["voiceUrl": "data:audio/wav;base64,AA", "vocalStartS": 1, "vocalEndS": 5])),
                      code: 20003, "must be a public http(s) URL")
        expectRefusal(try refused(body("suno-add-instrumental", ["title": "t", "negativeTags": "n", "tags": "g", "uploadUrl": "ftp://x/y"])),
                      code: 20003, "must be a public http(s) URL")
        expectRefusal(try refused(body("suno-mashup", ["customMode": false, "version": "V5", "uploadUrlList": [.string(Self.song)]])),
                      code: 20003, "uploadUrlList needs at least 2 entries")
        expectRefusal(try refused(body("suno-music", ["customMode": false, "instrumental": false, "version": "V3"])), code: 20003,
                      "invalid version \"V3\" (allowed: V4, V4_5, V4_5PLUS, V4_5ALL, V5, V5_5)")
    }

    @Test("suno: a follow-up without a completed suno parent of the same key is refused")
    func sunoFollowUps() throws {
        expectRefusal(try refused(body("suno-wav", ["taskId": "task_0000", "audioId": "a"])), code: 20003,
                      "taskId \"task_0000\" does not exist")
        expectRefusal(try refused(body("suno-extend", ["audioId": "task_0000", "defaultParamFlag": false, "version": "V5"])),
                      code: 20003, "audioId \"task_0000\" does not exist")
        let harness = try EmulatorHarness(scenario: "clock: virtual")
        func post(_ json: String, key: String = "rk_test_1") -> HTTPResponse {
            harness.respond(.make("POST", MediaKind.audio.submitPath, key: key, json: json))
        }
        let parent = try #require(post(#"{"model":"suno-music","customMode":false,"instrumental":false,"version":"V5"}"#).taskID)
        let early = post(#"{"model":"suno-wav","taskId":"\#(parent)","audioId":"a"}"#)
        #expect(early.errorMessage == "taskId \"\(parent)\" is processing; only a completed task can be followed up")
        try harness.advance(to: harness.settlesAt(parent))
        #expect(post(#"{"model":"suno-wav","taskId":"\#(parent)","audioId":"a"}"#, key: "rk_test_2").errorMessage
                == "taskId \"\(parent)\" belongs to another API key")
        #expect(post(#"{"model":"suno-wav","taskId":"\#(parent)","audioId":"a"}"#).status == 200)
    }

    @Test("audio models answer only on the audio endpoint (20004), and image models not there")
    func endpoints() throws {
        let harness = try EmulatorHarness(scenario: "clock: virtual")
        let onImages = harness.submit(#"{"model":"mureka-v9-song","lyrics":"x"}"#)
        #expect(onImages.status == 400 && onImages.errorCode == 20004 && onImages.errorMessage == "model not supported on this endpoint")
        let onAudio = harness.respond(.make("POST", MediaKind.audio.submitPath, json: #"{"model":"z-image","prompt":"p"}"#))
        #expect(onAudio.status == 400 && onAudio.errorCode == 20004)
        let onVideo = harness.respond(.make("POST", MediaKind.video.submitPath, json: #"{"model":"suno-lyrics","prompt":"p"}"#))
        #expect(onVideo.errorCode == 20004)
    }
}
