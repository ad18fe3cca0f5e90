/// An absolute `http://` or `https://` URL taken apart, without Foundation: what the health
/// probe, `record --upstream`, `serve --public-url`, the drift replay and a task's
/// `callback_url` need of a URL.
/// Refuses (nil) another scheme, an empty host, user info, white space and a port that is not
/// digits; whether the port is in 1-65535 is the caller's check (each says so its own way).
public struct AbsoluteURL: Sendable, Equatable {
    /// `http` or `https`, lower-cased.
    public let scheme: String
    /// The host as written, without the brackets of an IPv6 literal.
    public let host: String
    /// The port written in the URL, if any (digits, not range-checked).
    public let explicitPort: Int?
    /// The path, `/` when the URL has none.
    public let path: String
    /// What follows `?`, if anything; the fragment is dropped.
    public let query: String?

    /// Path and query, as a request line carries them.
    public var target: String { query.map { "\(path)?\($0)" } ?? path }

    /// Whether `port` is in 1-65535.
    public var hasValidPort: Bool { (1...65_535).contains(port) }

    /// The explicit port, else the scheme's (80 or 443).
    public var port: Int { explicitPort ?? (scheme == "https" ? 443 : 80) }

    /// Why a text is not an absolute http(s) URL, for callers that word each case their own way.
    public enum Problem: Error, Sendable {
        /// Another scheme, no `://`, white space or a control character, an empty host, an
        /// unclosed `[`.
        case malformed
        /// `user@` before the host.
        case userInfo
        /// A `:` not followed by digits.
        case port
    }

    public init?(_ text: String) {
        guard case .success(let url) = Self.parse(text) else { return nil }
        self = url
    }

    public static func parse(_ text: String) -> Result<AbsoluteURL, Problem> {
        guard let separator = text.firstRange(of: "://") else { return .failure(.malformed) }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https",
              !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true })
        else { return .failure(.malformed) }
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.contains("@") else { return .failure(.userInfo) }
        var tail = rest[authorityEnd...]
        if let hash = tail.firstIndex(of: "#") { tail = tail[..<hash] }
        var host = authority
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return .failure(.malformed) }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return .failure(.malformed) }
                portText = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { return .failure(.malformed) }
        var explicitPort: Int?
        if let portText {
            guard !portText.isEmpty, portText.count <= 9, portText.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let port = Int(portText) else { return .failure(.port) }
            explicitPort = port
        }
        let question = tail.firstIndex(of: "?")
        let path = tail[..<(question ?? tail.endIndex)]
        return .success(AbsoluteURL(scheme: scheme, host: String(host), explicitPort: explicitPort,
                                    path: path.isEmpty ? "/" : String(path),
                                    query: question.map { String(tail[tail.index(after: $0)...]) }))
    }

    private init(scheme: String, host: String, explicitPort: Int?, path: String, query: String?) {
        self.scheme = scheme
        self.host = host
        self.explicitPort = explicitPort
        self.path = path
        self.query = query
    }
}
