/// One accepted task. Its status is never stored: it is derived from the clock on read
/// (`status(at:)`), so no thread, timer or loop runs per task.
public struct TaskRecord: Sendable, Equatable {
    public enum Status: String, Sendable { case processing, completed, failed }

    /// How the task ends, decided at accept (by the scenario's rules or the defaults).
    public enum Outcome: Sendable, Equatable {
        case completes
        case fails(code: Int, message: String)
    }

    public var id: String
    /// The API key that submitted it; another key polling it gets 404.
    public var owner: String
    public var order: GenerationOrder
    public var createdAt: Timestamp
    /// When it completes or fails.
    public var settlesAt: Timestamp
    public var outcome: Outcome
    /// The index of the scenario rule that decided its fate, if any.
    public var ruleIndex: Int?
    /// Set once, when the refund for a failure was booked.
    public var refundedAt: Timestamp?

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
