import Synchronization

/// The emulator as plain Swift: `handle(_:)` turns a request into an `Answer` with no socket
/// involved, so tests drive it directly and the HTTP binding only carries bytes.
///
/// A request's way: the session prefix (`/sessions/{id}/…`, else the default session) →
/// the router → one responder (provider API, media, control API) → the journal.
public final class EmulatorApp: Sendable {
    public let configuration: EmulatorConfiguration
    public let sessions: SessionRegistry
    /// Request ids: the n-th id of a run follows from the seed, drawn without a lock.
    let requestCounter = Atomic<UInt64>(0)
    let requestSeed: UInt64
    let router: Router<RequestRoute>
    let provider: ProviderAPI
    let media: MediaAPI
    let control: ControlAPI
    /// Request counters and the gauges `GET /_emulator/metrics` shows.
    public let metrics = EmulatorMetrics()
    /// Images drawn or queued at once (`maxPendingRenders`).
    public let renderGate: RenderGate

    /// - Parameters:
    ///   - scenario: the default session's scenario at start (`Scenario.empty` for none).
    ///   - overrides: CLI clock flags, which win over the scenario's keys (in every session
    ///     that does not give its own).
    ///   - clock: the default session's clock (tests); else one made from scenario and overrides.
    ///   - callbackSender: carries the webhooks of `callback_url` (every session's).
    public init(configuration: EmulatorConfiguration, clock: EmulatorClock? = nil, scenario: Scenario = .empty,
                scenarioSource: String = "none", scenarioText: String? = nil,
                overrides: ClockOverrides = ClockOverrides(),
                validator: any SubmitValidator, renderImage: @escaping MediaRendering,
                cachedImage: MediaCacheLookup? = nil,
                callbackSender: (any CallbackSender)? = nil) throws {
        self.configuration = configuration
        let settings = SessionSettings(configuration: configuration, baseValidator: validator, overrides: overrides,
                                       callbackSender: callbackSender)
        let defaultSession = try Session(id: "default", pathPrefix: "", scenario: scenario, source: scenarioSource,
                                         text: scenarioText, settings: settings, clock: clock)
        sessions = SessionRegistry(defaultSession: defaultSession, maxSessions: configuration.maxSessions,
                                   idleTimeoutMilliseconds: configuration.sessionIdleTimeoutMilliseconds,
                                   seed: settings.clock(for: scenario).seed)
        requestSeed = settings.clock(for: scenario).seed ^ 0x7265_7175_6573_7473  // "requests": ids differ from task ids
        provider = ProviderAPI(configuration: configuration)
        renderGate = RenderGate(capacity: configuration.maxPendingRenders)
        media = MediaAPI(renderImage: renderImage, cachedImage: cachedImage, gate: renderGate)
        control = ControlAPI(configuration: configuration, sessions: sessions, startedWallMilliseconds: EmulatorClock.systemMilliseconds(),
                             metrics: metrics, renderGate: renderGate)
        var router = Router<RequestRoute>()
        for kind in MediaKind.allCases { router.add("POST", kind.submitPath, .submit(kind)) }
        router.add("GET", "/api/v1/tasks/{id}", .poll)
        if configuration.provider == .reapi { router.add("GET", ProviderAPI.balancePath, .balance) }
        router.add("GET", "/media/tasks/{task}/{file}", .media)
        for (method, path, route) in ControlRoute.table { router.add(method, path, .control(route)) }
        self.router = router
    }

    /// The session the unprefixed routes address.
    public var defaultSession: Session { sessions.defaultSession }

    /// Answers one request. Never throws and never traps on client input.
    ///
    /// The clock is read once, here: the body, the hold, the `Date` header and the journal
    /// all show that `now`.
    public func handle(_ request: HTTPRequest) -> Answer {
        let requestID = nextRequestID()
        var refusal: APIError?
        var servedBy = defaultSession
        var path = request.path
        switch SessionPath.split(request.path) {
        case _ where !configuration.access.acceptsHost(request.header("host"), publicURL: configuration.publicURL):
            refusal = AccessPolicy.misdirected(request.header("host"))
        case .none:
            break
        case .session(let id, let rest):
            path = rest
            if let session = sessions.session(id) {
                servedBy = session
            } else {
                refusal = APIError(.routeNotFound, "session \"\(Self.printable(id))\" not found")
            }
        }
        let now = servedBy.clock.now()
        let context = RequestContext(requestID: requestID, session: servedBy, now: now, configuration: configuration)
        var answer: Answer
        var recordIn: Session?
        if let refusal {
            answer = context.errorAnswer(refusal)
        } else {
            let match = router.match(method: request.method, path: path)
            (answer, recordIn) = route(request, match, path: path, context)
            // The router's one classification: the metrics, journal and report read it from here.
            if case .found(let route, _) = match { answer.outcome.route = route }
        }
        answer.response.headers.append(("X-Request-Id", requestID))
        servedBy.clock.convertRetryAfter(&answer.response)
        // The HTTP date follows the clock the body's timestamps come from (a held answer's
        // is moved to its due time when it is handed to the binding).
        let date = now.httpDate
        if answer.response.header("Date") == nil { answer.response.headers.append(("Date", date)) }
        if case .render(var job) = answer.delivery {
            job.headers.append(("X-Request-Id", requestID))
            job.headers.append(("Date", date))
            answer.delivery = .render(job)
        }
        if case .later(var deferred) = answer.delivery {
            deferred.headers = [("X-Request-Id", requestID)]
            answer.delivery = .later(deferred)
        }
        metrics.count(answer.outcome, status: answer.response.status)
        if let session = recordIn { record(request, path: path, answer, in: session, requestID: requestID, at: now) }
        return answer
    }

