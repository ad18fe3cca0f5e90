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
    let router: Router<Endpoint>
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
        let provider = ProviderAPI(configuration: configuration)
        renderGate = RenderGate(capacity: configuration.maxPendingRenders)
        let media = MediaAPI(renderImage: renderImage, cachedImage: cachedImage, gate: renderGate)
        let control = ControlAPI(configuration: configuration, sessions: sessions, startedWallMilliseconds: EmulatorClock.systemMilliseconds(),
                                 metrics: metrics, renderGate: renderGate)
        var router = Router<Endpoint>()
        for kind in MediaKind.allCases {
            router.add("POST", kind.submitPath, Endpoint(.submit(kind)) { r, c in provider.submit(r, c, endpoint: kind) })
        }
        router.add("GET", "/api/v1/tasks/{id}", Endpoint(.poll) { r, c in provider.poll(taskID: c.parameter("id"), r, c) })
        if configuration.provider == .reapi {
            router.add("GET", ProviderAPI.balancePath, Endpoint(.balance) { r, c in provider.balance(r, c) })
        }
        router.add("GET", "/media/tasks/{task}/{file}", Endpoint(.media) { r, c in
            var answer = media.media(task: c.parameter("task"), file: c.parameter("file"), range: r.header("range"), c)
            // Result URLs take no key; the one a request carried is still the report's to follow.
            answer.outcome.key = try? ProviderAPI.bearerKey(r).get()
            return answer
        })
        for row in ControlRoute.table {
            router.add(row.method, row.path, Endpoint(.control(row.route), journaled: false, listenerWide: row.listenerWide) {
                r, c throws(APIError) in try control.answer(row, r, c)
            })
        }
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
            if case .found(let endpoint, _) = match { answer.outcome.route = endpoint.route }
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
            // Counted when its work hands over the answer, with that answer's status.
            let (metrics, outcome) = (metrics, answer.outcome)
            deferred.delivered = { status in metrics.count(outcome, status: status) }
            answer.delivery = .later(deferred)
        } else {
            metrics.count(answer.outcome, status: answer.response.status)
        }
        if let session = recordIn { record(request, path: path, answer, in: session, requestID: requestID, at: now) }
        return answer
    }

    /// Runs the responder `match` names; returns its answer and the session whose journal
    /// records it (nil for control calls, which are not journaled).
    private func route(_ request: HTTPRequest, _ match: Router<Endpoint>.Match, path: String,
                       _ context: RequestContext) -> (Answer, Session?) {
        let session = context.session
        // Control paths are not journaled, routed or not.
        let journaled: Session?
        if case .found(let endpoint, _) = match { journaled = endpoint.journaled ? session : nil } else {
            journaled = !path.hasPrefix("/_emulator/") ? session : nil
        }
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
        case .found(let endpoint, _) where endpoint.listenerWide && session !== defaultSession:
            return (context.errorAnswer(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))")), nil)
        case .found(let endpoint, let parameters):
            var context = context
            context.parameters = parameters
            do {
                return (try endpoint.handle(request, context), journaled)
            } catch {
                // The one place a handler's error is rendered.
                return (context.errorAnswer(error), journaled)
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
