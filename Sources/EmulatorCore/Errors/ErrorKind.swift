/// One kind of error answer: its stable name (the key a scenario's `codes:` map overrides),
/// HTTP status, default reAPI code and API in One `type` (docs/contract.md §2 and §5).
///
/// The reAPI codes are the vendor's published catalogue (reapi.ai/docs/api/errors and
/// /docs/api/balance); the kinds marked (choice) are outcomes the catalogue does not name,
/// and their codes never reuse a catalogue code's meaning.
public struct ErrorKind: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let status: Int
    public let code: Int
    public let apiInOneType: String

    public var description: String { name }

    /// "Missing Authorization header".
    public static let authMissing = ErrorKind(name: "auth_missing", status: 401, code: 10001, apiInOneType: "authentication_error")
    /// "Authorization header is not Bearer <key>".
    public static let authMalformed = ErrorKind(name: "auth_malformed", status: 401, code: 10002, apiInOneType: "authentication_error")
    /// "API key invalid".
    public static let keyUnknown = ErrorKind(name: "key_unknown", status: 401, code: 10003, apiInOneType: "authentication_error")
    /// "API key has been revoked".
    public static let keyRevoked = ErrorKind(name: "key_revoked", status: 401, code: 10004, apiInOneType: "authentication_error")
    /// "Request origin not allowed": a control call from a web page of another origin (`Origin` header).
    public static let foreignOrigin = ErrorKind(name: "foreign_origin", status: 403, code: 10006, apiInOneType: "permission_denied")
    /// "Request body is not a JSON object".
    public static let invalidJSON = ErrorKind(name: "invalid_json", status: 400, code: 20001, apiInOneType: "invalid_request")
    /// "Required parameter missing".
    public static let missingField = ErrorKind(name: "missing_field", status: 400, code: 20002, apiInOneType: "invalid_request")
    /// "Parameter value invalid (type / range / enum)".
    public static let invalidValue = ErrorKind(name: "invalid_value", status: 400, code: 20003, apiInOneType: "invalid_request")
    /// "model not supported on this endpoint": an unknown or missing model, or one of another media kind.
    public static let unknownModel = ErrorKind(name: "unknown_model", status: 400, code: 20004, apiInOneType: "invalid_request")
    /// "size not supported by this model" (where the model's page gives no other code).
    public static let sizeNotSupported = ErrorKind(name: "size_not_supported", status: 400, code: 20005, apiInOneType: "invalid_request")
    /// "quality not supported by this model" (likewise).
    public static let qualityNotSupported = ErrorKind(name: "quality_not_supported", status: 400, code: 20006, apiInOneType: "invalid_request")
    /// "prompt exceeds maximum length".
    public static let promptTooLong = ErrorKind(name: "prompt_too_long", status: 400, code: 20007, apiInOneType: "invalid_request")
    /// (choice) Prompt refused by pre-submission moderation; never charged.
    public static let moderationRejected = ErrorKind(name: "moderation_rejected", status: 400, code: 20010, apiInOneType: "content_policy_violation")
    /// (choice) Request body larger than the cap (413).
    public static let bodyTooLarge = ErrorKind(name: "body_too_large", status: 413, code: 20011, apiInOneType: "invalid_request")
    /// "Insufficient credits".
    public static let insufficientCredits = ErrorKind(name: "insufficient_credits", status: 402, code: 30001, apiInOneType: "insufficient_credits")
    /// "Cannot determine pricing for this model": the model's price table has no cell for the request.
    public static let priceUnknown = ErrorKind(name: "price_unknown", status: 400, code: 30002, apiInOneType: "invalid_request")
    /// "Task not found, or belongs to another user".
    public static let taskNotFound = ErrorKind(name: "task_not_found", status: 404, code: 40001, apiInOneType: "not_found")
    /// (choice) No route for this path (or no session with this id).
    public static let routeNotFound = ErrorKind(name: "route_not_found", status: 404, code: 40404, apiInOneType: "not_found")
    /// (choice) The path exists with another method.
    public static let methodNotAllowed = ErrorKind(name: "method_not_allowed", status: 405, code: 40405, apiInOneType: "invalid_request")
    /// (choice) `POST /_emulator/sessions` past `--max-sessions`.
    public static let sessionLimit = ErrorKind(name: "session_limit", status: 429, code: 40002, apiInOneType: "rate_limit_exceeded")
    /// (choice) A `Host` the emulator does not answer to (DNS rebinding guard).
    public static let misdirected = ErrorKind(name: "misdirected_request", status: 421, code: 42101, apiInOneType: "invalid_request")
    /// "Rate limit exceeded — see Retry-After".
    public static let rateLimited = ErrorKind(name: "rate_limited", status: 429, code: 50001, apiInOneType: "rate_limit_exceeded")
    /// "Generic internal error" (scenario-injected 500).
    public static let internalError = ErrorKind(name: "internal_error", status: 500, code: 60099, apiInOneType: "server_error")
    /// "Temporal cluster unavailable" (choice: the catalogue gives no status): scenario-injected 503,
    /// also the answer while stopping and when the emulator's own bounds are full.
    public static let unavailable = ErrorKind(name: "unavailable", status: 503, code: 70001, apiInOneType: "service_unavailable")
    /// "Database unavailable" (choice: a dependency behind the gateway failed): scenario-injected 502.
    public static let badGateway = ErrorKind(name: "bad_gateway", status: 502, code: 70002, apiInOneType: "service_unavailable")
    /// "Database unavailable" (choice: a dependency behind the gateway did not answer): scenario-injected 504.
    public static let gatewayTimeout = ErrorKind(name: "gateway_timeout", status: 504, code: 70002, apiInOneType: "service_unavailable")

    public static let all: [ErrorKind] = [
        .authMissing, .authMalformed, .keyUnknown, .keyRevoked, .foreignOrigin, .invalidJSON, .missingField, .invalidValue,
        .unknownModel, .sizeNotSupported, .qualityNotSupported, .promptTooLong, .moderationRejected, .bodyTooLarge,
        .insufficientCredits, .priceUnknown, .taskNotFound, .routeNotFound, .methodNotAllowed, .sessionLimit, .misdirected,
        .rateLimited, .internalError, .unavailable, .badGateway, .gatewayTimeout,
    ] + listenerKinds

    public static func named(_ name: String) -> ErrorKind? { all.first { $0.name == name } }

    /// The kind a scripted HTTP fault of this status renders as: the catalogue's code for that
    /// status (the only 403 is 10006, the only 404 is 40001), else a generic internal error.
    public static func forStatus(_ status: Int) -> ErrorKind {
        switch status {
        case 400: .invalidValue
        case 401: .keyUnknown
        case 402: .insufficientCredits
        case 403: .foreignOrigin
        case 404: .taskNotFound
        case 413: .bodyTooLarge
        case 429: .rateLimited
        case 502: .badGateway
        case 503: .unavailable
        case 504: .gatewayTimeout
        default: .internalError
        }
    }
}
