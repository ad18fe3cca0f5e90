/// One accepted task. Its status is never stored: it is derived from the clock on read
/// (`status(at:)`), so no thread, timer or loop runs per task.
public struct TaskRecord: Sendable, Equatable {
    public enum Status: String, Sendable { case processing, completed, failed }

    /// How the task ends, decided at accept (by the scenario's rules or the defaults).
    public enum Outcome: Sendable, Equatable {
        case completes
        case fails(code: Int, message: String)
    }

    public var id: String {
        get { storage.id }
        set { update { $0.id = newValue } }
    }
    /// The API key that submitted it; another key polling it gets 404.
    public var owner: String {
        get { storage.owner }
        set { update { $0.owner = newValue } }
    }
    /// The order rebuilt from the stored fields, its parameters parsed back: for views and
    /// tests. The request path reads the stored facts below instead.
    public var order: GenerationOrder {
        get { storage.order }
        set { update { $0.order = newValue } }
    }
    /// The order's facts as stored: reading one copies a field, nothing is rebuilt.
    public var model: String { storage.fields.model }
    public var prompt: String { storage.fields.prompt }
    public var family: EnvelopeFamily { storage.fields.family }
    public var format: ImageFormat { storage.fields.format }
    public var imageCount: Int { Int(storage.fields.imageCount) }
    public var width: Int { Int(storage.fields.width) }
    public var height: Int { Int(storage.fields.height) }
    public var seed: Int? { storage.fields.hasSeed ? Int(storage.fields.seed) : nil }
    /// Total credits charged at accept.
    public var credits: Int { storage.fields.credits }
    public var urlLifetimeSeconds: Int64 { storage.fields.urlLifetimeSeconds }
    /// The medium produced, which names the `output` field.
    public var media: MediaKind { format.kind }
    /// A clip's length in milliseconds (video and audio; 0 for images).
    public var clipMilliseconds: Int { Int(storage.fields.clipMilliseconds) }
    /// The clip carries an audio track.
    public var audio: Bool { storage.fields.audio }
    /// The poll's `output` adds `last_frame_url`.
    public var lastFrame: Bool { storage.fields.lastFrame }
    /// The request's parameters after defaults, parsed from the task's shared bytes.
    public func parameters() -> JSONObject { storage.fields.parameters.object }
    public var createdAt: Timestamp {
        get { Timestamp(milliseconds: storage.createdAt) }
        set { update { $0.createdAt = newValue.milliseconds } }
    }
    /// When it completes or fails.
    public var settlesAt: Timestamp {
        get { Timestamp(milliseconds: storage.settlesAt) }
        set { update { $0.settlesAt = newValue.milliseconds } }
    }
    public var outcome: Outcome {
        get { storage.failureMessage.map { .fails(code: Int(storage.failureCode), message: $0) } ?? .completes }
        set { update { $0.outcome = newValue } }
    }
    /// The index of the scenario rule that decided its fate, if any.
    public var ruleIndex: Int? {
        get { storage.ruleIndex < 0 ? nil : Int(storage.ruleIndex) }
        set { update { $0.ruleIndex = Int32(clamping: newValue ?? -1) } }
    }
    /// Set once, when the refund for a failure was booked.
    public var refundedAt: Timestamp? {
        get { storage.refundedAt == Int64.min ? nil : Timestamp(milliseconds: storage.refundedAt) }
        set { update { $0.refundedAt = newValue?.milliseconds ?? Int64.min } }
    }

    /// Everything in one heap object with narrow fields: the task table then holds 8 bytes
    /// per task beside its key, not a 240-byte struct in every (mostly empty) bucket.
    private var storage: TaskStorage

    public init(id: String, owner: String, order: GenerationOrder, createdAt: Timestamp, settlesAt: Timestamp,
                outcome: Outcome, ruleIndex: Int? = nil, refundedAt: Timestamp? = nil) {
        var fields = TaskStorage.Fields(id: id, owner: owner, order: order, createdAt: createdAt.milliseconds,
                                        settlesAt: settlesAt.milliseconds)
        fields.outcome = outcome
        fields.ruleIndex = Int32(clamping: ruleIndex ?? -1)
        fields.refundedAt = refundedAt?.milliseconds ?? Int64.min
        storage = TaskStorage(fields)
    }

    /// At accept: the owner's key string and an equal parameter set already stored are
    /// shared (both repeat from task to task), in one rebuild of the storage.
    mutating func share(owner: String?, parameters intern: (SharedParameters) -> SharedParameters) {
        update { fields in
            if let owner { fields.owner = owner }
            fields.parameters = intern(fields.parameters)
        }
    }

    private mutating func update(_ change: (inout TaskStorage.Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = TaskStorage(fields)
    }

    public static func == (a: TaskRecord, b: TaskRecord) -> Bool {
        a.id == b.id && a.owner == b.owner && a.order == b.order && a.createdAt == b.createdAt && a.settlesAt == b.settlesAt
            && a.outcome == b.outcome && a.ruleIndex == b.ruleIndex && a.refundedAt == b.refundedAt
    }

    public func status(at now: Timestamp) -> Status {
        guard now >= settlesAt else { return .processing }
        if case .fails = outcome { return .failed }
        return .completed
    }

    /// When result URLs stop working (completed tasks only): the whole lifetime counted from the
    /// instant of completion, to the millisecond (never early). Bodies in Unix seconds show
    /// `expiresAtUnixSeconds`, the first whole second at which a URL answers 403.
    public var expiresAt: Timestamp? {
        guard outcome == .completes else { return nil }
        return settlesAt.adding(seconds: urlLifetimeSeconds)
    }

    /// `expiresAt` rounded up to a whole Unix second (imagen-4-0's `expires_at`).
    var expiresAtUnixSeconds: Int64? {
        expiresAt.map { ($0.milliseconds + 999).quotientAndRemainder(dividingBy: 1000).quotient }
    }

    public var mediaKey: String { TaskIDGenerator.mediaKey(for: id) }

    /// Relative media paths, `/media/tasks/<id without task_>/<index>.<ext>`.
    public var mediaPaths: [String] {
        let fileExtension = format.fileExtension
        return (0..<imageCount).map { "/media/tasks/\(mediaKey)/\($0).\(fileExtension)" }
    }

    /// The file name of a video's last frame, a PNG of the clip's size (docs/contract.md).
    public static let lastFrameFile = "last_frame.png"

    /// `/media/tasks/<id>/last_frame.png` when the request asked for `return_last_frame`.
    public var lastFramePath: String? {
        lastFrame ? "/media/tasks/\(mediaKey)/\(Self.lastFrameFile)" : nil
    }

    /// Events in the task's life up to `now`, for the control API.
    public func timeline(at now: Timestamp) -> [TimelineEvent] {
        var events = [TimelineEvent(.accepted, at: createdAt), TimelineEvent(.due, at: settlesAt)]
        if now >= settlesAt {
            switch outcome {
            case .completes:
                events.append(TimelineEvent(.completed, at: settlesAt))
                if let expiresAt, now >= expiresAt { events.append(TimelineEvent(.expired, at: expiresAt)) }
            case .fails(let code, _):
                events.append(TimelineEvent(.failed(code: code), at: settlesAt))
            }
        }
        if let refundedAt { events.append(TimelineEvent(.refunded, at: refundedAt)) }
        return events
    }
}
