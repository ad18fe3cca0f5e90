import CAudioCodecs

/// Swift wrappers over the CAudioCodecs encoders (LAME, libFLAC, libvorbis, libopus) and the
/// WAV writer: 16-bit PCM in, a whole file out. A non-zero C status becomes
/// ``ImageRenderError/encodingFailed(_:)`` (the media module's one encoding error).
enum AudioEncoders {
    /// MP3 bit rate: 64 kb/s is plenty for one mono tone.
    static let mp3Kbps: Int32 = 64
    /// Vorbis VBR quality (-0.1…1.0): about 64 kb/s mono.
    static let vorbisQuality: Float = 0.2
    /// Opus bit rate in bits per second.
    static let opusBitrate: Int32 = 48_000

    /// Encodes mono/stereo interleaved `pcm` at `sampleRate` as a whole file in `format`.
    static func encode(_ pcm: [Int16], channels: Int, sampleRate: Int, as format: AudioFormat) throws(ImageRenderError) -> [UInt8] {
        let frames = pcm.count / max(1, channels)
        let rate = Int32(sampleRate)
        let count = Int32(channels)
        switch format {
        case .wav:
            return WAVWriter.file(pcm, channels: channels, sampleRate: sampleRate)
        case .mp3:
            return try run("MP3", pcm) { caud_mp3_encode($0, frames, count, rate, mp3Kbps, $1, $2) }
        case .flac:
            return try run("FLAC", pcm) { caud_flac_encode($0, frames, count, rate, $1, $2) }
        case .ogg:
            return try run("Vorbis", pcm) { caud_vorbis_encode($0, frames, count, rate, vorbisQuality, $1, $2) }
        case .opus:
            return try run("Opus", pcm) { caud_ogg_opus_encode($0, frames, count, rate, opusBitrate, $1, $2) }
        }
    }

    private typealias CEncoder = (
        UnsafePointer<Int16>, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>
    ) -> Int32

    private static func run(_ codec: String, _ pcm: [Int16], _ encoder: CEncoder) throws(ImageRenderError) -> [UInt8] {
        var output: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = pcm.withUnsafeBufferPointer { samples in
            guard let base = samples.baseAddress else { return Int32(CAUD_EINVAL) }
            return encoder(base, &output, &length)
        }
        defer { caud_free(output) }
        guard status == 0, let output else { throw .encodingFailed("\(codec): \(Encoders.describe(status))") }
        return Array(UnsafeBufferPointer(start: output, count: length))
    }
}
