/// What the report learns from one provider-API or media request, gathered once the answer
/// is decided (`Session.observe`), so the report itself needs no lock but its own.
struct ReportObservation: Sendable {
    enum Route: Sendable, Equatable {
        case submit
        case poll(taskID: String)
        case media
        case balance
        /// A path no route serves (404), or served with another method (405).
        case unrouted(method: String, path: String)
        case other

        var isSubmitOrPoll: Bool {
            switch self {
            case .submit, .poll: true
            default: false
            }
        }
    }

    /// A task the request named or created, as it stood when the request was answered.
    struct TaskFacts: Sendable {
        var id: String
        var model: String
        var owner: String
        var settlesAt: Timestamp
        var failureCode: Int?
        /// The status the answer showed: set for a 200 poll of the caller's own task.
        var statusSeen: TaskRecord.Status?
        /// The model's poll cadence: set by the submit that made the task (from its order).
        var pollCadence = PollCadence.platform

        init(id: String, model: String, owner: String, settlesAt: Timestamp, failureCode: Int? = nil, statusSeen: TaskRecord.Status? = nil) {
            self.id = id
            self.model = model
            self.owner = owner
            self.settlesAt = settlesAt
            self.failureCode = failureCode
            self.statusSeen = statusSeen
        }

        init(_ task: TaskRecord, statusSeen: TaskRecord.Status?) {
            var code: Int?
            if case .fails(let c, _) = task.outcome { code = c }
            self.init(id: task.id, model: task.model, owner: task.owner, settlesAt: task.settlesAt, failureCode: code, statusSeen: statusSeen)
        }
    }

    var route: Route
    var requestID: String
    var key: String?
    /// The HTTP status (0 when no answer was sent).
    var status: Int
    /// The connection was closed without an answer (or after a 200 the client never read).
    var dropped: Bool
    /// When the request arrived, on the session's clock.
    var at: Timestamp
    /// When the client got the answer: later than `at` for held answers.
    var answeredAt: Timestamp
    /// The answer's Retry-After, turned into the session's milliseconds.
    var retryAfterMilliseconds: Int64?
    /// The error code of an error body (`error.code`), and its message for a refused submit.
    var errorCode: Int?
    var errorMessage: String?
    /// The field a refused submit was refused for.
    var refusedField: String?
    /// Wall time of arrival, and whether the session's clock is virtual (the poll cadence then
    /// needs both clocks to say "too soon").
    var wallMilliseconds: Int64 = 0
    var virtualClock = false
    /// The catalogue model the request was about, when one can be named.
    var model: String?
    /// Key + body of a submit, hashed: the same payload sent again hashes the same.
    var fingerprint: UInt64?
    var task: TaskFacts?
}

/// One piece of evidence for a finding: the request ids that show it and what happened.
public struct FindingEvidence: Sendable, Equatable {
    public var requestIDs: [String]
    public var taskID: String?
    public var at: Timestamp
    public var detail: String

    var json: JSONValue {
        ["request_ids": .array(requestIDs.map(JSONValue.string)), "task_id": taskID.map(JSONValue.string) ?? .null,
         "at": .string(at.iso8601), "detail": .string(detail)]
    }
}

/// How often one rule was broken, with the first few pieces of evidence (bounded).
struct FindingLog: Sendable {
    static let maxEvidence = 20
    var count = 0
    var evidence: [FindingEvidence] = []

    mutating func add(_ item: () -> FindingEvidence) {
        count += 1
        if evidence.count < Self.maxEvidence { evidence.append(item()) }
    }
}

/// FNV-1a over the key and the body: equal payloads from one key give equal fingerprints.
enum PayloadFingerprint {
    static func of(key: String?, body: [UInt8]) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in (key ?? "").utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        hash = (hash ^ 0xFF) &* 1_099_511_628_211
        for byte in body { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return hash
    }
}
