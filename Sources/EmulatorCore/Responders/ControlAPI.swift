/// Handlers of the control API: state, clock, scenario, journal, accounts and sessions.
/// Each one reads or changes the addressed session through its typed calls and renders JSON.
struct ControlAPI: Sendable {
    let configuration: EmulatorConfiguration
    let sessions: SessionRegistry
    /// Wall time at start, for `uptime_seconds`.
    let startedWallMilliseconds: Int64
    let metrics: EmulatorMetrics
    let renderGate: RenderGate

    /// The answer to a control call: now, except a clock advance, which waits for its webhook
    /// deliveries off the request thread.
    func answer(_ route: ControlRoute, _ parameters: [String: String], _ request: HTTPRequest, _ context: RequestContext) -> Answer {
        guard route == .advanceClock else { return Answer(handle(route, parameters, request, context)) }
        if let refusal = refusal(route, request, context) { return Answer(refusal) }
        return advanceClock(context.session, request.body, context)
    }

    /// The refusal of a call from a foreign origin or without the admin token, if any.
    private func refusal(_ route: ControlRoute, _ request: HTTPRequest, _ context: RequestContext) -> HTTPResponse? {
        if route != .health, let origin = request.header("origin"),
           !configuration.access.acceptsOrigin(origin, publicURL: configuration.publicURL) {
            return context.error(AccessPolicy.foreignOrigin(origin))
        }
        if route != .health, let token = configuration.adminToken {
            switch BearerToken.parse(request.header("authorization")) {
            case .success(let given) where given == token: break
            case .failure(.missing): return context.error(APIError(.authMissing, "the control API needs Authorization: Bearer <admin token>"))
            default: return context.error(APIError(.keyUnknown, "invalid admin token"))
            }
        }
        return nil
    }

    func handle(_ route: ControlRoute, _ parameters: [String: String], _ request: HTTPRequest, _ context: RequestContext) -> HTTPResponse {
        if let refusal = refusal(route, request, context) { return refusal }
        let session = context.session
        let result: Result<JSONValue, APIError>
        switch route {
        case .health: result = .success(healthBody())
        case .reset:
            session.reset()
            result = .success(["status": "reset", "clock": Self.clockBody(session)])
        case .getScenario: result = .success(Self.scenarioBody(session))
        case .putScenario: result = replaceScenario(session, request.body)
        case .getClock: result = .success(Self.clockBody(session))
        case .advanceClock: return advanceClock(session, request.body, context).resolvedResponse()
        case .listTasks: result = tasksBody(session, request.query)
        case .getTask: result = taskBody(session, parameters["id"] ?? "")
        case .listRequests: result = journalBody(session, request.query)
        case .clearRequests: result = .success(["cleared": .int(session.clearRequests())])
        case .listAccounts: result = accountsBody(session, request.query)
        case .getAccount: result = accountBody(session, parameters["key"] ?? "")
        case .putAccount: result = updateAccount(session, parameters["key"] ?? "", request.body)
        case .createSession: return createSession(request.body, context)
        case .listSessions: result = sessionsBody(request.query)
        case .endSession: result = endSession(parameters["id"] ?? "")
        case .metrics: return metricsResponse()
        case .listModels: return .jsonBytes(200, session.modelListingBytes)
        case .getReport where request.query["format"] == "markdown":
            return HTTPResponse(status: 200, headers: [("Content-Type", "text/markdown; charset=utf-8")],
                                body: Array(ReportMarkdown.render([session.reportJSON()]).utf8))
        case .getReport: result = .success(session.reportJSON())
        case .clearReport: result = .success(["cleared": .int(session.clearReport())])
        case .openAPI: return .jsonBytes(200, session.openAPIBytes)
        }
        switch result {
        case .success(let body): return .json(200, body)
        case .failure(let error): return context.error(error)
        }
    }

    func healthBody() -> JSONValue {
        ["status": "ok", "version": .string(configuration.version), "provider": .string(configuration.provider.rawValue),
         "uptime_seconds": .int(Int((EmulatorClock.systemMilliseconds() - startedWallMilliseconds) / 1000))]
    }

    static func clockBody(_ session: Session) -> JSONValue {
        let now = session.clock.now()
        return ["mode": .string(session.clock.mode.rawValue), "time_scale": .double(session.clock.timeScale), "now": .string(now.iso8601),
                "now_unix": .int(Int(now.unixSeconds)), "now_ms": .int(Int(now.milliseconds)),
                "seed": Self.seedValue(session.seed)]
    }

