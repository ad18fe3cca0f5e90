/// Handlers of the control API: state, clock, scenario, journal and accounts.
extension EmulatorApp {
    func control(_ route: ControlRoute, _ parameters: [String: String], _ request: HTTPRequest, requestID: String) -> HTTPResponse {
        let errors = self.errors
        if route != .health, let token = configuration.adminToken {
            switch BearerToken.parse(request.header("authorization")) {
            case .success(let given) where given == token: break
            case .failure(.missing): return errors.response(APIError(.authMissing, "the control API needs Authorization: Bearer <admin token>"), requestID: requestID)
            default: return errors.response(APIError(.keyUnknown, "invalid admin token"), requestID: requestID)
            }
        }
        let result: Result<JSONValue, APIError>
        switch route {
        case .health: result = .success(healthBody())
        case .reset: result = .success(reset())
        case .getScenario: result = .success(scenarioBody())
        case .putScenario: result = replaceScenario(request.body)
        case .getClock: result = .success(clockBody())
        case .advanceClock: result = advanceClock(request.body)
        case .listTasks: result = .success(tasksBody(request.query))
        case .getTask: result = taskBody(parameters["id"] ?? "")
        case .listRequests: result = journalBody(request.query)
        case .clearRequests: result = .success(clearJournal())
        case .listAccounts: result = .success(accountsBody())
        case .getAccount: result = accountBody(parameters["key"] ?? "")
        case .putAccount: result = updateAccount(parameters["key"] ?? "", request.body)
        }
        switch result {
        case .success(let body): return .json(200, body)
        case .failure(let error): return errors.response(error, requestID: requestID)
        }
    }

    func healthBody() -> JSONValue {
        ["status": "ok", "version": .string(configuration.version), "provider": .string(configuration.provider.rawValue),
         "uptime_seconds": .int(Int((EmulatorClock.systemMilliseconds() - startedWallMilliseconds) / 1000))]
    }

    /// Tasks, ledger, journal, rule counters and clock back to the scenario's start.
    public func reset() -> JSONValue {
        let scenario = state.withLock { s -> Scenario in
            let settings = Self.clockSettings(for: s.active.scenario, override: clockOverride, configuration: configuration)
            s.reset(seed: settings.seed)
            return s.active.scenario
        }
        journal.withLock { journal in
            journal.clear()
            if let capacity = scenario.journalCapacity { journal.resize(capacity) }
        }
        let settings = Self.clockSettings(for: scenario, override: clockOverride, configuration: configuration)
        clock.reset(mode: settings.mode, timeScale: settings.timeScale, start: scenario.startTime)
        return ["status": "reset", "clock": clockBody()]
    }

    func clockBody() -> JSONValue {
        let now = clock.now()
        return ["mode": .string(clock.mode.rawValue), "time_scale": .double(clock.timeScale), "now": .string(now.iso8601),
                "now_unix": .int(Int(now.unixSeconds)), "now_ms": .int(Int(now.milliseconds))]
    }

    /// `{"seconds": N}` or `{"milliseconds": N}`: moves the clock and reports what fell due.
    func advanceClock(_ body: [UInt8]) -> Result<JSONValue, APIError> {
        let object: JSONObject
        switch Self.parseObject(body) {
        case .failure(let e): return .failure(e)
        case .success(let o): object = o
        }
        let milliseconds: Int64
        let limit = Double(EmulatorClock.maxAdvanceMilliseconds)
        if let seconds = object["seconds"]?.doubleValue, seconds >= 0, seconds * 1000 <= limit {
            milliseconds = Int64((seconds * 1000).rounded())
        } else if let ms = object["milliseconds"]?.doubleValue, ms >= 0, ms <= limit {
            milliseconds = Int64(ms.rounded())
        } else {
            return .failure(APIError(.invalidValue, "send {\"seconds\": N} with N a number from 0 to 100 years (or {\"milliseconds\": N})"))
        }
        if case .failure(let error) = clock.advanceWithinRange(byMilliseconds: milliseconds) {
            return .failure(APIError(.invalidValue, error.description))
        }
        let now = clock.now()
        let changes = state.withLock { s in
            s.settle(now).map { event -> JSONValue in
                var change: JSONObject = ["task_id": .string(event.taskID), "event": .string(event.kind.rawValue),
                                          "at": .string(event.at.iso8601), "at_unix": .int(Int(event.at.unixSeconds))]
                if event.kind == .failed, let task = s.tasks[event.taskID] {
                    change["refunded"] = .int(task.order.credits)
                    change["key"] = .string(task.owner)
                }
                return .object(change)
            }
        }
        return .success(["advanced_ms": .int(Int(milliseconds)), "clock": clockBody(), "changes": .array(changes)])
    }

    func scenarioBody() -> JSONValue {
        state.withLock { s in
            let sc = s.active.scenario
            return ["name": sc.name.map(JSONValue.string) ?? .null, "source": .string(s.active.source),
                    "rules": .int(sc.rules.count), "accounts": sc.accounts.map { .int($0.count) } ?? .null,
                    "text": s.active.text.map(JSONValue.string) ?? .null]
        }
    }

    /// Replaces the scenario (YAML or JSON body) and resets state, as if the emulator had
    /// been started with it. An invalid one is refused whole and the running one stays.
    func replaceScenario(_ body: [UInt8]) -> Result<JSONValue, APIError> {
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(APIError(.invalidJSON, "scenario must be UTF-8 YAML or JSON"))
        }
        do {
            let scenario = try ScenarioLoader.parse(text, source: "PUT /_emulator/scenario", knownModels: baseValidator.knownModels)
            let active = try ActiveScenario(scenario, source: "PUT /_emulator/scenario", text: text, baseValidator: baseValidator,
                                            provider: configuration.provider)
            state.withLock { $0.active = active }
            _ = reset()
            return .success(scenarioBody())
        } catch let error as ScenarioError {
            return .failure(APIError(.invalidValue, "invalid scenario: " + error.problems.map(\.description).joined(separator: "; ")))
        } catch {
            return .failure(APIError(.invalidValue, "invalid scenario: \(error)"))
        }
    }
}

extension EmulatorApp {
    /// Calls a control endpoint in-process and returns its JSON (for the Swift API).
    public func control(json method: String, _ path: String, body: String = "") throws -> JSONValue {
        let response = handle(HTTPRequest(method: method, path: path, headers: configuration.adminToken.map { ["Authorization": "Bearer \($0)"] } ?? [:],
                                          body: Array(body.utf8)))
        let value = try JSONParser.parse(response.body)
        guard (200..<300).contains(response.status) else { throw ControlError(status: response.status, body: value) }
        return value
    }
}

/// A control call that did not answer 2xx.
public struct ControlError: Error, Sendable {
    public let status: Int
    public let body: JSONValue
}
