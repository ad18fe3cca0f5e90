/// Handlers of the control API: state, clock, scenario, journal, accounts and sessions.
/// Each one reads or changes the addressed session through its typed calls and renders JSON.
struct ControlAPI: Sendable {
    let configuration: EmulatorConfiguration
    let sessions: SessionRegistry
    /// Wall time at start, for `uptime_seconds`.
    let startedWallMilliseconds: Int64
    let metrics: EmulatorMetrics
    let renderGate: RenderGate

    /// Answers `row`'s route: the origin and the admin token are checked first (but for the
    /// open health check), then its handler runs; a refusal is thrown, rendered by the app.
    func answer(_ row: ControlEndpoint, _ request: HTTPRequest, _ context: RequestContext) throws(APIError) -> Answer {
        if !row.open { try admit(request) }
        return try row.handle(self, request, context)
    }

    /// Refuses a call from a foreign origin or without the admin token.
    private func admit(_ request: HTTPRequest) throws(APIError) {
        if let origin = request.header("origin"), !configuration.access.acceptsOrigin(origin, publicURL: configuration.publicURL) {
            throw AccessPolicy.foreignOrigin(origin)
        }
        if let token = configuration.adminToken {
            switch BearerToken.parse(request.header("authorization")) {
            case .success(let given) where given == token: break
            case .failure(.missing): throw APIError(.authMissing, "the control API needs Authorization: Bearer <admin token>")
            default: throw APIError(.keyUnknown, "invalid admin token")
            }
        }
    }

    static func reset(_ session: Session) -> JSONValue {
        session.reset()
        return ["status": "reset", "clock": clockBody(session)]
    }

    /// The report as JSON, or Markdown with `?format=markdown`.
    static func report(_ request: HTTPRequest, _ context: RequestContext) -> Answer {
        let report = context.session.reportValue()
        guard request.query["format"] == "markdown" else { return Answer(.json(200, report.json)) }
        return Answer(HTTPResponse(status: 200, headers: [("Content-Type", "text/markdown; charset=utf-8")],
                                   body: Array(ReportMarkdown.render([report]).utf8)))
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
    func advanceClock(_ session: Session, _ body: [UInt8], _ context: RequestContext) throws(APIError) -> Answer {
        let object = try ProviderAPI.parseObject(body)
        let milliseconds: Int64
        let limit = Double(EmulatorClock.maxAdvanceMilliseconds)
        if let seconds = object["seconds"]?.doubleValue, seconds >= 0, seconds * 1000 <= limit {
            milliseconds = Int64((seconds * 1000).rounded())
        } else if let ms = object["milliseconds"]?.doubleValue, ms >= 0, ms <= limit {
            milliseconds = Int64(ms.rounded())
        } else {
            throw APIError(.invalidValue, "send {\"seconds\": N} with N a number from 0 to 100 years (or {\"milliseconds\": N})")
        }
        // The advance is reserved now (a refusal is answered now); moving the clock in slices,
        // booking what fell due and the webhook attempts run off the request thread.
        let target: Timestamp
        switch session.reserveAdvance(milliseconds: milliseconds) {
        case .failure(let error): throw APIError(.invalidValue, error.description)
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
        return Answer(fallback, delivery: .later(deferred))
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
    /// started with it. An invalid one is refused whole and the running one stays. Checked
    /// off the request thread (a deferred answer): a long `models:` chain takes a while.
    func replaceScenario(_ session: Session, _ body: [UInt8], _ context: RequestContext) throws(APIError) -> Answer {
        guard let text = String(validating: body, as: UTF8.self) else {
            throw APIError(.invalidJSON, "scenario must be UTF-8 YAML or JSON")
        }
        return .offThread(context) { () throws(APIError) -> HTTPResponse in
            let source = "PUT /_emulator/scenario"
            do {
                let base = session.settings.baseValidator
                let scenario = try ScenarioLoader.parse(text, source: source, knownModels: base.knownModels, catalog: base.modelCatalog)
                try session.replaceScenario(scenario, source: source, text: text)
                return .json(200, Self.scenarioBody(session))
            } catch {
                throw Self.invalidScenario(error)
            }
        }
    }

    static func invalidScenario(_ error: any Error) -> APIError {
        if let error = error as? ScenarioError {
            return APIError(.invalidValue, "invalid scenario: " + error.problems.map(\.description).joined(separator: "; "))
        }
        return APIError(.invalidValue, "invalid scenario: \(error)")
    }
}
