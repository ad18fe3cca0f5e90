/// One event of a task's life, as `GET /_emulator/tasks/{id}` lists it under `timeline`: the
/// task's own (accepted, due, completed or failed, expired, refunded) and its webhook attempts.
/// A value; `json` is its view.
public struct TimelineEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case accepted, due, completed, expired, refunded
        case failed(code: Int)
        case callback(attempt: Int, url: String, status: Int?, error: String?, durationMilliseconds: Int64, requestID: String)
        case callbackDue(attempt: Int, url: String)
        case callbackGivenUp(attempts: Int)
    }

    public var kind: Kind
    public var at: Timestamp

    public init(_ kind: Kind, at: Timestamp) {
        self.kind = kind
        self.at = at
    }

    /// The `event` name.
    public var name: String {
        switch kind {
        case .accepted: "accepted"
        case .due: "due"
        case .completed: "completed"
        case .expired: "expired"
        case .refunded: "refunded"
        case .failed: "failed"
        case .callback: "callback"
        case .callbackDue: "callback_due"
        case .callbackGivenUp: "callback_given_up"
        }
    }

    public var json: JSONValue {
        var o: JSONObject = ["event": .string(name), "at": .string(at.iso8601), "at_unix": .int(Int(at.unixSeconds))]
        switch kind {
        case .accepted, .due, .completed, .expired, .refunded: break
        case .failed(let code): o["code"] = .int(code)
        case .callback(let attempt, let url, let status, let error, let duration, let requestID):
            o["attempt"] = .int(attempt)
            o["url"] = .string(url)
            o["status"] = status.map(JSONValue.int) ?? .null
            o["error"] = error.map(JSONValue.string) ?? .null
            o["duration_ms"] = .int(Int(duration))
            o["request_id"] = .string(requestID)
        case .callbackDue(let attempt, let url):
            o["attempt"] = .int(attempt)
            o["url"] = .string(url)
        case .callbackGivenUp(let attempts):
            o["attempts"] = .int(attempts)
        }
        return .object(o)
    }

    /// `a` and `b` (each in time order) merged in time order, `a` first on a tie.
    static func merged(_ a: [TimelineEvent], _ b: [TimelineEvent]) -> [TimelineEvent] {
        var out: [TimelineEvent] = []
        out.reserveCapacity(a.count + b.count)
        var x = a[...], y = b[...]
        while let first = x.first, let second = y.first {
            if first.at <= second.at { out.append(first); x.removeFirst() } else { out.append(second); y.removeFirst() }
        }
        return out + x + y
    }
}
