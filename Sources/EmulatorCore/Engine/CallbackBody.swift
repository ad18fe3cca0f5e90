/// The JSON a webhook delivers: the task's poll answer as a client polling it would see it
/// (choice), or a scenario rule's `body` template filled in from that answer.
///
/// A template is any JSON value. A string that is exactly one placeholder, `"{data.status}"`,
/// becomes the value at that path of the poll answer (an array, an object, a number, or null
/// when the answer has nothing there); placeholders inside a longer string are replaced by the
/// value's text (`"task {data.task_id} is {data.status}"`). Other text is kept as written.
public enum CallbackBody {
    /// The placeholders a template may use: the fields of API in One's poll answer
    /// (`{"code","message","data":{"task_id","status","output":{"image_urls"},"error":{"code","message"}}}`),
    /// plus `data.output.image_urls.<index>` for one URL.
    public static let pollFields = [
        "code", "message", "data", "data.task_id", "data.status", "data.output", "data.output.image_urls",
        "data.error", "data.error.code", "data.error.message",
    ]

    /// Whether `path` names a poll field a template may use.
    public static func isPollField(_ path: String) -> Bool {
        if pollFields.contains(path) { return true }
        let prefix = "data.output.image_urls."
        guard path.hasPrefix(prefix) else { return false }
        let index = path.dropFirst(prefix.count)
        return !index.isEmpty && index.allSatisfy(\.isASCII) && index.allSatisfy(\.isNumber)
    }

    /// The placeholders written in a template's strings (and keys), in order, unchecked.
    public static func placeholders(in template: JSONValue) -> [String] {
        switch template {
        case .string(let text): return spans(text).map(\.path)
        case .array(let items): return items.flatMap(placeholders(in:))
        case .object(let object): return object.pairs.flatMap { spans($0.key).map(\.path) + placeholders(in: $0.value) }
        default: return []
        }
    }

    /// `template` with every placeholder replaced from `poll`.
    static func render(_ template: JSONValue, poll: JSONValue) -> JSONValue {
        switch template {
        case .string(let text):
            let found = spans(text)
            if found.count == 1, found[0].range == text.startIndex..<text.endIndex { return value(at: found[0].path, in: poll) }
            return .string(interpolate(text, found, poll))
        case .array(let items):
            return .array(items.map { render($0, poll: poll) })
        case .object(let object):
            var out = JSONObject()
            for pair in object.pairs { out[interpolate(pair.key, spans(pair.key), poll)] = render(pair.value, poll: poll) }
            return .object(out)
        default:
            return template
        }
    }

    /// The value at a dotted path (array entries by index), or null.
    static func value(at path: String, in root: JSONValue) -> JSONValue {
        var current = root
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            switch current {
            case .object(let object): current = object[String(part)] ?? .null
            case .array(let items):
                guard let index = Int(part), items.indices.contains(index) else { return .null }
                current = items[index]
            default: return .null
            }
        }
        return current
    }

    private static func interpolate(_ text: String, _ found: [(path: String, range: Range<String.Index>)], _ poll: JSONValue) -> String {
        guard !found.isEmpty else { return text }
        var out = ""
        var cursor = text.startIndex
        for span in found {
            out += text[cursor..<span.range.lowerBound]
            switch value(at: span.path, in: poll) {
            case .string(let s): out += s
            case .null: out += "null"
            case let other: out += JSONWriter.string(other)
            }
            cursor = span.range.upperBound
        }
        return out + text[cursor...]
    }

    /// `{path}` spans: a brace, letters, digits, `_` and `.`, a closing brace.
    private static func spans(_ text: String) -> [(path: String, range: Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            let start = text.index(after: open)
            guard let close = text[start...].firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".")) }),
                  text[close] == "}", close > start else {
                index = start
                continue
            }
            found.append((String(text[start..<close]), open..<text.index(after: close)))
            index = text.index(after: close)
        }
        return found
    }
}
