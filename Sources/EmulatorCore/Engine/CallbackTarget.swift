import HTTPMessages

/// Where a webhook goes: a `callback_url` taken apart and checked at submit.
///
/// Only `http://` is delivered (choice): the emulator has no TLS client, so an `https://`
/// receiver is refused at submit rather than retried until given up. User info
/// (`http://user@host/`) is refused too; the fragment is dropped, the query kept.
public struct CallbackTarget: Sendable, Equatable {
    /// The URL as the client sent it.
    public let url: String
    /// Lower-cased host name or address, without the brackets of an IPv6 literal.
    public let host: String
    public let port: Int
    /// Path and query sent in the request line (`/` when the URL has none).
    public let path: String

    /// The `Host` header: the host (bracketed when IPv6) and the port when not 80.
    public var hostHeader: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port == 80 ? name : "\(name):\(port)"
    }

    /// Why a `callback_url` was refused: a sentence for the client.
    struct Refusal: Error {
        let message: String
    }

    /// Longest `callback_url` accepted, in bytes (choice, docs/limits.md): the URL is kept
    /// with the task and shown in every advance, journal entry and timeline that lists an attempt.
    static let maxURLBytes = 2_048

    /// Takes `text` apart, or says why it cannot be delivered to.
    static func parse(_ text: String) -> Result<CallbackTarget, Refusal> {
        let shown = MessageTemplate.echo(text)
        guard text.utf8.count <= maxURLBytes else {
            return .failure(Refusal(message: "callback_url is \(text.utf8.count) bytes long, more than \(maxURLBytes) (got \"\(shown)\")"))
        }
        let lower = text.lowercased()
        if lower.hasPrefix("https://") {
            return .failure(Refusal(message: "callback_url \"\(shown)\" uses https, but the emulator delivers callbacks over plain http "
                + "(it has no TLS client); give an http:// receiver"))
        }
        let notHTTP = "callback_url must be an absolute http:// URL with a host, like http://127.0.0.1:9000/hook (got \"\(shown)\")"
        let badPort = "callback_url has no valid port: 1-65535 (got \"\(shown)\")"
        guard lower.hasPrefix("http://") else { return .failure(Refusal(message: notHTTP)) }
        let url: AbsoluteURL
        switch AbsoluteURL.parse(text) {
        case .success(let parsed): url = parsed
        case .failure(.malformed): return .failure(Refusal(message: notHTTP))
        case .failure(.userInfo): return .failure(Refusal(message: "callback_url must not carry user info (got \"\(shown)\")"))
        case .failure(.port): return .failure(Refusal(message: badPort))
        }
        guard url.hasValidPort else { return .failure(Refusal(message: badPort)) }
        return .success(CallbackTarget(url: text, host: url.host.lowercased(), port: url.port, path: url.target))
    }
}

/// The hosts webhooks may go to (`--callback-hosts`): by default the loopback addresses
/// (`127.0.0.0/8`, `::1`) and `localhost`, so a test's own receiver works and nothing leaves
/// the machine; a list replaces the default; `*` allows every host (containers on a CI network).
public struct CallbackHosts: Sendable, Equatable, CustomStringConvertible {
    /// Host names and addresses, lower-cased; empty with `allowsAll`.
    public let names: [String]
    public let allowsAll: Bool
    /// Whether the list is the default one (loopback), which also allows all of `127.0.0.0/8`.
    private let loopbackDefault: Bool

    public static let loopback = CallbackHosts(names: ["127.0.0.1", "::1", "localhost"], allowsAll: false, loopbackDefault: true)
    public static let any = CallbackHosts(names: [], allowsAll: true, loopbackDefault: false)

    private init(names: [String], allowsAll: Bool, loopbackDefault: Bool) {
        self.names = names
        self.allowsAll = allowsAll
        self.loopbackDefault = loopbackDefault
    }

    /// Reads a comma-separated list (`ci-receiver,10.0.0.5`, or `*`); nil when it names nothing
    /// or an entry is not a host name or address.
    public init?(list: String) {
        let entries = list.split(separator: ",", omittingEmptySubsequences: false).map { entry in
            String(entry.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()).lowercased()
        }
        guard !entries.isEmpty, !entries.contains(where: \.isEmpty) else { return nil }
        if entries == ["*"] {
            self = .any
            return
        }
        let hostCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-._:")
        let names = entries.map { $0.hasPrefix("[") && $0.hasSuffix("]") ? String($0.dropFirst().dropLast()) : $0 }
        guard names.allSatisfy({ !$0.isEmpty && $0.allSatisfy(hostCharacters.contains) }) else { return nil }
        self.init(names: names, allowsAll: false, loopbackDefault: false)
    }

    public func allows(_ host: String) -> Bool {
        if allowsAll || names.contains(host) { return true }
        return loopbackDefault && Self.isLoopbackIPv4(host)
    }

    /// `*`, or the names joined by commas (as `--callback-hosts` takes them).
    public var description: String { allowsAll ? "*" : names.joined(separator: ",") }

    private static func isLoopbackIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in part.count <= 3 && UInt8(part) != nil }
    }
}
