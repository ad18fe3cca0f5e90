/// The control API under `/_emulator/` (JSON in, JSON out): one name per route, for the
/// outcome and the metrics label.
enum ControlRoute: Sendable {
    case health, reset, getScenario, putScenario, getClock, advanceClock
    case listTasks, getTask, listRequests, clearRequests, listAccounts, getAccount, putAccount
    case createSession, listSessions, endSession, metrics
    case listModels, openAPI
    case getReport, clearReport

    /// Every control route, one row each: method, path, handler and OpenAPI shape. The router,
    /// the metrics labels and the OpenAPI document read this table; a new route is a case, a
    /// row and its handler.
    static let table: [ControlEndpoint] = [
        .init("GET", "/_emulator/health", .health, open: true, json: { api, _, _ in api.healthBody() },
              .init("Liveness and version", answer: "Health")),
        .init("POST", "/_emulator/reset", .reset, json: { _, _, c in ControlAPI.reset(c.session) },
              .init("Clear tasks, ledger, journal and counters; reset the clock", answer: "Reset")),
        .init("GET", "/_emulator/scenario", .getScenario, json: { _, _, c in ControlAPI.scenarioBody(c.session) },
              .init("The scenario in force", answer: "Scenario")),
        .init("PUT", "/_emulator/scenario", .putScenario, answer: { api, r, c throws(APIError) in try api.replaceScenario(c.session, r.body, c) },
              .init("Replace the scenario (YAML or JSON) and reset", body: ["type": "string"], contentType: "application/yaml",
                    alsoJSON: true, answer: "Scenario", errors: ControlShape.deferredErrors)),
        .init("GET", "/_emulator/clock", .getClock, json: { _, _, c in ControlAPI.clockBody(c.session) },
              .init("The clock", answer: "Clock")),
        .init("POST", "/_emulator/clock/advance", .advanceClock, answer: { api, r, c throws(APIError) in try api.advanceClock(c.session, r.body, c) },
              .init("Advance the clock", body: OpenAPIControlSchema.ref("AdvanceRequest"), answer: "ClockAdvance",
                    errors: ControlShape.deferredErrors)),
        .init("GET", "/_emulator/tasks", .listTasks, json: { api, r, c throws(APIError) in try api.tasksBody(c.session, r.query) },
              .init("Tasks, latest last", answer: "TaskList", query: OpenAPIControlSchema.taskQuery)),
        .init("GET", "/_emulator/tasks/{id}", .getTask, json: { api, _, c throws(APIError) in try api.taskBody(c.session, c.parameter("id")) },
              .init("One task with its timeline and poll body", answer: "TaskDetail")),
        .init("GET", "/_emulator/requests", .listRequests, json: { api, r, c throws(APIError) in try api.journalBody(c.session, r.query) },
              .init("The request journal", answer: "RequestList", query: OpenAPIControlSchema.journalQuery)),
        .init("DELETE", "/_emulator/requests", .clearRequests, json: { _, _, c in ["cleared": .int(c.session.clearRequests())] },
              .init("Clear the journal", answer: "Cleared")),
        .init("GET", "/_emulator/accounts", .listAccounts, json: { api, r, c throws(APIError) in try api.accountsBody(c.session, r.query) },
              .init("Accounts and balances", answer: "AccountList", query: OpenAPIControlSchema.pageQuery)),
        .init("GET", "/_emulator/accounts/{key}", .getAccount,
              json: { api, _, c throws(APIError) in try api.accountBody(c.session, c.parameter("key")) },
              .init("One account with its ledger", answer: "Account")),
        .init("PUT", "/_emulator/accounts/{key}", .putAccount,
              json: { api, r, c throws(APIError) in try api.updateAccount(c.session, c.parameter("key"), r.body) },
              .init("Set credits and/or revoked (creates the account)", body: OpenAPIControlSchema.ref("AccountUpdate"),
                    answer: "Account")),
        .init("POST", "/_emulator/sessions", .createSession, listenerWide: true, 
              answer: { api, r, c throws(APIError) in try api.createSession(r.body, c) },
              .init("Open a session", body: OpenAPIControlSchema.ref("SessionRequest"), bodyRequired: false, answer: "Session",
                    created: true, errors: ControlShape.deferredErrors + [429])),
        .init("GET", "/_emulator/sessions", .listSessions, listenerWide: true,
              json: { api, r, _ throws(APIError) in try api.sessionsBody(r.query) },
              .init("Open sessions, oldest first", answer: "SessionList", query: OpenAPIControlSchema.pageQuery)),
        .init("DELETE", "/_emulator/sessions/{id}", .endSession, listenerWide: true,
              json: { api, _, c throws(APIError) in try api.endSession(c.parameter("id")) },
              .init("End a session", answer: "SessionEnded")),
        .init("GET", "/_emulator/metrics", .metrics, listenerWide: true, answer: { api, _, _ in api.metricsAnswer() },
              .init("Prometheus text exposition of the emulator's counters and gauges", answer: "Metrics", plainText: true)),
        .init("GET", "/_emulator/models", .listModels, answer: { _, _, c in Answer(.jsonBytes(200, c.session.modelListingBytes)) },
              .init("The models this provider serves", answer: "ModelListing")),
        .init("GET", "/_emulator/report", .getReport, answer: { _, r, c in ControlAPI.report(r, c) },
              .init("The session's coverage and client-behaviour report", answer: "Report")),
        .init("DELETE", "/_emulator/report", .clearReport, json: { _, _, c in ["cleared": .int(c.session.clearReport())] },
              .init("Start the report over", answer: "Cleared")),
        .init("GET", "/_emulator/openapi.json", .openAPI, answer: { _, _, c in Answer(.jsonBytes(200, c.session.openAPIBytes)) },
              .init("This document", answer: "OpenAPI")),
    ]
}

