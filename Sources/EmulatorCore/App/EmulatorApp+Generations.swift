/// Submit and poll: the provider API itself (CONTRACTS.md §2–§5), with the scenario's
/// accounts, rate limit, rules and latency applied.
extension EmulatorApp {
    /// Checks the bearer key (10001–10004) and the rate limit (429), in that order.
    /// With no scenario accounts, an unknown key gets an account on first use.
    func admit(_ request: HTTPRequest, now: Timestamp, _ s: inout EmulatorState) -> Result<String, APIError> {
        let key: String
        switch BearerToken.parse(request.header("authorization")) {
        case .failure(.missing):
            return .failure(APIError(.authMissing, "missing Authorization header; send Authorization: Bearer <key>"))
        case .failure(.malformed):
            return .failure(APIError(.authMalformed, "Authorization header must be \"Bearer <key>\""))
        case .success(let k):
            key = k
        }
        if let account = s.accounts[key] {
            if account.revoked { return .failure(APIError(.keyRevoked, "API key has been revoked")) }
        } else if s.active.scenario.accounts != nil {
            return .failure(APIError(.keyUnknown, "invalid API key"))
        } else {
            s.accounts[key] = Account(key: key, credits: s.active.scenario.defaultCredits ?? configuration.defaultCredits)
        }
        if let limit = s.active.scenario.rateLimit?.requestsPerMinute,
           let retry = s.rateLimiter.admit(key, limit: limit, now: now)
        {
            return .failure(APIError(.rateLimited, "rate limit of \(limit) requests per minute exceeded; retry in \(retry) s",
                                     retryAfterSeconds: retry))
        }
        return .success(key)
    }

    func submit(_ request: HTTPRequest, requestID: String) -> Outcome {
        let now = clock.now()
        return state.withLock { s -> Outcome in
            s.settle(now)
            let errors = s.active.errors
            let latency = s.active.scenario.latency.submit.map { s.random.draw(in: $0.min...$0.max) } ?? 0
            func answer(_ response: HTTPResponse, key: String? = nil, rule: Rule? = nil, task: String? = nil) -> Outcome {
                var response = response
                response.delayMilliseconds = rule?.delay.map { s.random.draw(in: $0.min...$0.max) } ?? latency
                return Outcome(response: response, key: key, matchedRule: rule?.index, taskID: task)
            }
            let key: String
            switch admit(request, now: now, &s) {
            case .failure(let error): return answer(errors.response(error, requestID: requestID))
            case .success(let k): key = k
            }
            let order: GenerationOrder
            switch Self.parseObject(request.body).flatMap({ s.active.validator.validate($0, provider: configuration.provider) }) {
            case .failure(let error): return answer(errors.response(error, requestID: requestID), key: key)
            case .success(let o): order = o
            }
            let subject = RuleMatcher.Subject(phase: .submit, model: order.model, prompt: order.prompt, key: key,
                                              provider: configuration.provider)
            let rule = s.active.matcher.pick(for: subject, counters: &s.ruleCounters)
            if let rule {
                if let scripted = rule.respond {
                    return answer(Self.scripted(scripted, errors: errors, requestID: requestID), key: key, rule: rule)
                }
                if rule.reject == .moderation {
                    let error = APIError(.moderationRejected, "prompt was rejected by pre-submission moderation; nothing was charged")
                    return answer(errors.response(error, requestID: requestID), key: key, rule: rule)
                }
                if rule.fault == .resetBeforeAccept {
                    var dropped = answer(HTTPResponse(status: 0), key: key, rule: rule)
                    dropped.response.dropConnection = true
                    return dropped
                }
            }
            let balance = s.accounts[key]?.credits ?? 0
            guard balance >= order.credits else {
                let error = APIError(.insufficientCredits, "insufficient credits: this request costs \(order.credits), the balance is \(balance)")
                return answer(errors.response(error, requestID: requestID), key: key, rule: rule)
            }
            let task = makeTask(order, key: key, rule: rule, now: now, &s)
            s.accept(task)
            // A task due at once (`after: 0`, `duration: 0`) settles before its answer shows it.
            s.settle(now)
            var out = answer(.json(200, TaskEnvelope(task: task, now: now, baseURL: configuration.publicURL).submitBody()),
                             key: key, rule: rule, task: task.id)
            if rule?.fault == .resetAfterAccept { out.response.dropConnection = true }
            return out
        }
    }

