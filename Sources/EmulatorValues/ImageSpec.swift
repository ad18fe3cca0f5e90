/// File format of a served result (an image, a video clip, or an audio track).
public enum ImageFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case png
    case jpeg
    /// H.264 video in an MP4 (ISO-BMFF) file, with an audio track when the request asks for sound.
    case mp4
    /// Audio tracks (docs/models.md, audio models): MP3 (LAME), WAV, FLAC and Ogg Vorbis; their
    /// MIME types and extensions are ``AudioFormat``'s.
    case mp3, wav, flac, ogg

    /// The format a request's `output_format` / `encoder_format` value names: the raw value,
    /// or for `aac` the documented fallback ``AudioFormat/aacFallback`` (choice).
    public init?(requested name: String) {
        if name == "aac" { self.init(rawValue: AudioFormat.aacFallback.rawValue) } else { self.init(rawValue: name) }
    }

    /// The audio encoding of an audio format; nil for images and video.
    public var audio: AudioFormat? { kind == .audio ? AudioFormat(rawValue: rawValue) : nil }

    /// The medium this format holds.
    public var kind: MediaKind {
        switch self {
        case .png, .jpeg: .image
        case .mp4: .video
        case .mp3, .wav, .flac, .ogg: .audio
        }
    }

    /// The `Content-Type` to serve the encoded bytes with: `image/png` or `image/jpeg`.
    public var mimeType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .mp4: "video/mp4"
        case .mp3, .wav, .flac, .ogg: audio?.mimeType ?? ""
        }
    }

    /// File-name extension without the dot: `png` or `jpg`.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .mp4: "mp4"
        case .mp3, .wav, .flac, .ogg: rawValue
        }
    }
}

/// What a picture shows; equal specs give byte-identical output. The core asks for one per
/// result URL; the media module draws it.
public struct ImageSpec: Hashable, Sendable {
    /// Width in pixels, 1...``ImageSpec/maxDimension``.
    public var width: Int
    /// Height in pixels, 1...``ImageSpec/maxDimension``.
    public var height: Int
    /// Encoding of the served bytes.
    public var format: ImageFormat
    /// Label text, one entry per line, e.g. `["gpt-image-2-official", "3840x2160", "seed 42"]`.
    /// The first line is drawn largest. May be empty (no label box).
    public var lines: [String]
    /// Drives the background colours and pattern deterministically.
    public var seed: UInt64
    /// A clip's length in milliseconds (0 for a still image).
    public var durationMilliseconds: Int = 0
    /// A clip carries an audio track.
    public var audio: Bool = false
    /// The result's index in its task: an audio track's tone steps up with it (ToneSynthesizer).
    public var track: Int = 0

    /// Largest accepted width or height (Gemini 3.1's 8:1 at 4K is 12288 wide).
    public static let maxDimension = 16_384
    /// Largest accepted pixel count: 8192 × 8192, which bounds a canvas at 192 MiB.
    public static let maxPixels = 8192 * 8192

    /// Creates a spec; sizes are validated when rendering, not here.
    public init(width: Int, height: Int, format: ImageFormat, lines: [String], seed: UInt64) {
        self.width = width
        self.height = height
        self.format = format
        self.lines = lines
        self.seed = seed
    }
}
