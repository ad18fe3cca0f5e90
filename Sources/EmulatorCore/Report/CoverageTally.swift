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
///
/// Runs on every request: one hash of the model id, and the documented outcomes are counted
/// in a fixed array rather than hashed.
struct CoverageTally: Sendable {
    struct ModelTally: Sendable {
        var requests = 0
        var fixed = [Int](repeating: 0, count: Outcome.fixedSlots)
        var other: [Outcome: Int] = [:]

        mutating func add(_ outcome: Outcome?) {
            guard let outcome else { return }
            if let slot = outcome.slot {
                fixed[slot] += 1
            } else if other[outcome] != nil || other.count < CoverageTally.maxOtherOutcomes {
                other[outcome, default: 0] += 1
            }
        }

        var counts: [Outcome: Int] {
            var all = other
            for outcome in Outcome.slotted where fixed[outcome.slot ?? 0] > 0 { all[outcome] = fixed[outcome.slot ?? 0] }
            return all
        }
    }

    /// Per model id; the empty id holds what no model could be named for.
    private(set) var models: [String: ModelTally] = [:]
    /// Distinct undocumented outcomes kept per model: scripted answers can carry any status or code.
    static let maxOtherOutcomes = 48

    /// Counts one request about `model` and the outcomes it met.
    mutating func add(model: String?, _ a: Outcome?, _ b: Outcome?, _ c: Outcome?) {
        Self.count(&models[model ?? "", default: ModelTally()], a, b, c)  // one lookup, changed in place
    }

    private static func count(_ tally: inout ModelTally, _ a: Outcome?, _ b: Outcome?, _ c: Outcome?) {
        tally.requests += 1
        tally.add(a)
        tally.add(b)
        tally.add(c)
    }

    /// The models used, sorted, without the unattributed bucket.
    var modelIDs: [String] { models.keys.filter { !$0.isEmpty }.sorted() }

    func requests(_ model: String) -> Int { models[model]?.requests ?? 0 }

    func counts(_ model: String) -> [Outcome: Int] { models[model]?.counts ?? [:] }
}

extension Outcome {
    /// Every outcome either provider documents, each with a fixed slot.
    static let slotted: [Outcome] = {
        var all = Outcome.documented(for: .reapi)
        for outcome in Outcome.documented(for: .apiinone) where !all.contains(outcome) { all.append(outcome) }
        return all
    }()
    static var fixedSlots: Int { slotted.count }

    /// The outcome's place in `slotted`, without hashing; nil for undocumented ones.
    var slot: Int? {
        switch self {
        case .status(.processing): 0
        case .status(.completed): 1
        case .status(.failed): 2
        case .failure(80001): 3
        case .failure(80002): 4
        case .failure(80003): 5
        case .failure(80006): 6
        case .http(401, code: 10001?): 7
        case .http(401, code: 10002?): 8
        case .http(401, code: 10003?): 9
        case .http(401, code: 10004?): 10
        case .http(402, nil): 11
        case .http(404, nil): 12
        case .http(429, nil): 13
        case .serverError: 14
        case .mediaServed: 15
        case .mediaExpired: 16
        case .http(401, nil): 17
        default: nil
        }
    }
}