    /// Draws the task's fate: the rule's `duration`/`fail`, else the model's documented range.
    private func makeTask(_ order: GenerationOrder, key: String, rule: Rule?, now: Timestamp, _ s: inout EmulatorState) -> TaskRecord {
        let range = rule?.duration.map { $0.min...$0.max } ?? order.durationMilliseconds
        let drawn = s.taskRandom.draw(in: range)
        var settles = now.adding(milliseconds: drawn)
        var outcome = TaskRecord.Outcome.completes
        if let failure = rule?.fail {
            let code = TaskFailureCode(rawValue: failure.code)
            let delay = failure.after ?? code?.defaultDelayMilliseconds(drawn: drawn) ?? drawn
            settles = now.adding(milliseconds: delay)
            outcome = .fails(code: failure.code, message: failure.message ?? code?.defaultMessage ?? "task failed")
        }
        let id = TaskIDGenerator.make(order.idStyle, model: order.model, at: now, random: &s.taskRandom)
        return TaskRecord(id: id, owner: key, order: order, createdAt: now, settlesAt: settles, outcome: outcome, ruleIndex: rule?.index)
    }

    func poll(taskID: String, _ request: HTTPRequest, requestID: String) -> Outcome {
        let now = clock.now()
        return state.withLock { s -> Outcome in
            s.settle(now)
            let errors = s.active.errors
            var delay = s.active.scenario.latency.poll.map { s.random.draw(in: $0.min...$0.max) } ?? 0
            var outcome: Outcome
            switch admit(request, now: now, &s) {
            case .failure(let error):
                outcome = Outcome(response: errors.response(error, requestID: requestID))
            case .success(let key):
                let task = s.tasks[taskID].flatMap { $0.owner == key ? $0 : nil }
                // Poll rules see only tasks that exist and belong to the key.
                let rule = task.flatMap { task in
                    s.active.matcher.pick(for: RuleMatcher.Subject(
                        phase: .poll, model: task.order.model, prompt: task.order.prompt, key: key, provider: configuration.provider),
                        counters: &s.ruleCounters)
                }
                if let ruleDelay = rule?.delay { delay = s.random.draw(in: ruleDelay.min...ruleDelay.max) }
                if let scripted = rule?.respond {
                    outcome = Outcome(response: Self.scripted(scripted, errors: errors, requestID: requestID), key: key, matchedRule: rule?.index)
                } else if rule?.fault != nil {
                    outcome = Outcome(response: HTTPResponse(status: 0), key: key, matchedRule: rule?.index)
                    outcome.response.dropConnection = true
                } else if let task {
                    var response = HTTPResponse(status: 200, headers: [("Content-Type", "application/json")])
                    response.body = s.pollBody(task, now: now, baseURL: configuration.publicURL)
                    outcome = Outcome(response: response, key: key, matchedRule: rule?.index, taskID: task.id)
                } else {
                    let error = APIError(.taskNotFound, "task \"\(Self.printable(taskID))\" not found")
                    outcome = Outcome(response: errors.response(error, requestID: requestID), key: key, matchedRule: rule?.index)
                }
            }
            outcome.response.delayMilliseconds = delay
            return outcome
        }
    }

    /// A scripted HTTP answer: the rule's body, or the listener's envelope for that status.
    static func scripted(_ scripted: ScriptedResponse, errors: ErrorRenderer, requestID: String) -> HTTPResponse {
        var response: HTTPResponse
        if let body = scripted.body {
            response = .json(scripted.status, body)
        } else {
            let kind = ErrorKind.forStatus(scripted.status)
            response = errors.response(APIError(kind, "emulated HTTP \(scripted.status) (scenario rule)", status: scripted.status),
                                       requestID: requestID)
            if scripted.status == 429 { response.headers.append(("Retry-After", "1")) }
        }
        for (name, value) in scripted.headers.sorted(by: { $0.key < $1.key }) { response.headers.append((name, value)) }
        return response
    }

    /// The body must be one JSON object (20001 otherwise: malformed, empty, an array, bad UTF-8).
    static func parseObject(_ bytes: [UInt8]) -> Result<JSONObject, APIError> {
        guard !bytes.isEmpty else { return .failure(APIError(.invalidJSON, "request body is empty; send a JSON object")) }
        do {
            guard case .object(let object) = try JSONParser.parse(bytes) else {
                return .failure(APIError(.invalidJSON, "request body must be a JSON object"))
            }
            return .success(object)
        } catch {
            return .failure(APIError(.invalidJSON, "request body is not valid JSON: \(error.description)"))
        }
    }
}
