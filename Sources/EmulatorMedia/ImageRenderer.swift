/// Renders and encodes images; caches encoded bytes so a 3840x2160 image is encoded once.
///
/// Safe to share between threads: any number may call ``image(for:)`` at once.
/// Concurrent first requests for the same spec wait for a single render; different
/// specs render in parallel. Only encoded bytes are kept; the raw RGB canvas
/// (up to 8192*8192*3 bytes) is freed as soon as it has been encoded.
public final class ImageRenderer: Sendable {
    private let cache: ImageCache<ImageSpec>

    /// - Parameter cacheLimitBytes: upper bound on the total size of cached encoded
    ///   images; least recently used images are evicted beyond it. An image larger
    ///   than the limit is still returned, just not cached. 0 disables caching.
    public init(cacheLimitBytes: Int = 256 * 1024 * 1024) {
        cache = ImageCache(limitBytes: cacheLimitBytes)
    }

    /// The encoded file for `spec` (PNG or JPEG bytes), from the cache when possible.
    /// Equal specs always give byte-identical output.
    ///
    /// - Throws: ``ImageRenderError/invalidSize(_:_:)`` if a side is outside
    ///   1...``ImageSpec/maxDimension``; ``ImageRenderError/encodingFailed(_:)``
    ///   if the codec fails (e.g. out of memory).
    public func image(for spec: ImageSpec) throws -> [UInt8] {
        try spec.validate()
        return try cache.value(for: spec) { () throws(ImageRenderError) -> [UInt8] in
            switch spec.format.kind {
            case .video: try VideoEncoder.mp4(spec)
            case .audio: try AudioRenderer.file(for: spec)
            case .image: try Encoders.encode(PlaceholderPainter.paint(spec), as: spec.format)
            }
        }
    }

    /// The encoded file for `spec` when it is cached already; nil otherwise (nothing is drawn).
    public func cachedImage(for spec: ImageSpec) -> [UInt8]? { cache.cached(spec) }

    /// Total size of the encoded images currently cached.
    public var cachedBytes: Int { cache.totalBytes }

    /// Number of images currently cached.
    var cachedCount: Int { cache.count }

    /// How many images have been rendered and encoded (cache misses).
    var renderCount: Int { cache.productionCount }

    /// Whether `spec` is currently cached.
    func isCached(_ spec: ImageSpec) -> Bool { cache.contains(spec) }

    /// The unencoded picture for `spec`, for tests that inspect pixels directly.
    func renderCanvas(for spec: ImageSpec) throws(ImageRenderError) -> Canvas {
        try spec.validate()
        return PlaceholderPainter.paint(spec)
    }
}
