import Foundation
import Locking
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The recorder's side towards the upstream: one blocking call per request over
/// FoundationNetworking's URLSession, redirects passed back to the client rather than followed.
final class UpstreamClient: Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    private let session: URLSession
    let timeoutSeconds: Double

    init(timeoutSeconds: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeoutSeconds
        configuration.timeoutIntervalForResource = timeoutSeconds
        configuration.httpMaximumConnectionsPerHost = 64
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        self.timeoutSeconds = timeoutSeconds
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    /// Request headers a proxy does not pass on: hop-by-hop ones, the length (recomputed)
    /// and `accept-encoding` (URLSession would decompress and the client would get plain
    /// bytes labelled as compressed).
    static let droppedRequestHeaders: Set<String> = [
        "host", "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
        "content-length", "accept-encoding", "expect",
    ]
    /// Response headers not passed back: hop-by-hop ones, and the length and encoding of
    /// bytes URLSession has already decoded (the binding sets the length of what it sends).
    static let droppedResponseHeaders: Set<String> = [
        "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "server",
    ]

    /// Sends one request and waits for the whole answer (at most the timeout).
    func send(method: String, url: URL, headers: [String: String], body: [UInt8]) -> Result<Reply, any Error> {
        var request = URLRequest(url: url, timeoutInterval: timeoutSeconds)
        request.httpMethod = method
        for (name, value) in headers where !Self.droppedRequestHeaders.contains(name.lowercased()) {
            request.setValue(value, forHTTPHeaderField: name)
        }
        if !body.isEmpty { request.httpBody = Data(body) }
        let outcome = Locked<Result<Reply, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse {
                var all: [String: String] = [:]
                for (k, v) in http.allHeaderFields { all["\(k)".lowercased()] = "\(v)" }
                outcome.withLock { $0 = .success(Reply(status: http.statusCode, headers: all, body: Array(data ?? Data()))) }
            } else {
                outcome.withLock { $0 = .failure(error ?? URLError(.badServerResponse)) }
            }
            done.signal()
        }.resume()
        // URLSession ends every task by its own timeout; the extra seconds only guard against a lost callback.
        if done.wait(timeout: .now() + timeoutSeconds + 5) == .timedOut { return .failure(URLError(.timedOut)) }
        return outcome.withLock { $0 } ?? .failure(URLError(.unknown))
    }

    func invalidate() { session.invalidateAndCancel() }
}

/// Hands 3xx answers back as they are.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
