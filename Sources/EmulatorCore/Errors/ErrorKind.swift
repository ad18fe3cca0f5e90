/// One kind of error answer: its stable name (the key a scenario's `codes:` map overrides),
/// HTTP status, default reAPI code and API in One `type` (docs/contract.md §2 and §5).
public struct ErrorKind: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let status: Int
    public let code: Int
    public let apiInOneType: String

    public var description: String { name }

    public static let authMissing = ErrorKind(name: "auth_missing", status: 401, code: 10001, apiInOneType: "authentication_error")
    public static let authMalformed = ErrorKind(name: "auth_malformed", status: 401, code: 10002, apiInOneType: "authentication_error")
    public static let keyUnknown = ErrorKind(name: "key_unknown", status: 401, code: 10003, apiInOneType: "authentication_error")
    public static let keyRevoked = ErrorKind(name: "key_revoked", status: 401, code: 10004, apiInOneType: "authentication_error")
    /// (choice) Body is not a JSON object.
    public static let invalidJSON = ErrorKind(name: "invalid_json", status: 400, code: 20001, apiInOneType: "invalid_request")
    public static let missingField = ErrorKind(name: "missing_field", status: 400, code: 20002, apiInOneType: "invalid_request")
    public static let invalidValue = ErrorKind(name: "invalid_value", status: 400, code: 20003, apiInOneType: "invalid_request")
    /// (choice) Unknown or missing model.
    public static let unknownModel = ErrorKind(name: "unknown_model", status: 400, code: 20004, apiInOneType: "invalid_request")
    /// (choice) Prompt refused by pre-submission moderation; never charged.
    public static let moderationRejected = ErrorKind(name: "moderation_rejected", status: 400, code: 20005, apiInOneType: "content_policy_violation")
    /// (choice) Request body larger than the cap (413).
    public static let bodyTooLarge = ErrorKind(name: "body_too_large", status: 413, code: 20006, apiInOneType: "invalid_request")
    public static let promptTooLong = ErrorKind(name: "prompt_too_long", status: 400, code: 20007, apiInOneType: "invalid_request")
    /// (choice) Task id unknown or owned by another key.
    public static let taskNotFound = ErrorKind(name: "task_not_found", status: 404, code: 20404, apiInOneType: "not_found")
    /// (choice) No route for this path.
    public static let routeNotFound = ErrorKind(name: "route_not_found", status: 404, code: 20404, apiInOneType: "not_found")
    /// (choice) The path exists with another method.
    public static let methodNotAllowed = ErrorKind(name: "method_not_allowed", status: 405, code: 20405, apiInOneType: "invalid_request")
    /// (choice) Balance below the price of the request.
    public static let insufficientCredits = ErrorKind(name: "insufficient_credits", status: 402, code: 30001, apiInOneType: "insufficient_credits")
    /// (choice) Rate limited; answered with `Retry-After`.
    public static let rateLimited = ErrorKind(name: "rate_limited", status: 429, code: 40001, apiInOneType: "rate_limit_exceeded")
    /// (choice) `POST /_emulator/sessions` past `--max-sessions`.
    public static let sessionLimit = ErrorKind(name: "session_limit", status: 429, code: 40002, apiInOneType: "rate_limit_exceeded")
    /// (choice) A control call from a web page of another origin (`Origin` header).
    public static let foreignOrigin = ErrorKind(name: "foreign_origin", status: 403, code: 40301, apiInOneType: "permission_denied")
    /// (choice) A `Host` the emulator does not answer to (DNS rebinding guard).
    public static let misdirected = ErrorKind(name: "misdirected_request", status: 421, code: 42101, apiInOneType: "invalid_request")
    /// (choice) Emulated internal error (scenario-injected).
    public static let internalError = ErrorKind(name: "internal_error", status: 500, code: 50001, apiInOneType: "server_error")
    /// (choice) Emulated gateway unavailable (scenario-injected), also the answer while stopping.
    public static let unavailable = ErrorKind(name: "unavailable", status: 503, code: 50003, apiInOneType: "service_unavailable")

    public static let all: [ErrorKind] = [
        .authMissing, .authMalformed, .keyUnknown, .keyRevoked, .invalidJSON, .missingField, .invalidValue,
        .unknownModel, .moderationRejected, .bodyTooLarge, .promptTooLong, .taskNotFound, .routeNotFound,
        .methodNotAllowed, .insufficientCredits, .rateLimited, .sessionLimit, .foreignOrigin, .misdirected, .internalError,
        .unavailable,
    ] + listenerKinds

    public static func named(_ name: String) -> ErrorKind? { all.first { $0.name == name } }

    /// The kind a scripted HTTP fault of this status renders as.
    public static func forStatus(_ status: Int) -> ErrorKind {
        switch status {
        case 400: .invalidValue
        case 401: .keyUnknown
        case 402: .insufficientCredits
        case 404: .routeNotFound
        case 413: .bodyTooLarge
        case 429: .rateLimited
        case 503: .unavailable
        default: .internalError
        }
    }
}
