import EmulatorCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small URLSession wrapper for end-to-end tests against a live emulator.
struct HTTPClient {
    let base: String
    var key: String? = "rk_test_key"
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 100
        configuration.timeoutIntervalForRequest = 10
        return URLSession(configuration: configuration)
    }()

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var json: JSONValue? { try? JSONParser.parse(Array(body)) }
        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
    }

    func send(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> Reply {
        let url = path.hasPrefix("http") ? URL(string: path)! : URL(string: base + path)!
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await Self.session.data(for: request)
        let http = response as! HTTPURLResponse
        var all: [String: String] = [:]
        for (k, v) in http.allHeaderFields { all["\(k)"] = "\(v)" }
        return Reply(status: http.statusCode, headers: all, body: data)
    }

    func get(_ path: String) async throws -> Reply { try await send("GET", path) }
    func post(_ path: String, _ body: String) async throws -> Reply { try await send("POST", path, body: body) }
}
