@testable import EmulatorCore
import ReAPIEmulatorTesting
import Foundation
import Testing

/// Golden answers in `fixtures/golden/*.json` and how real answers are compared with them:
/// the values that change from run to run become placeholders, then the two are compared
/// field by field (`JSONObject` equality ignores key order) and, separately, key by key in
/// order (the golden files list keys in the documented order).
enum GoldenEnvelope {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/golden")

    /// A golden file, parsed with its key order kept.
    static func load(_ name: String) throws -> JSONValue {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONParser.parse(Array(data))
    }

    /// Keys whose integer values are Unix times.
    static let timeKeys: Set<String> = ["created_at", "created", "completed", "expires_at"]

    /// `value` with its variable parts replaced: task ids (in any documented shape) by
    /// `<task_id>`, the id segment of media URLs by `<media_key>` and their base by `<base>`,
    /// request ids by `<request_id>`, Unix times by `<unix>`. A value of the wrong shape is
    /// left as it is, so the comparison with the golden file fails on it.
    static func normalise(_ value: JSONValue, key: String? = nil, publicURL: String = EmulatorHarness.publicURL) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.pairs.map { ($0.key, normalise($0.value, key: $0.key, publicURL: publicURL)) }))
        case .array(let items):
            return .array(items.map { normalise($0, key: key, publicURL: publicURL) })
        case .int where key.map(timeKeys.contains) == true:
            return "<unix>"
        case .string(let text):
            return .string(normalise(text, key: key, publicURL: publicURL))
        default:
            return value
        }
    }

    private static func normalise(_ text: String, key: String?, publicURL: String) -> String {
        switch key {
        case "request_id" where TaskIDShape.isRequestID(text):
            return "<request_id>"
        case "id", "task_id":
            let isTaskID = TaskIDShape.isHex32(text) || TaskIDShape.isULID(text)
                || text.split(separator: "_").last.map { TaskIDShape.isAPIInOne(text, model: String($0)) } == true
            return isTaskID ? "<task_id>" : text
        default:
            let prefix = publicURL + "/media/tasks/"
            guard text.hasPrefix(prefix) else { return text }
            let rest = text.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
            guard rest.count == 2, TaskIDShape.isMediaKey(String(rest[0])) else { return text }
            return "<base>/media/tasks/<media_key>/\(rest[1])"
        }
    }

    /// Where `actual` lists an object's keys in another order than `golden` (paths like
    /// `data.result.images[0]`); empty when every object's keys come in the golden order.
    static func keyOrderDifferences(_ actual: JSONValue, _ golden: JSONValue, path: String = "$") -> [String] {
        switch (actual, golden) {
        case (.object(let a), .object(let g)):
            var out = a.keys == g.keys ? [] : ["\(path): \(a.keys) instead of \(g.keys)"]
            for key in g.keys {
                if let av = a[key], let gv = g[key] { out += keyOrderDifferences(av, gv, path: "\(path).\(key)") }
            }
            return out
        case (.array(let a), .array(let g)):
            return zip(a, g).enumerated().flatMap { keyOrderDifferences($0.element.0, $0.element.1, path: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }

    /// Checks one answer against a golden `{"status", "headers"?, "body"}` entry.
    static func expectMatch(_ response: HTTPResponse, _ golden: JSONValue?, _ label: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let golden else {
            Issue.record("no golden answer for \(label)", sourceLocation: sourceLocation)
            return
        }
        #expect(response.status == golden["status"]?.intValue, "\(label): status", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type") == "application/json", "\(label)", sourceLocation: sourceLocation)
        for (name, value) in golden["headers"]?.objectValue?.pairs ?? [] {
            #expect(response.header(name) == value.stringValue, "\(label): header \(name)", sourceLocation: sourceLocation)
        }
        guard let body = response.json, let expected = golden["body"] else {
            Issue.record("\(label): the answer is not JSON: \(response.bodyText)", sourceLocation: sourceLocation)
            return
        }
        let normalised = normalise(body)
        #expect(normalised == expected, "\(label): \(JSONWriter.string(normalised))", sourceLocation: sourceLocation)
        let order = keyOrderDifferences(normalised, expected)
        #expect(order.isEmpty, "\(label): key order \(order)", sourceLocation: sourceLocation)
    }
}
