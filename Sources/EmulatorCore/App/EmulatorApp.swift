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
    let router: Router<Route>
    let provider: ProviderAPI
    let media: MediaAPI
    let control: ControlAPI
    /// Request counters and the gauges `GET /_emulator/metrics` shows.
    public let metrics = EmulatorMetrics()
    /// Images drawn or queued at once (`maxPendingRenders`).
    public let renderGate: RenderGate

    enum Route: Sendable {
        /// The submit path of one media kind (images, videos, audio).
        case submit(MediaKind)
        case poll, media
        case control(ControlRoute)
    }

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
        var router = Router<Route>()
        for kind in MediaKind.allCases { router.add("POST", kind.submitPath, .submit(kind)) }
        router.add("GET", "/api/v1/tasks/{id}", .poll)
        router.add("GET", "/media/tasks/{task}/{file}", .media)
        for (method, path, route) in ControlRoute.table { router.add(method, path, .control(route)) }
        self.router = router
    }

    /// The session the unprefixed routes address.
    public var defaultSession: Session { sessions.defaultSession }

    /// Answers one request. Never throws and never traps on client input.
    public func handle(_ request: HTTPRequest) -> Answer {
        let requestID = nextRequestID()
        var answer: Answer
        var recordIn: Session?
        var routeIndex = EmulatorMetrics.routeIndex(nil)
        var servedBy = defaultSession
        var path = request.path
        switch SessionPath.split(request.path) {
        case _ where !configuration.access.acceptsHost(request.header("host"), publicURL: configuration.publicURL):
            answer = Answer(defaultSession.errors.response(AccessPolicy.misdirected(request.header("host")), requestID: requestID))
        case .none:
            (answer, recordIn, routeIndex) = route(request, path: path, in: defaultSession, requestID: requestID)
        case .session(let id, let rest):
            path = rest
            if let session = sessions.session(id) {
                servedBy = session
                (answer, recordIn, routeIndex) = route(request, path: rest, in: session, requestID: requestID)
            } else {
                let error = APIError(.routeNotFound, "session \"\(Self.printable(id))\" not found")
                answer = Answer(defaultSession.errors.response(error, requestID: requestID))
            }
        }
        answer.response.headers.append(("X-Request-Id", requestID))
        servedBy.clock.convertRetryAfter(&answer.response)
        // The HTTP date follows the clock the body's timestamps come from (a held answer's
        // is moved to its due time when it is handed to the binding).
        let date = servedBy.clock.now().httpDate
        if answer.response.header("Date") == nil { answer.response.headers.append(("Date", date)) }
        if case .render(var job) = answer.delivery {
            job.headers.append(("X-Request-Id", requestID))
            job.headers.append(("Date", date))
            answer.delivery = .render(job)
        }
        metrics.countRequest(route: routeIndex, status: answer.journalStatus ?? answer.response.status)
        if let session = recordIn { record(request, path: path, answer, in: session, requestID: requestID) }
        return answer
    }

    /// Routes `path` (the session prefix taken off) to its responder; returns the answer and
    /// the session whose journal records it (nil for control calls, which are not journaled)
    /// and the route's metrics index.
    private func route(_ request: HTTPRequest, path: String, in session: Session, requestID: String) -> (Answer, Session?, Int) {
        let match = router.match(method: request.method, path: path)
        var index = EmulatorMetrics.routeIndex(nil)
        if case .found(let route, _) = match { index = EmulatorMetrics.routeIndex(route) }
        let (answer, journaled) = route(request, match, path: path, in: session, requestID: requestID)
        return (answer, journaled, index)
    }

    private func route(_ request: HTTPRequest, _ match: Router<Route>.Match, path: String, in session: Session,
                       requestID: String) -> (Answer, Session?) {
        let context = RequestContext(requestID: requestID, session: session, now: session.clock.now(), configuration: configuration)
        // The journal records the provider API and media traffic a client sends; the control
        // API's own calls (health checks, resets, journal reads) would only add noise.
        let journaled = !path.hasPrefix("/_emulator/") ? session : nil
        if request.bodyTooLarge {
            return (Answer(context.error(APIError(.bodyTooLarge, "request body is larger than the limit"))), journaled)
        }
        switch match {
        case .notFound:
            return (Answer(context.error(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))"))), journaled)
        case .methodNotAllowed(let allowed):
            let list = allowed.joined(separator: ", ")
            var response = context.error(APIError(.methodNotAllowed,
                "method \(request.method) is not allowed on \(Self.printable(request.path)); use \(list)"))
            response.headers.append(("Allow", list))
            return (Answer(response), journaled)
        case .found(.control(let route), _) where route.isListenerWide && session !== defaultSession:
            return (Answer(context.error(APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))"))), nil)
        case .found(let route, let parameters):
            switch route {
            case .submit(let kind): return (provider.submit(request, context, endpoint: kind), journaled)
            case .poll: return (provider.poll(taskID: parameters["id"] ?? "", request, context), journaled)
            case .media: return (media.media(task: parameters["task"] ?? "", file: parameters["file"] ?? "",
                                                                range: request.header("range"), context), journaled)
            case .control(let route): return (Answer(control.handle(route, parameters, request, context)), nil)
            }
        }
    }

    private func record(_ request: HTTPRequest, path: String, _ answer: Answer, in session: Session, requestID: String) {
        let now = session.clock.now()
        session.record { sequence in
            JournalEntry(sequence: sequence, method: request.method, path: Self.printable(path),
                         status: answer.journalStatus ?? answer.response.status, key: answer.key, requestID: requestID, at: now,
                         bodySize: request.body.count, matchedRule: answer.matchedRule, taskID: answer.taskID)
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
