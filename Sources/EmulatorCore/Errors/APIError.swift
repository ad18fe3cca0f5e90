/// An error answer before it is rendered in a provider's envelope.
public struct APIError: Error, Sendable, Equatable {
    public var kind: ErrorKind
    public var message: String
    /// The HTTP status sent; the kind's own unless a scenario scripts another.
    public var status: Int
    /// Seconds for a `Retry-After` header (429).
    public var retryAfterSeconds: Int?
    /// The request field a validation refusal is about (`size`, `model_params.speed`), for the report.
    public var field: String?

    public init(_ kind: ErrorKind, _ message: String, status: Int? = nil, retryAfterSeconds: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status ?? kind.status
        self.retryAfterSeconds = retryAfterSeconds
    }

    public static func == (a: APIError, b: APIError) -> Bool {
        a.kind == b.kind && a.message == b.message && a.status == b.status && a.retryAfterSeconds == b.retryAfterSeconds
    }
}

/// The reAPI codes in force: the defaults of `ErrorKind`, with a scenario's `codes:` overrides.
public struct ErrorCodes: Sendable, Equatable {
    public var overrides: [String: Int]

    public init(overrides: [String: Int] = [:]) { self.overrides = overrides }

    public func code(for kind: ErrorKind) -> Int { overrides[kind.name] ?? kind.code }
}

/// Renders errors in the listener's envelope (docs/contract.md §2 for reAPI, §5 for API in One).
public struct ErrorRenderer: Sendable {
    public var provider: Provider
    public var codes: ErrorCodes

    public init(provider: Provider, codes: ErrorCodes = ErrorCodes()) {
        self.provider = provider
        self.codes = codes
    }

    /// The `error.code` the envelope carries: the reAPI code in force, or API in One's status.
    public func code(of error: APIError) -> Int {
        switch provider {
        case .reapi: return codes.code(for: error.kind)
        case .apiinone: return error.status
        }
    }

    public func body(_ error: APIError, requestID: String) -> JSONValue {
        switch provider {
        case .reapi:
            return ["error": ["code": .int(code(of: error)), "message": .string(error.message), "request_id": .string(requestID)]]
        case .apiinone:
            return ["error": ["code": .int(code(of: error)), "message": .string(error.message), "type": .string(error.kind.apiInOneType)]]
        }
    }

    public func response(_ error: APIError, requestID: String) -> HTTPResponse {
        var response = HTTPResponse.json(error.status, body(error, requestID: requestID))
        if let retry = error.retryAfterSeconds { response.headers.append(("Retry-After", String(retry))) }
        return response
    }
}
