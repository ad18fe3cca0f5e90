/// What the report keeps of requests refused before any task existed: refused submits per
/// model and code (with the offending field and the message, which carries the "did you mean"
/// hint), and requests to routes that do not exist, named by method and path. Bounded: at most
/// `maxBuckets` buckets each, the first `maxEvidence` requests of a bucket kept.
struct ReportRefusals: Sendable {
    static let maxBuckets = 64
    static let maxEvidence = 5

    struct Evidence: Sendable {
        var requestID: String
        var at: Timestamp
        var field: String?
        var message: String
    }

    struct Bucket: Sendable {
        var count = 0
        var evidence: [Evidence] = []
    }

    struct SubmitKey: Hashable, Sendable, Comparable {
        var model: String
        var code: Int
        static func < (a: SubmitKey, b: SubmitKey) -> Bool { (a.model, a.code) < (b.model, b.code) }
    }

    struct RouteKey: Hashable, Sendable, Comparable {
        var method: String
        var path: String
        var status: Int
        static func < (a: RouteKey, b: RouteKey) -> Bool { (a.path, a.method, a.status) < (b.path, b.method, b.status) }
    }

    private(set) var submits: [SubmitKey: Bucket] = [:]
    private(set) var routes: [RouteKey: Bucket] = [:]
    /// Refusals past the bucket bounds: counted, not itemised.
    private(set) var overflow = 0

    mutating func refusedSubmit(model: String?, code: Int, _ evidence: Evidence) {
        Self.add(&submits, SubmitKey(model: model ?? "", code: code), evidence, overflow: &overflow)
    }

    mutating func unrouted(method: String, path: String, status: Int, _ evidence: Evidence) {
        Self.add(&routes, RouteKey(method: String(method.prefix(32)), path: path, status: status), evidence, overflow: &overflow)
    }

    private static func add<K: Hashable>(_ buckets: inout [K: Bucket], _ key: K, _ evidence: Evidence, overflow: inout Int) {
        guard buckets[key] != nil || buckets.count < maxBuckets else {
            overflow += 1
            return
        }
        buckets[key, default: Bucket()].count += 1
        if buckets[key]?.evidence.count ?? 0 < maxEvidence { buckets[key]?.evidence.append(evidence) }
    }

    /// The JSON view: `refused_submits` (per model and code) and `unknown_routes`.
    var json: JSONValue {
        func items(_ bucket: Bucket) -> JSONValue {
            .array(bucket.evidence.map { e in
                ["request_id": .string(e.requestID), "at": .string(e.at.iso8601),
                 "field": e.field.map(JSONValue.string) ?? .null, "message": .string(e.message)]
            })
        }
        let refused: [JSONValue] = submits.keys.sorted().map { key in
            let bucket = submits[key] ?? Bucket()
            return ["model": key.model.isEmpty ? .null : .string(key.model), "code": .int(key.code), "count": .int(bucket.count),
                    "evidence": items(bucket), "evidence_omitted": .int(bucket.count - bucket.evidence.count)]
        }
        let unrouted: [JSONValue] = routes.keys.sorted().map { key in
            let bucket = routes[key] ?? Bucket()
            return ["method": .string(key.method), "path": .string(key.path), "status": .int(key.status), "count": .int(bucket.count),
                    "evidence": items(bucket), "evidence_omitted": .int(bucket.count - bucket.evidence.count)]
        }
        return ["refused_submits": .array(refused), "unknown_routes": .array(unrouted), "not_itemised": .int(overflow)]
    }
}
