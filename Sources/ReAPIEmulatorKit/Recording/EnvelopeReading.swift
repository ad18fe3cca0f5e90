import EmulatorCore

/// What `record` and `diff` read out of the three envelope families' bodies (canonical
/// reAPI, reAPI imagen-4-0, API in One): task id, status, result URLs, error code, and the
/// shape (key paths with JSON types) that `diff` compares.
public enum EnvelopeReading {
    /// `id` (canonical), `data[0].task_id` (imagen submit), `data.task_id` / `data.id`.
    public static func taskID(_ body: JSONValue) -> String? {
        body["id"]?.stringValue ?? body["data"]?[0]?["task_id"]?.stringValue
            ?? body["data"]?["task_id"]?.stringValue ?? body["data"]?["id"]?.stringValue
    }

    /// `status` or `data.status` (`data[0].status` for imagen's submit).
    public static func status(_ body: JSONValue) -> String? {
        body["status"]?.stringValue ?? body["data"]?["status"]?.stringValue ?? body["data"]?[0]?["status"]?.stringValue
    }

    /// `output.image_urls`, `data.output.image_urls` or `data.result.images[].url`, in order.
    public static func imageURLs(_ body: JSONValue) -> [String] {
        if let urls = body["output"]?["image_urls"]?.arrayValue ?? body["data"]?["output"]?["image_urls"]?.arrayValue {
            return urls.compactMap(\.stringValue)
        }
        return (body["data"]?["result"]?["images"]?.arrayValue ?? []).compactMap { $0["url"]?.stringValue }
    }

    /// `error.code` (reAPI: the platform code; API in One: the HTTP status), else a failed
    /// task's `data.error.code`.
    public static func errorCode(_ body: JSONValue) -> Int? {
        body["error"]?["code"]?.intValue ?? body["data"]?["error"]?["code"]?.intValue
    }

    /// Every key path with its JSON type: `{"a": {"b": [1]}}` → `a: object`, `a.b: array`,
    /// `a.b[]: integer`. Array elements are merged (one `[]` entry per type seen); integers
    /// and numbers are both `number`, so `1` and `1.0` agree.
    public static func shape(_ value: JSONValue) -> Set<String> {
        var out: Set<String> = []
        walk(value, path: "", into: &out, depth: 0)
        return out
    }

    private static func walk(_ value: JSONValue, path: String, into out: inout Set<String>, depth: Int) {
        let type = value.typeName == "integer" ? "number" : value.typeName
        if !path.isEmpty { out.insert("\(path): \(type)") }
        guard depth < 16 else { return }
        switch value {
        case .object(let o):
            for (key, child) in o.pairs { walk(child, path: path.isEmpty ? key : "\(path).\(key)", into: &out, depth: depth + 1) }
        case .array(let a):
            for child in a { walk(child, path: "\(path)[]", into: &out, depth: depth + 1) }
        default:
            break
        }
    }
}