/// One row of the control table.
struct ControlEndpoint: Sendable {
    typealias Handler = @Sendable (ControlAPI, HTTPRequest, RequestContext) throws(APIError) -> Answer

    let method: String
    let path: String
    let route: ControlRoute
    /// Served without the admin token and from any origin (the health check).
    let open: Bool
    /// A route of the listener as a whole, not of one session: not served under `/sessions/{id}/`.
    let listenerWide: Bool
    let handle: Handler
    let shape: ControlShape

    init(_ method: String, _ path: String, _ route: ControlRoute, open: Bool = false, listenerWide: Bool = false,
         answer: @escaping Handler, _ shape: ControlShape) {
        self.method = method
        self.path = path
        self.route = route
        self.open = open
        self.listenerWide = listenerWide
        self.handle = answer
        self.shape = shape
    }

    /// A route answering 200 with the JSON body `json` returns.
    init(_ method: String, _ path: String, _ route: ControlRoute, open: Bool = false, listenerWide: Bool = false,
         json: @escaping @Sendable (ControlAPI, HTTPRequest, RequestContext) throws(APIError) -> JSONValue, _ shape: ControlShape) {
        self.init(method, path, route, open: open, listenerWide: listenerWide,
                  answer: { api, request, context throws(APIError) in Answer(.json(200, try json(api, request, context))) }, shape)
    }

    /// `GET /_emulator/health`: the metrics label of a route.
    var label: String { method + " " + path }
}

/// What the OpenAPI document says of a control route.
struct ControlShape: Sendable {
    var summary: String
    /// The request body's schema and content type (nil: none).
    var body: JSONValue?
    var contentType: String
    var bodyRequired: Bool
    /// The body may also be sent as a JSON object (the scenario: YAML or JSON).
    var alsoJSON: Bool
    /// The component schema of the answer.
    var answer: String
    /// Query parameters (name, schema).
    var query: [(String, JSONValue)]
    /// Answered 201 (a resource made) instead of 200.
    var created: Bool
    /// Answered in Prometheus' text format, not JSON.
    var plainText: Bool
    /// The error statuses it can answer.
    var errors: [Int]

    /// What every control route can answer.
    static let commonErrors = [400, 401, 404, 413, 500]
    /// A route whose work runs off the request threads (a scenario check, an advance): its
    /// answer is 503 when `--max-hold` or a stop comes first (the work still takes effect).
    static let deferredErrors = commonErrors + [503]

    init(_ summary: String, body: JSONValue? = nil, contentType: String = "application/json", bodyRequired: Bool = true,
         alsoJSON: Bool = false, answer: String, query: [(String, JSONValue)] = [], created: Bool = false, plainText: Bool = false,
         errors: [Int] = ControlShape.commonErrors) {
        self.summary = summary
        self.body = body
        self.contentType = body == nil ? "" : contentType
        self.bodyRequired = bodyRequired
        self.alsoJSON = alsoJSON
        self.answer = answer
        self.query = query
        self.created = created
        self.plainText = plainText
        self.errors = errors
    }
}
