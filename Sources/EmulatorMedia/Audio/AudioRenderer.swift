/// Synthesises and encodes one audio track (the tone of ``ToneSynthesizer``). Caching and the
/// render pool are ``ImageRenderer``'s, which calls ``file(for:)-(ImageSpec)`` for audio formats.
public enum AudioRenderer {
    /// The encoded file for `spec`; equal specs give byte-identical files.
    ///
    /// - Throws: ``ImageRenderError/encodingFailed(_:)`` when the length is outside
    ///   1...``AudioSpec/maxMilliseconds`` or the codec fails.
    public static func file(for spec: AudioSpec) throws(ImageRenderError) -> [UInt8] {
        guard (1...AudioSpec.maxMilliseconds).contains(spec.milliseconds) else {
            throw .encodingFailed("audio length \(spec.milliseconds) ms out of range")
        }
        let pcm = ToneSynthesizer.samples(seed: spec.seed, track: spec.track, milliseconds: spec.milliseconds)
        return try AudioEncoders.encode(pcm, channels: ToneSynthesizer.channels, sampleRate: ToneSynthesizer.sampleRate, as: spec.format)
    }

    /// The file of a result URL whose format is an audio format: its length is the spec's
    /// `durationMilliseconds`, its tone the spec's `seed` and `track`.
    static func file(for spec: ImageSpec) throws(ImageRenderError) -> [UInt8] {
        guard let format = spec.format.audio else { throw .encodingFailed("\(spec.format.rawValue) is not an audio format") }
        return try file(for: AudioSpec(format: format, milliseconds: spec.durationMilliseconds, seed: spec.seed, track: spec.track))
    }
}
