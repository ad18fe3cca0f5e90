import Synchronization

/// The emulator as plain Swift: `handle(_:)` turns a request into a response with no
/// socket involved, so tests drive it directly and the HTTP layer only carries bytes.
public final class EmulatorApp: Sendable {
    public let configuration: EmulatorConfiguration
    public let clock: EmulatorClock
    let state: Mutex<EmulatorState>
    /// The request journal has its own lock: every request writes it, and it must not
    /// queue behind the state's.
    let journal: Mutex<RequestJournal>
    /// Request ids: the n-th id of a run follows from the seed, drawn without a lock.
    let requestCounter = Atomic<UInt64>(0)
    let requestSeed: UInt64
    let renderImage: MediaRendering
    let baseValidator: any SubmitValidator
    let router: Router<Route>
    /// Wall time at start, for `uptime_seconds`.
    let startedWallMilliseconds = EmulatorClock.systemMilliseconds()
    /// The clock settings given on the command line; they win over a scenario's.
    let clockOverride: ClockSettings

    /// Clock settings from the CLI (nil = take the scenario's, else the default).
    public struct ClockSettings: Sendable {
        public var mode: EmulatorClock.Mode?
        public var timeScale: Double?
        public var seed: UInt64?
        public init(mode: EmulatorClock.Mode? = nil, timeScale: Double? = nil, seed: UInt64? = nil) {
            self.mode = mode
            self.timeScale = timeScale
            self.seed = seed
        }
    }

    enum Route: Sendable {
        case submit, poll, media
        case control(ControlRoute)
    }

    /// - Parameters:
    ///   - scenario: the scenario in force at start (`Scenario.empty` for none).
    ///   - clockOverride: CLI clock flags, which win over the scenario's keys.
    public init(configuration: EmulatorConfiguration, clock: EmulatorClock? = nil, scenario: Scenario = .empty,
                scenarioSource: String = "none", scenarioText: String? = nil,
                clockOverride: ClockSettings = ClockSettings(),
                validator: any SubmitValidator, renderImage: @escaping MediaRendering) throws {
        self.configuration = configuration
        self.baseValidator = validator
        self.renderImage = renderImage
        self.clockOverride = clockOverride
        let active = try ActiveScenario(scenario, source: scenarioSource, text: scenarioText, baseValidator: validator,
                                        provider: configuration.provider)
        let settings = Self.clockSettings(for: scenario, override: clockOverride, configuration: configuration)
        self.clock = clock ?? EmulatorClock(mode: settings.mode, timeScale: settings.timeScale, start: scenario.startTime)
        state = Mutex(EmulatorState(active: active, seed: settings.seed))
        journal = Mutex(RequestJournal(capacity: scenario.journalCapacity ?? configuration.journalCapacity))
        requestSeed = settings.seed ^ 0x7265_7175_6573_7473  // "requests": ids differ from task ids
        var router = Router<Route>()
        router.add("POST", "/api/v1/images/generations", .submit)
        router.add("GET", "/api/v1/tasks/{id}", .poll)
        router.add("GET", "/media/tasks/{task}/{file}", .media)
        for (method, path, route) in ControlRoute.table { router.add(method, path, .control(route)) }
        self.router = router
    }

    static func clockSettings(for scenario: Scenario, override: ClockSettings, configuration: EmulatorConfiguration)
        -> (mode: EmulatorClock.Mode, timeScale: Double, seed: UInt64)
    {
        (override.mode ?? scenario.clock ?? .real, override.timeScale ?? scenario.timeScale ?? 1,
         override.seed ?? scenario.seed ?? configuration.seed)
    }

    /// The error renderer in force (the scenario's `codes:` applied).
    var errors: ErrorRenderer { state.withLock { $0.active.errors } }

    /// What one request produced, before the common headers are added.
    struct Outcome {
        var response: HTTPResponse
        var key: String? = nil
        var matchedRule: Int? = nil
        var taskID: String? = nil
    }

    /// Answers one request. Never throws and never traps on client input.
    public func handle(_ request: HTTPRequest, bodyTooLarge: Bool = false) -> HTTPResponse {
        let n = requestCounter.add(1, ordering: .relaxed).newValue
        let requestID = "req_" + SeededRandom.uuid(SeededRandom.mix(requestSeed, 2 * n), SeededRandom.mix(requestSeed, 2 * n + 1))
        var outcome: Outcome
        if bodyTooLarge {
            outcome = Outcome(response: errors.response(APIError(.bodyTooLarge, "request body is larger than the limit"), requestID: requestID))
        } else {
            switch router.match(method: request.method, path: request.path) {
            case .notFound:
                outcome = Outcome(response: errors.response(
                    APIError(.routeNotFound, "no route for \(request.method) \(Self.printable(request.path))"), requestID: requestID))
            case .methodNotAllowed(let allowed):
                var response = errors.response(
                    APIError(.methodNotAllowed, "method \(request.method) is not allowed on \(Self.printable(request.path)); use \(allowed.joined(separator: ", "))"),
                    requestID: requestID)
                response.headers.append(("Allow", allowed.joined(separator: ", ")))
                outcome = Outcome(response: response)
            case .found(let route, let parameters):
                outcome = dispatch(route, parameters, request, requestID: requestID)
            }
        }
        outcome.response.headers.append(("X-Request-Id", requestID))
        if !Self.isControlCall(request) { record(request, outcome, requestID: requestID) }
        return outcome.response
    }

    private func dispatch(_ route: Route, _ parameters: [String: String], _ request: HTTPRequest, requestID: String) -> Outcome {
        switch route {
        case .submit: return submit(request, requestID: requestID)
        case .poll: return poll(taskID: parameters["id"] ?? "", request, requestID: requestID)
        case .media: return media(task: parameters["task"] ?? "", file: parameters["file"] ?? "", requestID: requestID)
        case .control(let control): return Outcome(response: self.control(control, parameters, request, requestID: requestID))
        }
    }

    /// The journal records the provider API and media traffic a client sends; the control
    /// API's own calls (health checks, resets, journal reads) would only add noise.
    private static func isControlCall(_ request: HTTPRequest) -> Bool {
        request.path.hasPrefix("/_emulator/")
    }

    private func record(_ request: HTTPRequest, _ outcome: Outcome, requestID: String) {
        let now = clock.now()
        journal.withLock { journal in
            journal.append { sequence in
                JournalEntry(sequence: sequence, method: request.method, path: Self.printable(request.path),
                             status: outcome.response.status, key: outcome.key, requestID: requestID, at: now,
                             bodySize: request.body.count, matchedRule: outcome.matchedRule, taskID: outcome.taskID)
            }
        }
    }

    /// A path cut to a readable length for messages and the journal (a 100 KB URL stays out).
    static func printable(_ path: String) -> String {
        path.utf8.count <= 256 ? path : String(path.prefix(256)) + "…"
    }
}
