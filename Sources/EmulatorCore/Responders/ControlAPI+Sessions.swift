/// `POST/GET /_emulator/sessions`, `DELETE /_emulator/sessions/{id}`: isolated sessions,
/// each with its own clock, scenario, accounts, tasks, media, journal and rule counters.
extension ControlAPI {
    /// Body (all optional): `{"scenario": <YAML text or JSON object>, "clock": "virtual"|"real",
    /// "seed": N, "time_scale": X, "name": "…"}` → 201 with the session's id and base URL.
    func createSession(_ body: [UInt8], _ context: RequestContext) -> HTTPResponse {
        let object: JSONObject
        if body.isEmpty {
            object = [:]
        } else {
            switch ProviderAPI.parseObject(body) {
            case .failure(let e): return context.error(e)
            case .success(let o): object = o
            }
        }
        let request: SessionRequest
        switch SessionRequest.parse(object) {
        case .failure(let e): return context.error(e)
        case .success(let r): request = r
        }
        let source = "POST /_emulator/sessions"
        let scenario: Scenario
        let base = sessions.defaultSession.settings.baseValidator
        do {
            scenario = try request.scenarioText.map {
                try ScenarioLoader.parse($0, source: source, knownModels: base.knownModels, catalog: base.modelCatalog)
            } ?? .empty
        } catch {
            return context.error(Self.invalidScenario(error))
        }
        do {
            let session = try sessions.open(scenario: scenario, source: request.scenarioText == nil ? "none" : source,
                                            text: request.scenarioText, name: request.name) { overrides in
                overrides.mode = request.clock ?? overrides.mode
                overrides.seed = request.seed ?? overrides.seed
                overrides.timeScale = request.timeScale ?? overrides.timeScale
            }
            return .json(201, sessionBody(session))
        } catch SessionRegistry.CreateError.limitReached(let max) {
            return context.error(APIError(.sessionLimit, "too many sessions: \(max) are open (--max-sessions); end one with DELETE /_emulator/sessions/{id}"))
        } catch {
            return context.error(Self.invalidScenario(error))
        }
    }

    func sessionBody(_ session: Session) -> JSONValue {
        var o: JSONObject = ["id": .string(session.id), "name": session.name.map(JSONValue.string) ?? .null,
                             "base_url": .string(session.baseURL), "clock": Self.clockBody(session)]
        o["created_at"] = .string(Timestamp(milliseconds: session.createdWallMilliseconds).iso8601)
        o["last_used_at"] = .string(Timestamp(milliseconds: session.lastUsedWall.load(ordering: .relaxed)).iso8601)
        o["tasks"] = .int(session.taskCount)
        return .object(o)
    }

    /// `?limit=` (default 100, at most 1000) sessions in creation order after `?cursor=`.
    func sessionsBody(_ query: [String: String]) -> Result<JSONValue, APIError> {
        let paging: Paging<String>
        switch Paging.parse(query, cursor: { $0 }) {
        case .failure(let e): return .failure(e)
        case .success(let p): paging = p
        }
        let all = sessions.all()
        var start = 0
        if let cursor = paging.cursor {
            // Sessions are listed in creation order: a cursor is the id of one still open.
            guard let at = all.firstIndex(where: { $0.id == cursor }) else {
                return .failure(APIError(.invalidValue, "cursor must be the \"next\" value of a previous page, a session still open "
                                         + "(got \"\(MessageTemplate.echo(cursor))\")"))
            }
            start = at + 1
        }
        let asked = all[min(start, all.count)...].prefix(paging.limit)
        let items = asked.map(sessionBody)
        let kept = ListingBytes.fitting(items)
        let page = asked.prefix(kept)
        let more = start + page.count < all.count
        return .success(["sessions": .array(Array(items.prefix(kept))), "count": .int(page.count), "total": .int(all.count),
                         "max_sessions": .int(sessions.maxSessions), "truncated": .bool(kept < items.count),
                         "next": more ? page.last.map { .string($0.id) } ?? .null : .null])
    }

    func endSession(_ id: String) -> Result<JSONValue, APIError> {
        guard let session = sessions.end(id) else {
            return .failure(APIError(.routeNotFound, "session \"\(EmulatorApp.printable(id))\" not found"))
        }
        return .success(["id": .string(session.id), "ended": true])
    }
}

/// A `POST /_emulator/sessions` body, checked.
struct SessionRequest {
    var name: String?
    var scenarioText: String?
    var clock: EmulatorClock.Mode?
    var seed: UInt64?
    var timeScale: Double?

    static func parse(_ o: JSONObject) -> Result<SessionRequest, APIError> {
        var request = SessionRequest()
        for (key, _) in o.pairs where !["scenario", "clock", "seed", "time_scale", "name"].contains(key) {
            return .failure(APIError(.invalidValue, "unknown field \"\(EmulatorApp.printable(key))\"; a session takes scenario, clock, seed, time_scale and name"))
        }
        switch o["name"] {
        case nil, .null?: break
        case .string(let name)?: request.name = name
        default: return .failure(APIError(.invalidValue, "name must be a string"))
        }
        switch o["scenario"] {
        case nil, .null?: break
        case .string(let text)?: request.scenarioText = text
        case .object(let object)?: request.scenarioText = JSONWriter.string(.object(object))
        default: return .failure(APIError(.invalidValue, "scenario must be YAML text or a JSON object"))
        }
        switch o["clock"] {
        case nil, .null?: break
        case .string(let text)?:
            guard let mode = EmulatorClock.Mode(rawValue: text) else { return .failure(APIError(.invalidValue, "clock must be \"virtual\" or \"real\"")) }
            request.clock = mode
        default: return .failure(APIError(.invalidValue, "clock must be \"virtual\" or \"real\""))
        }
        switch o["seed"] {
        case nil, .null?: break
        case .int(let seed)? where seed >= 0: request.seed = UInt64(seed)
        default: return .failure(APIError(.invalidValue, "seed must be an integer >= 0"))
        }
        switch o["time_scale"] {
        case nil, .null?: break
        case let value? where value.doubleValue.map(EmulatorClock.timeScaleRange.contains) == true:
            request.timeScale = value.doubleValue
        default: return .failure(APIError(.invalidValue, "time_scale must be a number from 0.001 to 1000000"))
        }
        return .success(request)
    }
}
