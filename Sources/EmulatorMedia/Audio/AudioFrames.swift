import CAudioCodecs

/// Compressed audio cut into the codec's own frames, for muxing into a container such as MP4
/// (one MP4 sample per frame).
///
/// Use: `let frames = try AudioFrames.encode(seed: s, track: 0, milliseconds: 5000, codec: .opus)`,
/// then write `frames.frames[i]` as sample i, each lasting `samplesPerFrame` at `sampleRate`
/// (the MP4 track's timescale can be `sampleRate`).
/// - `.opus`: 20 ms packets (960 samples at 48 kHz), the last padded with silence;
///   `encoderDelay` is the look-ahead to drop at the start — the `PreSkip` of an MP4 `dOps`
///   box (Opus in ISO-BMFF) or an edit list. `frames.count × samplesPerFrame` ≥ delay + length.
/// - `.mp3`: MPEG-1 Layer III frames of 1152 samples at 48 kHz, 64 kb/s CBR, each starting with
///   its 4-byte header (MP4 object type 0x6B); `encoderDelay` is LAME's usual 576 + 529 samples.
/// Both are mono (`channels` = 1) and byte-identical for equal arguments.
public struct AudioFrames: Sendable, Equatable {
    /// A codec that can be cut into frames.
    public enum Codec: String, Sendable { case mp3, opus }

    public let codec: Codec
    /// Samples per second (48 000).
    public let sampleRate: Int
    /// Channels (1).
    public let channels: Int
    /// Samples each frame decodes to.
    public let samplesPerFrame: Int
    /// Samples of encoder delay at the start of the decoded stream.
    public let encoderDelay: Int
    /// Samples of real signal (the requested length), before padding.
    public let signalSamples: Int
    /// The frames, in order.
    public let frames: [[UInt8]]

    /// Synthesises the tone of ``ToneSynthesizer`` for (`seed`, `track`) over `milliseconds` and
    /// encodes it as `codec` frames.
    public static func encode(seed: UInt64, track: Int, milliseconds: Int, codec: Codec) throws(ImageRenderError) -> AudioFrames {
        guard (1...AudioSpec.maxMilliseconds).contains(milliseconds) else {
            throw .encodingFailed("audio length \(milliseconds) ms out of range")
        }
        let pcm = ToneSynthesizer.samples(seed: seed, track: track, milliseconds: milliseconds)
        let rate = ToneSynthesizer.sampleRate
        switch codec {
        case .mp3:
            let stream = try AudioEncoders.encode(pcm, channels: 1, sampleRate: rate, as: .mp3)
            return AudioFrames(codec: .mp3, sampleRate: rate, channels: 1, samplesPerFrame: 1152,
                               encoderDelay: 576 + 529, signalSamples: pcm.count, frames: MP3FrameSplitter.frames(stream))
        case .opus:
            return try opus(pcm, rate: rate)
        }
    }

    private static func opus(_ pcm: [Int16], rate: Int) throws(ImageRenderError) -> AudioFrames {
        var packets: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        var sizes: UnsafeMutablePointer<UInt32>? = nil
        var count = 0
        var preSkip: Int32 = 0
        let status = pcm.withUnsafeBufferPointer { samples in
            caud_opus_packets(samples.baseAddress, samples.count, 1, Int32(rate), AudioEncoders.opusBitrate,
                              &packets, &length, &sizes, &count, &preSkip)
        }
        defer { caud_free(packets); caud_free(sizes) }
        guard status == 0, let packets, let sizes else {
            throw .encodingFailed("Opus: \(Encoders.describe(status))")
        }
        var frames: [[UInt8]] = []
        frames.reserveCapacity(count)
        var offset = 0
        for index in 0..<count {
            let size = Int(sizes[index])
            frames.append(Array(UnsafeBufferPointer(start: packets + offset, count: size)))
            offset += size
        }
        return AudioFrames(codec: .opus, sampleRate: rate, channels: 1, samplesPerFrame: 960,
                           encoderDelay: Int(preSkip), signalSamples: pcm.count, frames: frames)
    }
}

/// Cuts a CBR MPEG-1 Layer III stream into its frames by reading each frame header
/// (a container-level parse: bit rate, sample rate and padding give the frame's length).
enum MP3FrameSplitter {
    private static let kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    private static let rates = [44_100, 48_000, 32_000]

    static func frames(_ stream: [UInt8]) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        var offset = 0
        while offset + 4 <= stream.count {
            guard let length = frameLength(stream, at: offset), offset + length <= stream.count else { break }
            frames.append(Array(stream[offset..<offset + length]))
            offset += length
        }
        return frames
    }

    /// Length of the MPEG-1 Layer III frame whose header starts at `offset`, or nil.
    static func frameLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        let b1 = bytes[offset + 1], b2 = bytes[offset + 2]
        guard bytes[offset] == 0xFF, b1 & 0xFE == 0xFA else { return nil } // sync, MPEG-1, Layer III
        let bitrateIndex = Int(b2 >> 4), rateIndex = Int((b2 >> 2) & 3)
        guard bitrateIndex > 0, bitrateIndex < kbps.count, rateIndex < rates.count else { return nil }
        let padding = Int((b2 >> 1) & 1)
        return 144 * kbps[bitrateIndex] * 1000 / rates[rateIndex] + padding
    }
}
