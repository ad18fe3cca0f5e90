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
    public var order: GenerationOrder {
        get { storage.order }
        set { update { $0.order = newValue } }
    }
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

    /// When result URLs stop working (completed tasks only): the lifetime counted from the
    /// whole second of completion, so a URL turns 403 exactly at the `expires_at` (and the
    /// `completed` + lifetime) that the bodies show in Unix seconds.
    public var expiresAt: Timestamp? {
        guard outcome == .completes else { return nil }
        return Timestamp(unixSeconds: settlesAt.unixSeconds).adding(seconds: order.urlLifetimeSeconds)
    }

    public var mediaKey: String { TaskIDGenerator.mediaKey(for: id) }

    /// Relative media paths, `/media/tasks/<id without task_>/<index>.<ext>`.
    public var mediaPaths: [String] {
        (0..<order.imageCount).map { "/media/tasks/\(mediaKey)/\($0).\(order.format.fileExtension)" }
    }

    /// The file name of a video's last frame, a PNG of the clip's size (docs/contract.md).
    public static let lastFrameFile = "last_frame.png"

    /// `/media/tasks/<id>/last_frame.png` when the request asked for `return_last_frame`.
    public var lastFramePath: String? {
        order.lastFrame ? "/media/tasks/\(mediaKey)/\(Self.lastFrameFile)" : nil
    }

    /// Events in the task's life up to `now`, for the control API.
    public func timeline(at now: Timestamp) -> [JSONValue] {
        var events: [JSONValue] = [event("accepted", createdAt)]
        events.append(event("due", settlesAt))
        if now >= settlesAt {
            switch outcome {
            case .completes:
                events.append(event("completed", settlesAt))
                if let expiresAt, now >= expiresAt { events.append(event("expired", expiresAt)) }
            case .fails(let code, _):
                var failed = event("failed", settlesAt)
                if case .object(var o) = failed { o["code"] = .int(code); failed = .object(o) }
                events.append(failed)
            }
        }
        if let refundedAt { events.append(event("refunded", refundedAt)) }
        return events
    }

    private func event(_ name: String, _ at: Timestamp) -> JSONValue {
        ["event": .string(name), "at": .string(at.iso8601), "at_unix": .int(Int(at.unixSeconds))]
    }
}
