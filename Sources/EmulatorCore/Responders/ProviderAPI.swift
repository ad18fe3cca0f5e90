/// Submit and poll: the provider API itself (docs/contract.md §2–§5), with the session's
/// accounts, rate limit, rules and latency applied.
struct ProviderAPI: Sendable {
    let configuration: EmulatorConfiguration

    /// The bearer key of a request (10001 missing, 10002 malformed, docs/contract.md §2).
    static func bearerKey(_ request: HTTPRequest) -> Result<String, APIError> {
        switch BearerToken.parse(request.header("authorization")) {
        case .failure(.missing):
            return .failure(APIError(.authMissing, "missing Authorization header; send Authorization: Bearer <key>"))
        case .failure(.malformed):
            return .failure(APIError(.authMalformed, "Authorization header must be \"Bearer <key>\""))
        case .success(let key) where key.utf8.count > StoreLimits.maxKeyBytes:
            return .failure(APIError(.authMalformed, "API key is \(key.utf8.count) bytes long; the emulator accepts keys of up to \(StoreLimits.maxKeyBytes) bytes"))
        case .success(let key):
            return .success(key)
        }
    }

    enum Admission {
        case admitted(key: String)
        /// Refused; `key` is the one the request carried when it was well formed.
        case refused(APIError, key: String?)
    }

    /// The bearer key of a request, if the session admits it (docs/contract.md §2).
    static func admitted(_ request: HTTPRequest, _ s: inout SessionState, now: Timestamp) -> Admission {
        switch bearerKey(request) {
        case .failure(let error): return .refused(error, key: nil)
        case .success(let key): return s.admit(key, now: now).map { .refused($0, key: key) } ?? .admitted(key: key)
        }
    }

