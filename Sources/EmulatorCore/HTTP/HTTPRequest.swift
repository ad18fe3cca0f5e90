import Foundation

/// A request as the core sees it: fully read, no sockets, no C.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query string, as sent (percent-encoding untouched).
    public var path: String
    public var query: [String: String]
    /// Header names lower-cased.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method.uppercased()
        // A path written with its query (`/x?a=1`, as in-process callers do) is split here.
        if let mark = path.firstIndex(of: "?") {
            self.path = String(path[..<mark])
            self.query = Self.parseQuery(path[path.index(after: mark)...]).merging(query) { $1 }
        } else {
            self.path = path
            self.query = query
        }
        var lowered: [String: String] = [:]
        for (k, v) in headers { lowered[k.lowercased()] = v }
        self.headers = lowered
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// `a=1&b=x%20y` -> ["a": "1", "b": "x y"] (`+` is a space, as in forms).
    static func parseQuery(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            result[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }
}
