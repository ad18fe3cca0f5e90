/// Schemas of the answers: the submit and poll bodies per envelope family (as `TaskEnvelope`
/// renders them), the error envelope of a provider with the codes of each HTTP status (as
/// `ErrorRenderer` renders them), and the task failure object.
enum OpenAPIEnvelopeSchema {
    /// The task id shapes of `TaskIDGenerator`, per style.
    static func idPattern(_ style: TaskIDStyle) -> String {
        switch style {
        case .hex32: "^task_[0-9a-f]{32}$"
        case .ulid: "^task_[0-9A-HJKMNP-TV-Z]{26}$"
        case .apiinone: "^n[0-9]{2}[0-9a-z]{6}_.+$"
        }
    }

    /// Any of the id shapes the given models hand out.
    static func taskID(_ models: [ModelDefinition]) -> JSONValue {
        let patterns = Set(models.map(\.idStyle)).sorted { $0.rawValue < $1.rawValue }.map(idPattern)
        if patterns.count == 1 { return ["type": "string", "pattern": .string(patterns[0])] }
        return ["type": "string", "anyOf": .array(patterns.map { ["pattern": .string($0)] })]
    }

    /// `{"code": 8000x, "message"}` of a failed task, or `null` while it has not failed.
    static let taskError: JSONValue = [
        "type": "object", "additionalProperties": false, "required": ["code", "message"],
        "properties": ["code": ["type": "integer", "enum": .array(TaskFailureCode.allCases.map { .int($0.rawValue) })],
                       "message": ["type": "string"]],
    ]

    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil) -> JSONValue {
        ["type": "object", "additionalProperties": false, "properties": .object(JSONObject(properties)),
         "required": .array((required ?? properties.map(\.0)).map(JSONValue.string))]
    }

    static func nullable(_ schema: JSONValue) -> JSONValue { ["oneOf": [["type": "null"], schema]] }

    static let imageURLs: JSONValue = object([("image_urls", ["type": "array", "items": ["type": "string", "format": "uri"]])])
    static let unixSeconds: JSONValue = ["type": "integer", "minimum": 0]

    /// The submit answer of `family` for `models` (the models of that family).
    static func submit(_ family: EnvelopeFamily, _ models: [ModelDefinition]) -> JSONValue {
        switch family {
        case .canonical: return canonical(models)
        case .imagen:
            return object([("code", ["const": 200]),
                           ("data", ["type": "array", "minItems": 1, "maxItems": 1,
                                     "items": object([("status", ["const": "submitted"]), ("task_id", taskID(models))])])])
        case .apiinone:
            return object([("code", ["const": 200]), ("message", ["const": "success"]),
                           ("data", object([("task_id", taskID(models)), ("status", ["const": "IN_PROGRESS"])]))])
        }
    }

    /// The poll answer of `family` for `models`.
    static func poll(_ family: EnvelopeFamily, _ models: [ModelDefinition]) -> JSONValue {
        switch family {
        case .canonical: return canonical(models)
        case .imagen:
            let image = object([("url", ["type": "string", "format": "uri"]), ("expires_at", unixSeconds)])
            let data = object([
                ("id", taskID(models)), ("status", ["type": "string", "enum": ["processing", "completed", "failed"]]),
                ("progress", ["type": "integer", "minimum": 0, "maximum": 100]),
                ("result", object([("images", ["type": "array", "items": image])])),
                ("created", unixSeconds), ("completed", unixSeconds), ("error", taskError),
            ], required: ["id", "status"])
            return object([("code", ["const": 200]), ("data", data)])
        case .apiinone:
            let data = object([
                ("task_id", taskID(models)), ("status", ["type": "string", "enum": ["IN_PROGRESS", "completed", "failed"]]),
                ("output", nullable(imageURLs)), ("error", nullable(taskError)),
            ])
            return object([("code", ["const": 200]), ("message", ["const": "success"]), ("data", data)])
        }
    }

    /// `{"id","model","status","created_at","output","error"}`: submit and poll alike.
    private static func canonical(_ models: [ModelDefinition]) -> JSONValue {
        object([
            ("id", taskID(models)), ("model", ["type": "string", "enum": .array(models.map { .string($0.id) })]),
            ("status", ["type": "string", "enum": ["processing", "completed", "failed"]]),
            ("created_at", unixSeconds), ("output", nullable(imageURLs)), ("error", nullable(taskError)),
        ])
    }

    /// The error envelope of `provider` for answers of HTTP `status`: the codes (reAPI) or
    /// types (API in One) the kinds of that status carry, with `codes` overrides applied.
    static func error(_ provider: Provider, status: Int, codes: ErrorCodes) -> JSONValue {
        let kinds = ErrorKind.all.filter { $0.status == status }
        switch provider {
        case .reapi:
            let values = Array(Set(kinds.map { codes.code(for: $0) })).sorted()
            return object([("error", object([
                ("code", ["type": "integer", "enum": .array(values.map(JSONValue.int))]),
                ("message", ["type": "string"]),
                ("request_id", ["type": "string", "pattern": "^req_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"]),
            ]))])
        case .apiinone:
            let types = Array(Set(kinds.map(\.apiInOneType))).sorted()
            return object([("error", object([
                ("code", ["const": .int(status)]), ("message", ["type": "string"]),
                ("type", ["type": "string", "enum": .array(types.map(JSONValue.string))]),
            ]))])
        }
    }

    /// What each status means, with its kinds and codes: the response's description.
    static func errorDescription(_ provider: Provider, status: Int, codes: ErrorCodes) -> String {
        let kinds = ErrorKind.all.filter { $0.status == status }
        let names = kinds.map { provider == .reapi ? "\(codes.code(for: $0)) \($0.name)" : "\($0.apiInOneType) (\($0.name))" }
        return "Error envelope of \(provider.rawValue): " + names.joined(separator: ", ")
    }

    /// Every HTTP status an error kind answers with.
    static var errorStatuses: [Int] { Array(Set(ErrorKind.all.map(\.status))).sorted() }
}
