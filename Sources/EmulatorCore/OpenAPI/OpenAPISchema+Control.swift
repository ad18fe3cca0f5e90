/// The control API in the document: every route of `ControlRoute.table`, with the bodies
/// docs/control-api.md shows. Answers are objects whose documented keys are required; they
/// may grow keys in later versions, so `additionalProperties` stays open.
enum OpenAPIControlSchema {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/" + name)] }

    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil, open: Bool = true) -> JSONValue {
        ["type": "object", "additionalProperties": .bool(open), "properties": .object(JSONObject(properties)),
         "required": .array((required ?? properties.map(\.0)).map(JSONValue.string))]
    }

    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let time: JSONValue = ["type": "string", "format": "date-time"]
    static func nullable(_ schema: JSONValue) -> JSONValue { ["oneOf": [["type": "null"], schema]] }

    /// The answer bodies, as `ControlAPI` renders them.
    static let components: [(String, JSONValue)] = [
        ("Health", object([("status", ["const": "ok"]), ("version", string), ("provider", ["enum": ["reapi", "apiinone"]]),
                           ("uptime_seconds", integer)])),
        ("Clock", object([("mode", ["enum": ["real", "virtual"]]), ("time_scale", ["type": "number"]), ("now", time),
                          ("now_unix", integer), ("now_ms", integer)])),
        ("ClockAdvance", object([("advanced_ms", integer), ("clock", ref("Clock")),
                                 ("changes", ["type": "array", "items": object([("task_id", string), ("event", string), ("at", time)])])])),
        ("Reset", object([("status", ["const": "reset"]), ("clock", ref("Clock"))])),
        ("Scenario", object([("name", nullable(string)), ("source", string), ("rules", integer),
                             ("accounts", nullable(integer)), ("memory_bytes", integer), ("memory_budget_bytes", integer),
                             ("text", nullable(string))])),
        ("TaskSummary", object([("id", string), ("model", string), ("key", string),
                                ("status", ["enum": ["processing", "completed", "failed"]]), ("created_at", time),
                                ("settles_at", time), ("outcome", ["oneOf": [["const": "completes"], object([("fails", integer)])]]),
                                ("credits", integer), ("images", integer), ("size", string), ("rule", nullable(integer)),
                                ("refunded_at", nullable(time))])),
        ("TaskList", object([("tasks", ["type": "array", "items": ref("TaskSummary")]), ("count", integer), ("truncated", boolean)])),
        // The result URLs under the task's media kind's output field (image_urls, video_urls or
        // audio_urls), plus last_frame_url for a clip that asked for it.
        ("TaskDetail", ["allOf": [ref("TaskSummary"), object([
            ("prompt", string), ("parameters", ["type": "object"]),
            ("image_urls", ["type": "array", "items": string]), ("video_urls", ["type": "array", "items": string]),
            ("audio_urls", ["type": "array", "items": string]), ("last_frame_url", string),
            ("expires_at", nullable(time)), ("timeline", ["type": "array", "items": object([("event", string), ("at", time)])]),
            ("body", ["type": "object"]),
        ], required: ["prompt", "parameters", "expires_at", "timeline", "body"])]]),
        ("RequestList", object([("requests", ["type": "array", "items": object([
            ("seq", integer), ("direction", ["enum": ["inbound", "outbound"]]), ("method", string), ("path", string),
            ("status", integer), ("request_id", string), ("at", time),
        ])]), ("count", integer), ("capacity", integer), ("evicted", integer), ("truncated", boolean)])),
        ("Cleared", object([("cleared", integer)])),
        ("Account", object([("key", string), ("credits", integer), ("revoked", ["type": "boolean"]),
                            ("ledger", ["type": "array", "items": object([("amount", integer), ("reason", ["enum": ["charge", "refund", "adjustment"]])])])],
                           required: ["key", "credits", "revoked"])),
        ("AccountList", object([("accounts", ["type": "array", "items": object([("key", string), ("credits", integer)])])])),
        // Keys besides these two are ignored; at least one of them must be sent.
        ("AccountUpdate", ["allOf": [object([("credits", ["type": "integer", "minimum": 0, "maximum": .int(CreditBounds.maxBalance)]), ("revoked", ["type": "boolean"])], required: []),
                                     ["anyOf": [["required": ["credits"]], ["required": ["revoked"]]]]]]),
        ("Session", object([("id", ["type": "string", "pattern": "^ses_[0-9a-f]{24}$"]), ("name", nullable(string)),
                            ("base_url", string), ("clock", ref("Clock")), ("created_at", time), ("last_used_at", time),
                            ("tasks", integer)])),
        ("SessionList", object([("sessions", ["type": "array", "items": ref("Session")]), ("count", integer), ("max_sessions", integer),
                                ("truncated", boolean)])),
        ("SessionEnded", object([("id", string), ("ended", ["const": true])])),
        // Every field may be null (= not given).
        ("SessionRequest", object([
            ("scenario", ["type": ["string", "object", "null"], "description": "A scenario as YAML text or a JSON object"]),
            ("clock", ["enum": ["virtual", "real", nil]]), ("seed", ["type": ["integer", "null"], "minimum": 0]),
            ("time_scale", ["type": ["number", "null"], "minimum": .double(EmulatorClock.timeScaleRange.lowerBound),
                            "maximum": .int(Int(EmulatorClock.timeScaleRange.upperBound))]), ("name", ["type": ["string", "null"]]),
        ], required: [], open: false)),
        ("ModelListing", object([("provider", ["enum": ["reapi", "apiinone"]]), ("count", integer),
                                 ("models", ["type": "array", "items": object([("id", string), ("family", string), ("fields", ["type": "array"])])])])),
        ("OpenAPI", object([("openapi", ["const": "3.1.0"]), ("paths", ["type": "object"])])),
        // The report's shape is documented in docs/control-api.md#report; here: an object.
        ("Report", ["type": "object"]),
        // Prometheus text format (docs/control-api.md#metrics), not JSON.
        ("Metrics", ["type": "string"]),
        // `seconds` wins when both are valid; other keys are ignored.
        ("AdvanceRequest", ["anyOf": [
            object([("seconds", ["type": "number", "minimum": 0, "maximum": .int(Int(EmulatorClock.maxAdvanceMilliseconds / 1000))])]),
            object([("milliseconds", ["type": "number", "minimum": 0, "maximum": .int(Int(EmulatorClock.maxAdvanceMilliseconds))])]),
        ]]),
    ]

    /// A path parameter: not empty, and no control character (the listener refuses those with 400,
    /// docs/limits.md).
    static let pathSegment: JSONValue = ["type": "string", "minLength": 1, "pattern": "^[^\\x00-\\x1F\\x7F]+$"]

    /// `?limit=N` of a listing: an integer >= 0; more than 1,000 is served as 1,000 (default 100).
    static let limit: JSONValue = ["type": "integer", "minimum": 0, "maximum": .int(Int.max),
                                   "description": "default 100; more than 1000 is served as 1000"]

    /// `?cursor=` of the task and journal listings: the `next` they answered, a sequence number
    /// (empty is the same as none).
    static let sequenceCursor: JSONValue = ["type": "string", "pattern": "^[0-9]{0,18}$"]

    /// `?limit=N`: a 64-bit integer >= 0.
    static let count: JSONValue = ["type": "integer", "minimum": 0, "maximum": .int(Int.max)]

    /// Query parameters of the list routes: the tasks', the journal's, and the accounts' and sessions'.
    /// An unknown task status matches no task (an empty list), so any text is valid.
    static let taskQuery: [(String, JSONValue)] = [("key", string), ("status", string), ("limit", limit), ("cursor", sequenceCursor)]
    static let journalQuery: [(String, JSONValue)] = [("path", string), ("status", ["type": "integer", "minimum": .int(Int.min), "maximum": .int(Int.max)]),
                                                      ("limit", limit), ("cursor", sequenceCursor)]
    static let pageQuery: [(String, JSONValue)] = [("limit", limit), ("cursor", string)]

    /// The path items of every control route (the session routes only when `document.sessionRoutes`).
    static func paths(_ document: OpenAPIDocument) -> [(String, JSONValue)] {
        var items: [(String, JSONObject)] = []
        for row in ControlRoute.table where document.sessionRoutes || !row.listenerWide {
            let (method, path, shape) = (row.method, row.path, row.shape)
            let names = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            var operation: JSONObject = ["operationId": .string("control" + method.prefix(1).uppercased() + method.dropFirst().lowercased() + identifier(path)),
                                         "summary": .string(shape.summary), "tags": ["control"]]
            operation["security"] = document.adminToken && !row.open ? [["bearer": []]] : []
            let parameters = names.map { name -> JSONValue in
                // An account key is what a Bearer header can carry: printable ASCII, no space.
                let schema: JSONValue = name == "key" ? ["type": "string", "pattern": "^[!-~]+$"] : pathSegment
                return ["name": .string(name), "in": "path", "required": true, "schema": schema]
            } + shape.query.map { name, schema -> JSONValue in
                ["name": .string(name), "in": "query", "required": false, "schema": schema]
            }
            if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
            if let body = shape.body {
                var content: JSONObject = [shape.contentType: ["schema": body]]
                if shape.alsoJSON { content["application/json"] = ["schema": ["type": "object"]] }
                operation["requestBody"] = ["required": .bool(shape.bodyRequired),
                                            "content": .object(content)]
            }
            var responses = document.responses(ok: ("OK", shape.answer), errors: shape.errors)
            if shape.created, let ok = responses["200"] {
                responses["201"] = ok
                responses["200"] = nil
            }
            if shape.plainText {
                // Prometheus' text exposition format, not JSON.
                responses["200"] = ["description": "OK", "content": ["text/plain": ["schema": ref("Metrics")]]]
            }
            operation["responses"] = .object(responses)
            if let index = items.firstIndex(where: { $0.0 == path }) {
                items[index].1[method.lowercased()] = .object(operation)
            } else {
                items.append((path, [method.lowercased(): .object(operation)]))
            }
        }
        return items.map { ($0.0, .object($0.1)) }
    }

    /// `/_emulator/clock/advance` → `ClockAdvance`.
    private static func identifier(_ path: String) -> String {
        path.split(whereSeparator: { $0 == "/" || $0 == "_" || $0 == "." || $0 == "{" || $0 == "}" })
            .filter { $0 != "emulator" }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
