
/// One HTTP request, fully read: what the binding hands over and what the responders read.
/// The same value travels from the socket to the handler; nothing copies it into another type.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query string. From the binding it is percent-decoded already
    /// (libmicrohttpd unescapes it), so a `?` in it is a character of the path (`%3F`).
    public var path: String
    public var query: [String: String]
    /// Header names lower-cased.
    public var headers: [String: String]
    public var body: [UInt8]
    /// The body was larger than the listener's cap and was not kept (`body` is empty).
    public var bodyTooLarge: Bool

    /// - Parameter pathHasQuery: `path` may carry `?query` (in-process callers); the binding,
    ///   whose path is decoded and whose query comes apart, passes false.
    public init(method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = [],
                bodyTooLarge: Bool = false, pathHasQuery: Bool = true) {
        self.method = method.utf8.contains(where: { (0x61...0x7A).contains($0) }) ? method.uppercased() : method
        // A path written with its query (`/x?a=1`, as in-process callers do) is split here;
        // the HTTP layer hands the query over apart already.
        if pathHasQuery, let mark = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            self.path = String(path[..<mark])
            self.query = Self.parseQuery(path[path.index(after: mark)...]).merging(query) { $1 }
        } else {
            self.path = path
            self.query = query
        }
        // The HTTP layer lower-cases names already; only other callers pay for a copy.
        let isUpper: (UInt8) -> Bool = { (0x41...0x5A).contains($0) }
        if headers.keys.contains(where: { $0.utf8.contains(where: isUpper) }) {
            var lowered: [String: String] = [:]
            for (k, v) in headers { lowered[k.lowercased()] = v }
            self.headers = lowered
        } else {
            self.headers = headers
        }
        self.body = body
        self.bodyTooLarge = bodyTooLarge
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// `a=1&b=x%20y` -> ["a": "1", "b": "x y"] (`+` is a space, as in forms).
    static func parseQuery(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in
                String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "+" ? " " : $0 })).percentDecoded ?? String(s)
            }
            result[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }
}
