/// Who may reach the emulator from a browser (docs/security.md): the `Host` a request names
/// must be one the emulator answers to (DNS rebinding), and a control call that carries an
/// `Origin` must come from the emulator's own pages (cross-site requests from a web page).
public struct AccessPolicy: Sendable, Equatable {
    /// Extra host names (`--allowed-hosts`), lower-cased; `*` allows every `Host`.
    public var allowedHosts: [String] = []
    /// The address the listener is bound to and its port (the Kit fills them in).
    public var boundHost: String?
    public var listenPort: Int?

    public init() {}

    /// Whether `Host: value` names this emulator: no header (HTTP/1.0, in-process), an IP
    /// literal, `localhost` or a name under `.localhost`, a single-label name (a container
    /// service such as `reapi-emulator`), the bound address, the `--public-url` host or one of
    /// `allowedHosts`. A rebinding page names its own dotted domain and is refused (choice).
    public func acceptsHost(_ value: String?, publicURL: String) -> Bool {
        guard let value else { return true }
        // The common case without an allocation: digits, dots and a port colon (an IPv4
        // literal); no rebinding domain is all digits.
        if value.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x3A) || $0 == 0x2E }) { return true }
        if allowedHosts.contains("*") { return true }
        guard let host = Self.hostName(value) else { return false }
        if Self.isIPLiteral(host) || Self.isLoopbackName(host) || !host.contains(".") { return true }
        if host == boundHost?.lowercased() || host == Self.origin(publicURL)?.host { return true }
        return allowedHosts.contains(host)
    }

    /// Whether a control call with `Origin: value` may proceed: no header, or the origin of
    /// `--public-url`, or `http(s)://<loopback name, bound address or allowed host>:<listening port>`.
    public func acceptsOrigin(_ value: String?, publicURL: String) -> Bool {
        guard let value else { return true }
        guard let origin = Self.origin(value) else { return false }  // `null`, garbage
        if let own = Self.origin(publicURL), own == origin { return true }
        guard origin.port == listenPort else { return false }
        return Self.isLoopbackName(origin.host) || origin.host == "127.0.0.1" || origin.host == "[::1]"
            || origin.host == boundHost?.lowercased() || allowedHosts.contains(origin.host) || allowedHosts.contains("*")
    }

    /// `scheme://host[:port]` → its parts, the port defaulted by scheme; nil when not http(s).
    static func origin(_ text: String) -> (scheme: String, host: String, port: Int)? {
        let lowered = text.lowercased()
        let scheme: String
        if lowered.hasPrefix("http://") { scheme = "http" } else if lowered.hasPrefix("https://") { scheme = "https" } else { return nil }
        var rest = Substring(lowered.dropFirst(scheme.count + 3))
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        guard let host = hostName(String(rest)) else { return nil }
        var port = scheme == "https" ? 443 : 80
        if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
            guard let p = Int(rest[rest.index(after: colon)...]), (1...65535).contains(p) else { return nil }
            port = p
        }
        return (scheme, host, port)
    }

    /// The host of a `Host` header value, lower-cased, without the port; nil when malformed.
    static func hostName(_ value: String) -> String? {
        let v = value.lowercased()
        if v.hasPrefix("[") {
            guard let close = v.firstIndex(of: "]") else { return nil }
            return String(v[...close])
        }
        let host = v.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let allowed = host.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F }
        return host.isEmpty || !allowed ? nil : host
    }

    /// The 421 answer for a `Host` the emulator does not answer to.
    static func misdirected(_ host: String?) -> APIError {
        APIError(.misdirected, "this emulator does not answer to Host \"\(EmulatorApp.printable(host ?? ""))\"; add it with --allowed-hosts (or --public-url), see docs/security.md")
    }

    /// The 403 answer for a control call from another origin.
    static func foreignOrigin(_ origin: String) -> APIError {
        APIError(.foreignOrigin, "control calls from the web origin \"\(EmulatorApp.printable(origin))\" are refused: only the emulator's own origins may call /_emulator/ (docs/security.md)")
    }

    static func isLoopbackName(_ host: String) -> Bool {
        host == "localhost" || host.hasSuffix(".localhost")
    }

    static func isIPLiteral(_ host: String) -> Bool {
        if host.hasPrefix("[") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }
}

/// How listings show a bearer key: its prefix and last four characters (`rk_live_…a1b2`),
/// never the whole key. Short keys show only their end.
public enum KeyMask {
    public static func mask(_ key: String) -> String {
        let chars = Array(key)
        var prefix = 0
        if let underscore = chars.prefix(9).lastIndex(of: "_") { prefix = underscore + 1 } else { prefix = min(3, chars.count) }
        if chars.count - prefix - 4 >= 4 { return String(chars[..<prefix]) + "…" + String(chars.suffix(4)) }
        return "…" + String(chars.suffix(min(4, chars.count / 3)))
    }
}
