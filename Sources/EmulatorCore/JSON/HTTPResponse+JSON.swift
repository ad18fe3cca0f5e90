@_exported import HTTPMessages

extension HTTPResponse {
    /// A response whose body is `value` written as JSON.
    public static func json(_ status: Int, _ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: JSONWriter.bytes(value))
    }
}
