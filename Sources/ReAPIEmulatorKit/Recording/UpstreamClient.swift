import CCurl
import HTTPMessages
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recorder's side towards the upstream: one blocking call per request over libcurl,
/// which `CCurl` loads with dlopen on the first call (so `serve` never maps it), redirects
/// passed back to the client rather than followed.
final class UpstreamClient: @unchecked Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    /// A transport failure: the upstream could not be reached or did not answer in time.
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    let timeoutSeconds: Double
    /// Set once by `cancelAll` (atomically, in C); read by every transfer's progress callback.
    private let cancelFlag: UnsafeMutablePointer<Int32>

    init(timeoutSeconds: Double) {
        self.timeoutSeconds = timeoutSeconds
        cancelFlag = .allocate(capacity: 1)
        cancelFlag.initialize(to: 0)
    }

    deinit { cancelFlag.deallocate() }

    /// Stops the calls in progress within about a second, and every later one: a stopping
    /// recorder does not wait for upstream answers (up to `--timeout`).
    func cancelAll() { ccurl_cancel(cancelFlag) }

    /// Request headers a proxy does not pass on: hop-by-hop ones, the length (recomputed)
    /// and `accept-encoding` (the client would get bytes labelled with an encoding libcurl
    /// did not ask for).
    static let droppedRequestHeaders: Set<String> = [
        "host", "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
        "content-length", "accept-encoding", "expect",
    ]
    /// Response headers not passed back: hop-by-hop ones and the length (the binding sets the
    /// length of what it sends). `content-encoding` goes back with the bytes it describes: an
    /// upstream that compresses without being asked gets its client gzip labelled gzip.
    static let droppedResponseHeaders: Set<String> = [
        "connection", "keep-alive", "transfer-encoding", "content-length", "date", "server",
    ]

    /// Whether libcurl can be loaded, and why not.
    static func check() -> Result<Void, Failure> {
        var error = [CChar](repeating: 0, count: 256)
        guard ccurl_load(&error, error.count) != 1 else { return .success(()) }
        return .failure(Failure(message: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
    }

    /// Sends one request and waits for the whole answer (at most the timeout).
    func send(method: String, url: String, headers: [String: String], body: [UInt8]) -> Result<Reply, any Error> {
        var lines = headers.filter { !Self.droppedRequestHeaders.contains($0.key.lowercased()) }.map { "\($0.key): \($0.value)" }
        // Only what the client sent: no libcurl default Accept.
        if !headers.keys.contains(where: { $0.lowercased() == "accept" }) { lines.append("Accept:") }
        var reply = ccurl_reply()
        defer { ccurl_reply_free(&reply) }
        let timeout = Int(min(max(timeoutSeconds, 0.001), 86_400) * 1000)
        let ok = withCStrings(lines) { pointers in
            body.withUnsafeBufferPointer { bytes in
                ccurl_perform(method, url, pointers.baseAddress, pointers.count, bytes.baseAddress, bytes.count, timeout,
                              cancelFlag, &reply)
            }
        }
        guard ok == 1 else {
            let message = withUnsafeBytes(of: reply.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            return .failure(Failure(message: message))
        }
        let raw = reply.headers.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: reply.headers_size), as: UTF8.self) } ?? ""
        let bytes = reply.body.map { Array(UnsafeBufferPointer(start: $0, count: reply.body_size)) } ?? []
        return .success(Reply(status: reply.status, headers: Self.headers(of: raw), body: bytes))
    }

    /// The header fields of the last response in libcurl's raw header lines (an interim
    /// `100 Continue` comes first), names lower-cased, repeated fields joined with ", ".
    static func headers(of raw: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in raw.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            if line.hasPrefix("HTTP/") { fields = [:]; continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingBlanks().lowercased()
            let value = line[line.index(after: colon)...].trimmingBlanks()
            guard !name.isEmpty else { continue }
            fields[name] = fields[name].map { $0 + ", " + value } ?? value
        }
        return fields
    }
}

/// `strings` as NUL-terminated C strings for the duration of `body`.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer(body)
}
