/// A documented outcome a client can meet: a task status its polls saw, a failure code in a
/// failed task, an HTTP error it was answered, a media URL served or expired.
public enum Outcome: Hashable, Sendable, Comparable {
    case status(TaskRecord.Status)
    case failure(Int)
    /// An HTTP error; `code` is the platform code for reAPI's 401s (10001–10004), else nil.
    case http(Int, code: Int?)
    /// Any 5xx answer.
    case serverError
    case mediaServed
    case mediaExpired

    /// The name the report prints: `status:failed`, `failure:80002`, `http:401:10003`,
    /// `http:429`, `http:5xx`, `media:served`, `media:expired`.
    public var name: String {
        switch self {
        case .status(let s): "status:\(s.rawValue)"
        case .failure(let code): "failure:\(code)"
        case .http(let status, let code?): "http:\(status):\(code)"
        case .http(let status, nil): "http:\(status)"
        case .serverError: "http:5xx"
        case .mediaServed: "media:served"
        case .mediaExpired: "media:expired"
        }
    }

    public static func < (a: Outcome, b: Outcome) -> Bool { a.name < b.name }

    /// Every outcome the documentation names for a model on `provider`, in the report's order.
    public static func documented(for provider: Provider) -> [Outcome] {
        let statuses: [Outcome] = [.status(.processing), .status(.completed), .status(.failed)]
        let failures = TaskFailureCode.allCases.map { Outcome.failure($0.rawValue) }
        let unauthorized: [Outcome] = provider == .reapi
            ? [10001, 10002, 10003, 10004].map { .http(401, code: $0) }
            : [.http(401, code: nil)]
        let errors: [Outcome] = unauthorized + [.http(402, code: nil), .http(404, code: nil), .http(429, code: nil), .serverError]
        return statuses + failures + errors + [.mediaServed, .mediaExpired]
    }

    /// The outcome an HTTP error answer counts as (nil for 2xx/3xx and undocumented 4xx such as 400).
    static func forError(status: Int, code: Int?, provider: Provider) -> Outcome? {
        switch status {
        case 500...599: return .serverError
        case 401: return .http(401, code: provider == .reapi ? code : nil)
        case 402, 404, 429: return .http(status, code: nil)
        default: return nil
        }
    }
}

/// How often each outcome was met, per model, plus the outcomes no model could be named for
/// (a poll of an unknown task id, a request without a body). Bounded: models come from the
/// catalogue, outcomes from the fixed list above (and the codes a scenario scripts).
struct CoverageTally: Sendable {
    /// Counts per model id; the empty id holds what no model could be named for.
    private(set) var models: [String: [Outcome: Int]] = [:]
    private(set) var requests: [String: Int] = [:]
    /// Distinct outcomes kept per model: scripted answers can carry any status or code.
    static let maxOutcomesPerModel = 64

    mutating func request(model: String?) {
        requests[model ?? "", default: 0] += 1
    }

    mutating func met(_ outcome: Outcome, model: String?) {
        let key = model ?? ""
        if models[key]?[outcome] == nil, (models[key]?.count ?? 0) >= Self.maxOutcomesPerModel { return }
        models[key, default: [:]][outcome, default: 0] += 1
    }

    /// The models used, sorted, without the unattributed bucket.
    var modelIDs: [String] { requests.keys.filter { !$0.isEmpty }.sorted() }

    func counts(_ model: String) -> [Outcome: Int] { models[model] ?? [:] }
}
