@_exported import HTTPMessages

extension HTTPResponse {
    /// A response whose body is `value` written as JSON.
    public static func json(_ status: Int, _ value: JSONValue) -> HTTPResponse {
        jsonBytes(status, JSONWriter.bytes(value))
    }

    /// A JSON answer already serialised (a cached document).
    public static func jsonBytes(_ status: Int, _ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: body)
    }
}
