/// How a model's task answers: which envelope family renders its submit and poll bodies.
public enum EnvelopeFamily: String, Sendable, Codable, CaseIterable {
    /// reAPI canonical: `{"id","model","status","created_at","output","error"}` (docs/contract.md §3).
    case canonical
    /// reAPI imagen-4-0: `{"code":200,"data":[{"status":"submitted","task_id"}]}` (§4).
    case imagen
    /// API in One: `{"code":200,"message":"success","data":{"task_id","status"}}` (§5).
    case apiinone
}

/// The shape of the task ids a model hands out.
public enum TaskIDStyle: String, Sendable, Codable, CaseIterable {
    /// `task_` + 32 lower-case hex characters.
    case hex32
    /// `task_` + a 26-character upper-case ULID.
    case ulid
    /// `n` + two digits + alphanumerics + `_` + the model id without dashes (API in One).
    case apiinone
}

/// A submit that passed its model's validation: everything the task engine needs,
/// already resolved (defaults applied, pixel size looked up, price computed).
public struct GenerationOrder: Sendable, Equatable {
    /// The model id as echoed in bodies (after alias resolution, e.g. `imagen-4` -> `imagen4`).
    public var model: String
    public var family: EnvelopeFamily
    public var idStyle: TaskIDStyle
    public var prompt: String
    /// Number of images the task produces (`n` / `num_images`).
    public var imageCount: Int
    public var width: Int
    public var height: Int
    public var format: ImageFormat
    /// Total credits to charge at accept (already multiplied by the image count).
    public var credits: Int
    /// Documented processing time range in milliseconds; the engine draws within it.
    public var durationMilliseconds: ClosedRange<Int64>
    /// How long result URLs stay valid after completion, in seconds.
    public var urlLifetimeSeconds: Int64
    /// The request's `seed`, when the model takes one (same seed -> same bytes).
    public var seed: Int?
    /// A clip's length in milliseconds (video and audio; 0 for images).
    public var clipMilliseconds: Int = 0
    /// The clip carries an audio track (`generate_audio`, `sound`, `audio`, `audio_setting`).
    public var audio: Bool = false
    /// The poll's `output` adds `last_frame_url` (a video request's `return_last_frame: true`).
    public var lastFrame: Bool = false
    /// An audio task's labelled tracks (`output.tracks[]`), one per result file; empty otherwise.
    public var tracks: [AudioTrack] = []
    /// The medium produced, which names the `output` field and the submit endpoint.
    public var media: MediaKind { format.kind }
    /// The request's parameters after defaults, for the journal and the task view. Kept as
    /// the object until the task is made, which stores them once as shared bytes.
    public var parameters: JSONObject
    /// How fast the model's tasks may be polled, for the report.
    public var pollCadence = PollCadence.platform

    public init(model: String, family: EnvelopeFamily, idStyle: TaskIDStyle, prompt: String, imageCount: Int,
                width: Int, height: Int, format: ImageFormat, credits: Int,
                durationMilliseconds: ClosedRange<Int64>, urlLifetimeSeconds: Int64, seed: Int? = nil,
                parameters: JSONObject = JSONObject()) {
        self.model = model
        self.family = family
        self.idStyle = idStyle
        self.prompt = prompt
        self.imageCount = imageCount
        self.width = width
        self.height = height
        self.format = format
        self.credits = credits
        self.durationMilliseconds = durationMilliseconds
        self.urlLifetimeSeconds = urlLifetimeSeconds
        self.seed = seed
        self.parameters = parameters
    }
}
