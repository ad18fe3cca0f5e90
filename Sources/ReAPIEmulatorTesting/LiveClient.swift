import EmulatorCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The one HTTP client of the tests that talk to a live listener (an `Emulator` on port 0 or
/// the built binary); `RawHTTP` speaks the bytes no client library would send.
public struct LiveClient: Sendable {
    public let base: String
    public var key: String?

    public init(base: String, key: String? = "rk_test_key") {
        self.base = base
        self.key = key
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 100
        // Time without a byte before a request fails: generous, because a 4K PNG drawn while
        // the suite runs beside stress-ng (scripts/stress-test.sh) took over a minute.
        configuration.timeoutIntervalForRequest = 600
        return URLSession(configuration: configuration)
    }()

    public struct Reply: Sendable {
        public let status: Int
        public let headers: [String: String]
        public let body: Data
        public var json: JSONValue? { try? JSONParser.parse(Array(body)) }
        public var text: String { String(decoding: body, as: UTF8.self) }
        public func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
        public var contentType: String? { header("Content-Type") }
    }

    /// `path` is absolute (`http://…`) or relative to `base`.
    public func send(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> Reply {
        try await Self.send(method, path.hasPrefix("http") ? path : base + path, key: key, json: body, headers: headers)
    }

    public func get(_ path: String) async throws -> Reply { try await send("GET", path) }
    public func post(_ path: String, _ body: String) async throws -> Reply { try await send("POST", path, body: body) }

    /// One request to an absolute URL.
    public static func send(_ method: String, _ url: String, key: String? = nil, json: String? = nil,
                            headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var all: [String: String] = [:]
        for (k, v) in http.allHeaderFields { all["\(k)"] = "\(v)" }
        return Reply(status: http.statusCode, headers: all, body: data)
    }
}