    /// A seed as JSON: an integer (drawn seeds stay below 2^53, safe in any JSON reader); one
    /// given past 2^63 - 1 as its decimal string.
    static func seedValue(_ seed: UInt64) -> JSONValue {
        seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))
    }

    /// `{"seconds": N}` or `{"milliseconds": N}`: moves the clock and reports what fell due,
    /// once the webhook attempts it made were answered (a deferred answer: no thread waits).
    func advanceClock(_ session: Session, _ body: [UInt8], _ context: RequestContext) -> Answer {
        let object: JSONObject
        switch ProviderAPI.parseObject(body) {
        case .failure(let e): return Answer(context.error(e))
        case .success(let o): object = o
        }
        let milliseconds: Int64
        let limit = Double(EmulatorClock.maxAdvanceMilliseconds)
        if let seconds = object["seconds"]?.doubleValue, seconds >= 0, seconds * 1000 <= limit {
            milliseconds = Int64((seconds * 1000).rounded())
        } else if let ms = object["milliseconds"]?.doubleValue, ms >= 0, ms <= limit {
            milliseconds = Int64(ms.rounded())
        } else {
            return Answer(context.error(APIError(.invalidValue, "send {\"seconds\": N} with N a number from 0 to 100 years (or {\"milliseconds\": N})")))
        }
        // The advance is reserved now (a refusal is answered now); moving the clock in slices,
        // booking what fell due and the webhook attempts run off the request thread.
        let target: Timestamp
        switch session.reserveAdvance(milliseconds: milliseconds) {
        case .failure(let error): return Answer(context.error(APIError(.invalidValue, error.description)))
        case .success(let t): target = t
        }
        let deferred = DeferredAnswer { deliver in
            session.settleAndDeliver(to: target, advanced: milliseconds) { advance in
                let listed = advance.listedJSON
                let kept = ListingBytes.fitting(listed)
                var response = HTTPResponse.json(200, ["advanced_ms": .int(Int(milliseconds)), "clock": Self.clockBody(session),
                                                       "changes": .array(Array(listed.prefix(kept))),
                                                       "count": .int(advance.count + advance.callbackCount),
                                                       "truncated": .bool(advance.truncated || kept < listed.count)])
                response.headers.append(("Date", session.clock.now().httpDate))
                deliver(response)
            }
        }
        let fallback = context.error(APIError(.unavailable, "clock/advance was still waiting for webhook receivers when its answer could be held no longer (--max-hold, or a stop); the advance goes on: GET /_emulator/requests lists its deliveries"))
        var answer = Answer(fallback, delivery: .later(deferred))
        answer.journalStatus = 200
        return answer
    }

    static func scenarioBody(_ session: Session) -> JSONValue {
        let (sc, source, text) = session.scenario
        return ["name": sc.name.map(JSONValue.string) ?? .null, "source": .string(source),
                "rules": .int(sc.rules.count), "accounts": sc.accounts.map { .int($0.count) } ?? .null,
                "memory_bytes": .int(session.scenarioFootprintBytes),
                "memory_budget_bytes": .int(session.settings.configuration.maxScenarioBytes),
                "text": text.map(JSONValue.string) ?? .null]
    }

    /// Replaces the scenario (YAML or JSON body) and resets the session, as if it had been
    /// started with it. An invalid one is refused whole and the running one stays.
    func replaceScenario(_ session: Session, _ body: [UInt8]) -> Result<JSONValue, APIError> {
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(APIError(.invalidJSON, "scenario must be UTF-8 YAML or JSON"))
        }
        let source = "PUT /_emulator/scenario"
        do {
            let base = session.settings.baseValidator
            let scenario = try ScenarioLoader.parse(text, source: source, knownModels: base.knownModels, catalog: base.modelCatalog)
            try session.replaceScenario(scenario, source: source, text: text)
            return .success(Self.scenarioBody(session))
        } catch {
            return .failure(Self.invalidScenario(error))
        }
    }

    static func invalidScenario(_ error: any Error) -> APIError {
        if let error = error as? ScenarioError {
            return APIError(.invalidValue, "invalid scenario: " + error.problems.map(\.description).joined(separator: "; "))
        }
        return APIError(.invalidValue, "invalid scenario: \(error)")
    }
}
