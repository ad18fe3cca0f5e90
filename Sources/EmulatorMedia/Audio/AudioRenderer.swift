/// Synthesises and encodes audio tracks; caches encoded files like ``ImageRenderer``.
///
/// Safe to share between threads. Concurrent first requests for one spec wait for a single
/// encode; only encoded bytes are kept (the PCM is freed once encoded).
public final class AudioRenderer: Sendable {
    private let cache: ImageCache<AudioSpec>

    /// - Parameter cacheLimitBytes: upper bound on the cached encoded files (least recently
    ///   used go first); 0 disables caching.
    public init(cacheLimitBytes: Int = 256 * 1024 * 1024) {
        cache = ImageCache(limitBytes: cacheLimitBytes)
    }

    /// The encoded file for `spec`, from the cache when possible.
    ///
    /// - Throws: ``ImageRenderError/encodingFailed(_:)`` when the length is outside
    ///   1...``AudioSpec/maxMilliseconds`` or the codec fails.
    public func audio(for spec: AudioSpec) throws(ImageRenderError) -> [UInt8] {
        guard (1...AudioSpec.maxMilliseconds).contains(spec.milliseconds) else {
            throw .encodingFailed("audio length \(spec.milliseconds) ms out of range")
        }
        return try cache.value(for: spec) { () throws(ImageRenderError) -> [UInt8] in
            let pcm = ToneSynthesizer.samples(seed: spec.seed, track: spec.track, milliseconds: spec.milliseconds)
            return try AudioEncoders.encode(pcm, channels: ToneSynthesizer.channels,
                                            sampleRate: ToneSynthesizer.sampleRate, as: spec.format)
        }
    }

    /// The encoded file for `spec` when cached already; nil otherwise (nothing is encoded).
    public func cachedAudio(for spec: AudioSpec) -> [UInt8]? { cache.cached(spec) }

    /// Total size of the encoded files currently cached.
    public var cachedBytes: Int { cache.totalBytes }

    /// How many files have been encoded (cache misses).
    var renderCount: Int { cache.productionCount }
}