    /// Runs the responder `match` names; returns its answer and the session whose journal
    /// records it (nil for control calls, which are not journaled).
    private func route(_ request: HTTPRequest, _ match: Router<RequestRoute>.Match, path: String,
                       _ context: RequestContext) -> (Answer, Session?) {
        let session = context.session
        // The journal records the provider API and media traffic a client sends; the control
        // API's own calls (health checks, resets, journal reads) would only add noise.
        let journaled = !path.hasPrefix("/_emulator/") ? session : nil
        // Answers no provider responder authenticated still name the key they carried (the
        // report follows a key's Retry-After across every request it sends).
        func refused(_ error: APIError) -> Answer {
            var answer = context.errorAnswer(error)
            answer.outcome.key = try? ProviderAPI.bearerKey(request).get()
            return answer
        }
        if request.bodyTooLarge {
            return (refused(APIError(.bodyTooLarge, "request body is larger than the limit")), journaled)
        }
        switch match {
        case .notFound:
            return (refused(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))")), journaled)
        case .methodNotAllowed(let allowed):
            let list = allowed.joined(separator: ", ")
            var answer = refused(APIError(.methodNotAllowed,
                "method \(request.method) is not allowed on \(Self.printable(request.path)); use \(list)"))
            answer.response.headers.append(("Allow", list))
            return (answer, journaled)
        case .found(.control(let route), _) where route.isListenerWide && session !== defaultSession:
            return (context.errorAnswer(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))")), nil)
        case .found(let route, let parameters):
            switch route {
            case .submit(let kind): return (provider.submit(request, context, endpoint: kind), journaled)
            case .poll: return (provider.poll(taskID: parameters["id"] ?? "", request, context), journaled)
            case .balance: return (provider.balance(request, context), journaled)
            case .media:
                var answer = media.media(task: parameters["task"] ?? "", file: parameters["file"] ?? "",
                                         range: request.header("range"), context)
                answer.outcome.key = try? ProviderAPI.bearerKey(request).get()
                return (answer, journaled)
            case .control(let route): return (control.answer(route, parameters, request, context), nil)
            case .unrouted: return (refused(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))")), journaled)
            }
        }
    }

    private func record(_ request: HTTPRequest, path: String, _ answer: Answer, in session: Session, requestID: String,
                        at now: Timestamp) {
        let outcome = answer.outcome
        session.record { sequence in
            JournalEntry(sequence: sequence, method: request.method, path: Self.printable(path),
                         status: outcome.shownStatus ?? answer.response.status, key: outcome.key, requestID: requestID, at: now,
                         bodySize: request.body.count, matchedRule: outcome.matchedRule, taskID: outcome.taskID)
        }
        session.observe(request, path: path, answer, requestID: requestID, at: now)
    }

    /// A path cut to a readable length for messages and the journal (a 100 KB URL stays out).
    static func printable(_ path: String) -> String {
        path.utf8.count <= 256 ? path : String(path.prefix(256)) + "…"
    }
}

/// `/sessions/{id}/rest…` → the session id and the rest of the path.
enum SessionPath: Equatable {
    case none
    case session(id: String, rest: String)

    static func split(_ path: String) -> SessionPath {
        let prefix = "/sessions/"
        guard path.utf8.starts(with: prefix.utf8) else { return .none }
        let tail = path.utf8.dropFirst(prefix.utf8.count)
        let slash = tail.firstIndex(of: UInt8(ascii: "/")) ?? tail.endIndex
        let id = String(Substring(tail[..<slash]))
        let rest = String(Substring(tail[slash...]))
        return .session(id: id, rest: rest.isEmpty ? "/" : rest)
    }
}