    /// A submit on `endpoint`'s path (`/api/v1/images/generations`, `/api/v1/videos/generations`, …):
    /// a model of another media kind is 20004 there.
    func submit(_ request: HTTPRequest, _ context: RequestContext, endpoint: MediaKind = .image) -> Answer {
        // Parsing depends on the body alone: done before the session's lock, which every request
        // of the session waits for. Its error still comes after the key and rate-limit checks.
        let body = Result { () throws(APIError) in try Self.parseObject(request.body) }
        let named = (try? body.get())?["model"]?.stringValue
        // The model a refused submit named, for the report; not worked out for accepted ones (their task names it).
        func requestedModel() -> String? {
            Self.knownModel(named: named, body: request.body, known: context.session.settings.baseValidator.knownModels)
        }
        return context.session.transaction(at: context.now) { s, now -> Answer in
            let errors = s.active.errors
            let latency = s.draw(s.active.scenario.latency.submit)
            func answer(_ base: Answer, key: String? = nil, rule: Rule? = nil, task: String? = nil) -> Answer {
                let delay = rule?.delay.map { s.draw($0) } ?? latency
                var answer = base
                answer.outcome.key = key
                answer.outcome.matchedRule = rule?.index
                answer.outcome.taskID = task
                if task == nil { answer.outcome.model = requestedModel() }
                return answer.held(delay, context)
            }
            func answer(_ error: APIError, key: String? = nil, rule: Rule? = nil) -> Answer {
                answer(errors.answer(error, requestID: context.requestID), key: key, rule: rule)
            }
            let key: String
            switch Self.admitted(request, &s, now: now) {
            case .refused(let error, let k): return answer(error, key: k)
            case .admitted(let k): key = k
            }
            let order: GenerationOrder
            // Follow-ups (Midjourney `upscale`, mj-v7-upscale) name an earlier task: the validator sees the tasks as of
            // now. The lookup holds a copy of the task table only for the call, gone before the table changes below.
            switch body.flatMap({
                s.active.validator.validate($0, provider: configuration.provider, prior: .of(s.tasks, key: key, at: now),
                                            endpoint: endpoint)
            }) {
            case .failure(let error): return answer(error, key: key)
            case .success(let o): order = o
            }
            let callback: CallbackTarget?
            switch callbackTarget(order) {
            case .failure(let error): return answer(error, key: key)
            case .success(let target): callback = target
            }
            let subject = RuleMatcher.Subject(phase: .submit, model: order.model, prompt: order.prompt, key: key,
                                              provider: configuration.provider)
            let rule = s.active.matcher.pick(for: subject, counters: &s.ruleCounters)
            if let rule {
                if let scripted = rule.respond {
                    return answer(Self.scripted(scripted, errors: errors, requestID: context.requestID), key: key, rule: rule)
                }
                if rule.reject == .moderation {
                    let error = APIError(.moderationRejected, "prompt was rejected by pre-submission moderation; nothing was charged")
                    return answer(error, key: key, rule: rule)
                }
                if rule.fault == .resetBeforeAccept {
                    var dropped = Answer.drop(key: key, matchedRule: rule.index)
                    dropped.outcome.model = requestedModel()
                    return dropped
                }
            }
            let balance = s.balance(of: key, defaultCredits: configuration.defaultCredits)
            guard balance >= order.credits else {
                let error = APIError(.insufficientCredits, "insufficient credits: this request costs \(order.credits), the balance is \(balance)")
                return answer(error, key: key, rule: rule)
            }
            guard s.makeRoom() else {
                let error = APIError(.unavailable, "the emulator keeps at most \(s.limits.maxTasks) tasks (--max-tasks, or the scenario's limits.max_tasks) and all of them are still processing; nothing was charged, retry once some have settled",
                                     retryAfterSeconds: 1)
                return answer(error, key: key, rule: rule)
            }
            let task = Self.makeTask(order, key: key, rule: rule, now: now, &s)
            s.accept(task, defaultCredits: configuration.defaultCredits)
            if let callback { scheduleCallback(task, to: callback, context, &s) }
            // A task due at once (`after: 0`, `duration: 0`) settles before its answer shows it.
            s.settle(now)
            var accepted = answer(Answer(.json(200, TaskEnvelope(task: task, now: now, baseURL: context.baseURL).submitBody())),
                                  key: key, rule: rule, task: task.id)
            // The new task's facts, taken here: no second trip through the lock.
            accepted.outcome.task = ReportObservation.TaskFacts(task, statusSeen: nil)
            accepted.outcome.task?.pollCadence = order.pollCadence
            accepted.outcome.model = task.model
            // Accepted and charged, then the connection is cut: the journal still shows the 200.
            if rule?.fault == .resetAfterAccept { accepted.delivery = .drop }
            return accepted
        }
    }

    /// Draws the task's fate: the rule's `duration`/`fail`, else the model's documented range.
    private static func makeTask(_ order: GenerationOrder, key: String, rule: Rule?, now: Timestamp, _ s: inout SessionState) -> TaskRecord {
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
        // The id stream is the session's own; the short API in One shape is drawn again on a clash.
        var id = TaskIDGenerator.make(order.idStyle, model: order.model, at: now, random: &s.idRandom)
        while s.tasks[id] != nil { id = TaskIDGenerator.make(order.idStyle, model: order.model, at: now, random: &s.idRandom) }
        return TaskRecord(id: id, owner: key, order: order, createdAt: now, settlesAt: settles, outcome: outcome, ruleIndex: rule?.index)
    }

