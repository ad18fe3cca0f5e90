/// File format of a served audio result.
///
/// `aac` is not here on purpose: Debian main has no small AAC encoder (FFmpeg's sits in
/// libavcodec, ~220 MiB with its dependencies, over the container's 40 MB budget), so a request
/// for `aac` is answered with ``AudioFormat/aacFallback`` — documented in docs/models.md (choice).
public enum AudioFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// MPEG-1 Layer III, constant bit rate (LAME).
    case mp3
    /// RIFF WAVE, 16-bit PCM.
    case wav
    /// FLAC, 16 bits (libFLAC).
    case flac
    /// Ogg Vorbis (libvorbis).
    case ogg
    /// Ogg Opus (libopus).
    case opus

    /// What a request for `aac` is served as (choice, see the type's note).
    public static let aacFallback: AudioFormat = .mp3

    /// The `Content-Type` of the served bytes.
    public var mimeType: String {
        switch self {
        case .mp3: "audio/mpeg"
        case .wav: "audio/wav"
        case .flac: "audio/flac"
        case .ogg: "audio/ogg"
        case .opus: "audio/ogg; codecs=opus"
        }
    }

    /// File-name extension without the dot.
    public var fileExtension: String { rawValue }
}

/// What one audio track sounds like; equal specs give byte-identical files. The core asks for
/// one per result URL; the media module synthesises and encodes it.
public struct AudioSpec: Hashable, Sendable {
    /// Encoding of the served bytes.
    public var format: AudioFormat
    /// Length of the track in milliseconds, 1...``AudioSpec/maxMilliseconds``.
    public var milliseconds: Int
    /// Identifies the task (e.g. a hash of its id): picks the base pitch.
    public var seed: UInt64
    /// The track's index within its task: shifts the pitch, so tracks of one task differ.
    public var track: Int

    /// Longest track rendered: 10 minutes (a 48 kHz mono PCM buffer of 58 MB at most while encoding).
    public static let maxMilliseconds = 10 * 60 * 1000

    /// Creates a spec; the length is validated when rendering, not here.
    public init(format: AudioFormat, milliseconds: Int, seed: UInt64, track: Int) {
        self.format = format
        self.milliseconds = milliseconds
        self.seed = seed
        self.track = track
    }
}
