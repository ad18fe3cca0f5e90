/// The medium a model produces. It decides the endpoint a model answers on and the `output`
/// field its completed task lists its URLs in (reAPI: "only the contents of output differ by
/// media kind").
public enum MediaKind: String, Sendable, Hashable, Codable, CaseIterable {
    case image
    case video
    case audio

    /// The submit path of the models of this kind.
    public var submitPath: String {
        switch self {
        case .image: "/api/v1/images/generations"
        case .video: "/api/v1/videos/generations"
        case .audio: "/api/v1/audio/generations"
        }
    }

    /// The `output` key a completed task lists its result URLs under.
    public var outputField: String {
        switch self {
        case .image: "image_urls"
        case .video: "video_urls"
        case .audio: "audio_urls"
        }
    }
}
