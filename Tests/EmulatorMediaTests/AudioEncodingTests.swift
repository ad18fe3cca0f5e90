import EmulatorMedia
import ReAPIEmulatorTesting
import Testing

/// Every audio format decodes with ffprobe/ffmpeg to the requested length and the tone of its
/// (task, track); equal specs give equal bytes.
@Suite struct AudioEncodingTests {
    func audio(_ spec: AudioSpec) throws -> [UInt8] { try AudioRenderer.file(for: spec) }

    @Test(arguments: [
        (AudioFormat.mp3, "mp3", "mp3"), (.wav, "wav", "pcm_s16le"), (.flac, "flac", "flac"),
        (.ogg, "ogg", "vorbis"), (.opus, "ogg", "opus"),
    ])
    func decodesToTheRequestedLength(format: AudioFormat, container: String, codec: String) throws {
        let bytes = try audio(AudioSpec(format: format, milliseconds: 3000, seed: 5, track: 0))
        let info = try #require(AudioProbe.info(bytes))
        #expect(info.container == container)
        #expect(info.codec == codec)
        #expect(info.channels == 1)
        // MP3 frames of 24 ms pad the end (and carry LAME's delay); ffprobe's Ogg duration counts
        // Opus's 6.5 ms pre-skip. Decoded, every format but MP3 gives exactly the samples asked for.
        #expect(abs(info.seconds - 3) < (format == .mp3 ? 0.08 : 0.01), "\(format): \(info.seconds) s")
        let samples = try #require(AudioProbe.samples(bytes))
        if format == .mp3 {
            #expect(abs(Double(samples.count) / 48_000 - 3) < 0.08)
        } else {
            #expect(samples.count == 144_000, "\(format): \(samples.count) samples")
        }
    }

    @Test(arguments: AudioFormat.allCases)
    func carriesTheToneOfItsTaskAndTrack(format: AudioFormat) throws {
        for track in 0..<3 {
            let spec = AudioSpec(format: format, milliseconds: 1000, seed: 11, track: track)
            let samples = try #require(AudioProbe.samples(try audio(spec)))
            let expected = ToneSynthesizer.frequency(seed: 11, track: track)
            let heard = AudioProbe.toneFrequency(samples)
            #expect(abs(heard - expected) < expected * 0.02, "\(format) track \(track): \(heard) Hz, expected \(expected)")
        }
    }

    @Test func tracksAndTasksSoundDifferent() {
        #expect(ToneSynthesizer.frequency(seed: 3, track: 0) != ToneSynthesizer.frequency(seed: 3, track: 1))
        #expect(ToneSynthesizer.frequency(seed: 3, track: 0) != ToneSynthesizer.frequency(seed: 4, track: 0))
    }

    @Test(arguments: AudioFormat.allCases)
    func equalSpecsGiveEqualBytes(format: AudioFormat) throws {
        let spec = AudioSpec(format: format, milliseconds: 700, seed: 9, track: 1)
        #expect(Digest(try audio(spec)) == Digest(try audio(spec)))
    }

    @Test func aacIsServedAsTheDocumentedFallback() {
        #expect(ImageFormat(requested: "aac")?.audio == AudioFormat.aacFallback)
        #expect(ImageFormat(requested: "flac") == .flac)
        #expect(ImageFormat(requested: "m4a") == nil)
    }

    @Test func theImageRendererServesAudioFormatsWithTheirLengthAndTrack() throws {
        var spec = ImageSpec(width: 1, height: 1, format: .flac, lines: [], seed: 4)
        spec.durationMilliseconds = 1500
        spec.track = 2
        let bytes = try ImageRenderer(cacheLimitBytes: 1 << 20).image(for: spec)
        #expect(Digest(bytes) == Digest(try audio(AudioSpec(format: .flac, milliseconds: 1500, seed: 4, track: 2))))
        #expect(ImageFormat.flac.mimeType == "audio/flac" && ImageFormat.flac.kind == .audio)
    }

    @Test func refusesLengthsOutOfRange() {
        #expect(throws: ImageRenderError.self) { try audio(AudioSpec(format: .wav, milliseconds: 0, seed: 1, track: 0)) }
        #expect(throws: ImageRenderError.self) {
            try audio(AudioSpec(format: .wav, milliseconds: AudioSpec.maxMilliseconds + 1, seed: 1, track: 0))
        }
    }
}

/// The frames the video muxer puts into MP4 decode, back to back, to the tone.
@Suite struct AudioFramesTests {
    @Test func mp3FramesAreWholeFramesOfTheStream() throws {
        let frames = try AudioFrames.encode(seed: 7, track: 0, milliseconds: 2000, codec: .mp3)
        #expect(frames.samplesPerFrame == 1152 && frames.sampleRate == 48_000 && frames.channels == 1)
        #expect(frames.frames.count * 1152 >= 96_000)
        #expect(frames.frames.allSatisfy { $0.count == 192 && $0[0] == 0xFF }) // 64 kb/s at 48 kHz
        let samples = try #require(AudioProbe.samples(frames.frames.flatMap { $0 }))
        let heard = AudioProbe.toneFrequency(samples, start: 0.2)
        let expected = ToneSynthesizer.frequency(seed: 7, track: 0)
        #expect(abs(heard - expected) < expected * 0.02)
    }

    @Test func opusPacketsCoverTheLengthAndTheDelay() throws {
        let frames = try AudioFrames.encode(seed: 7, track: 1, milliseconds: 2000, codec: .opus)
        #expect(frames.samplesPerFrame == 960 && frames.sampleRate == 48_000)
        #expect(frames.encoderDelay > 0)
        #expect(frames.frames.count * 960 >= 96_000 + frames.encoderDelay)
        #expect(frames.frames.count * 960 < 96_000 + frames.encoderDelay + 960)
        #expect(frames == (try AudioFrames.encode(seed: 7, track: 1, milliseconds: 2000, codec: .opus)))
    }
}