    func poll(taskID: String, _ request: HTTPRequest, _ context: RequestContext) -> Answer {
        context.session.transaction(at: context.now) { s, now -> Answer in
            let errors = s.active.errors
            var delay = s.draw(s.active.scenario.latency.poll)
            var answer: Answer
            // The task the path names, whoever owns it: the report follows it by its id.
            let named = s.tasks[taskID]
            switch Self.admitted(request, &s, now: now) {
            case .refused(let error, let key):
                answer = errors.answer(error, requestID: context.requestID, key: key)
            case .admitted(let key):
                let task = named.flatMap { $0.owner == key ? $0 : nil }
                // Poll rules see only tasks that exist and belong to the key.
                let rule = task.flatMap { task in
                    s.active.matcher.pick(for: RuleMatcher.Subject(
                        phase: .poll, model: task.model, prompt: task.prompt, key: key, provider: configuration.provider),
                        counters: &s.ruleCounters)
                }
                if let ruleDelay = rule?.delay { delay = s.draw(ruleDelay) }
                if let scripted = rule?.respond {
                    answer = Self.scripted(scripted, errors: errors, requestID: context.requestID, key: key, matchedRule: rule?.index)
                } else if rule?.fault != nil {
                    answer = .drop(key: key, matchedRule: rule?.index)
                } else if let task {
                    let body = s.pollBody(task, now: now) {
                        JSONWriter.bytes(TaskEnvelope(task: task, now: now, baseURL: context.baseURL).pollBody())
                    }
                    var served = Answer(HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: body),
                                        key: key, matchedRule: rule?.index, taskID: task.id)
                    served.outcome.task = ReportObservation.TaskFacts(task, statusSeen: task.status(at: now))
                    answer = served
                } else {
                    let error = APIError(.taskNotFound, "task \"\(EmulatorApp.printable(taskID))\" not found")
                    answer = errors.answer(error, requestID: context.requestID, key: key, matchedRule: rule?.index)
                }
            }
            answer.outcome.namedTaskID = taskID
            if answer.outcome.task == nil, let named { answer.outcome.task = ReportObservation.TaskFacts(named, statusSeen: nil) }
            answer.outcome.model = answer.outcome.task?.model
            return answer.held(delay, context)
        }
    }

    /// A scripted HTTP answer: the rule's body, or the listener's envelope for that status.
    static func scripted(_ scripted: ScriptedResponse, errors: ErrorRenderer, requestID: String,
                         key: String? = nil, matchedRule: Int? = nil) -> Answer {
        var answer: Answer
        if let body = scripted.body {
            answer = Answer(.json(scripted.status, body), key: key, matchedRule: matchedRule)
            // The scenario's own body: its code and message are read from the rule, once.
            answer.outcome.errorCode = body["error"]?["code"]?.intValue
            answer.outcome.errorMessage = body["error"]?["message"]?.stringValue
        } else {
            let kind = ErrorKind.forStatus(scripted.status)
            answer = errors.answer(APIError(kind, "emulated HTTP \(scripted.status) (scenario rule)", status: scripted.status),
                                   requestID: requestID, key: key, matchedRule: matchedRule)
            if scripted.status == 429 {
                answer.response.headers.append(("Retry-After", "1"))
                answer.outcome.retryAfterMilliseconds = 1000
            }
        }
        // The report notes the first Retry-After the answer carries (the scenario's text, read here once).
        var retryAfterSeen = answer.response.header("Retry-After") != nil
        for (name, value) in scripted.headers.sorted(by: { $0.key < $1.key }) {
            answer.response.headers.append((name, value))
            if !retryAfterSeen, name.lowercased() == "retry-after" {
                retryAfterSeen = true
                answer.outcome.retryAfterMilliseconds = Int64(value).map { $0 * 1000 }
            }
        }
        return answer
    }

    /// The `model` a submit's body named, when the catalogue knows it: the report keeps no
    /// bucket for made-up names. Bodies over 64 KiB or not starting with `{` are not attributed.
    static func knownModel(named: String?, body: [UInt8], known: Set<String>) -> String? {
        guard let named, body.count <= 65_536, body.first == UInt8(ascii: "{"), known.contains(named) else { return nil }
        return named
    }

    /// The body must be one JSON object (20001 otherwise: malformed, empty, an array, bad UTF-8).
    static func parseObject(_ bytes: [UInt8]) throws(APIError) -> JSONObject {
        guard !bytes.isEmpty else { throw APIError(.invalidJSON, "request body is empty; send a JSON object") }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw APIError(.invalidJSON, "request body is not valid JSON: \(error.description)")
        }
        guard case .object(let object) = value else { throw APIError(.invalidJSON, "request body must be a JSON object") }
        return object
    }
}
