/// Error kinds of the listener itself: requests refused before any route sees them
/// (docs/limits.md). They take the listener's envelope and `codes:` overrides like the rest.
extension ErrorKind {
    /// (choice) Malformed HTTP framing (Transfer-Encoding, Content-Length) or a control
    /// character in the path.
    public static let badRequest = ErrorKind(name: "bad_request", status: 400, code: 20008, apiInOneType: "invalid_request")
    /// (choice) Request target longer than the limit, or too many query parameters.
    public static let uriTooLong = ErrorKind(name: "uri_too_long", status: 414, code: 20009, apiInOneType: "invalid_request")
    /// (choice) A method or transfer coding the listener does not implement.
    public static let notImplemented = ErrorKind(name: "not_implemented", status: 501, code: 60501, apiInOneType: "server_error")

    static let listenerKinds: [ErrorKind] = [.badRequest, .uriTooLong, .notImplemented]

    /// The kind a refusal of the listener with this status renders as.
    public static func forRefusal(status: Int) -> ErrorKind {
        switch status {
        case 400: .badRequest
        case 413: .bodyTooLarge
        case 414: .uriTooLong
        case 501: .notImplemented
        case 503: .unavailable
        default: ErrorKind(name: "listener_\(status)", status: status, code: ErrorKind.internalError.code, apiInOneType: "server_error")
        }
    }
}
