import HTTPMessages

/// An answer written straight to a socket, outside libmicrohttpd: the 503 a connection shed
/// to make room gets before it closes (`ConnectionRegistry.sweep`).
enum RawResponse {
    /// `response` as HTTP/1.1 bytes, with `Content-Length` and `Connection: close`.
    static func bytes(_ response: HTTPResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for (name, value) in response.headers where !["content-length", "connection"].contains(name.lowercased()) {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + response.body
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 503: "Service Unavailable"
        case 408: "Request Timeout"
        default: "Error"
        }
    }
}
