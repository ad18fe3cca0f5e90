import EmulatorCore

/// The one in-process harness every test target shares: an `EmulatorApp` with the real model
/// catalogue (or a given validator) on a virtual clock, no socket, and the calls tests make:
/// submit, poll, media, control, clock and ledger. Defaults are the same for every test.
public struct EmulatorHarness: Sendable {
    /// 2026-01-01T00:00:00Z: where the clock starts unless the scenario says `start_time`.
    public static let start = Timestamp(unixSeconds: 1_767_225_600)
    public static let publicURL = "https://emu.test"
    public static let submitPath = "/api/v1/images/generations"

    public let app: EmulatorApp
    /// What the media layer was asked to draw.
    public let renderer: RecordingRenderer
    /// The key requests carry unless a test names another.
    public let key: String
    /// The webhooks of `callback_url`, recorded instead of sent.
    public let callbacks: RecordingCallbackSender

    /// - Parameters:
    ///   - scenario: YAML text, checked against the real catalogue ("" for none).
    ///   - clock: the clock mode; nil takes the scenario's `clock`, else virtual.
    ///   - seed: wins over the scenario's `seed`; nil takes the scenario's, else 1.
    ///   - credits: balance of keys created on first use.
    ///   - validator: replaces the real catalogue (tests of the engine without models).
    ///   - configure: changes the listener's settings before the app is made (limits, access).
    public init(provider: Provider = .reapi, scenario: String = "", clock: EmulatorClock.Mode? = nil, seed: UInt64? = nil,
                credits: Int = 1_000_000, adminToken: String? = nil, validator: (any SubmitValidator)? = nil,
                maxSessions: Int = 256, callbackHosts: CallbackHosts = .loopback,
                configure: (inout EmulatorConfiguration) -> Void = { _ in }) throws {
        let catalog = try validator ?? ModelCatalog.builtIn()
        let parsed = try ScenarioLoader.parse(scenario, knownModels: catalog.knownModels, catalog: catalog.modelCatalog)
        var configuration = EmulatorConfiguration(provider: provider, publicURL: Self.publicURL, seed: 1)
        configuration.defaultCredits = credits
        configuration.adminToken = adminToken
        configuration.maxSessions = maxSessions
        configuration.callbackHosts = callbackHosts
        configure(&configuration)
        let renderer = RecordingRenderer()
        let callbacks = RecordingCallbackSender()
        let mode = clock ?? parsed.clock ?? .virtual
        app = try EmulatorApp(configuration: configuration,
                              clock: EmulatorClock(mode: mode, timeScale: parsed.timeScale ?? 1, start: parsed.startTime ?? Self.start),
                              scenario: parsed, scenarioText: scenario.isEmpty ? nil : scenario,
                              overrides: ClockOverrides(mode: mode, seed: seed), validator: catalog, renderImage: renderer.render,
                              callbackSender: callbacks)
        self.renderer = renderer
        self.callbacks = callbacks
        key = provider == .reapi ? "rk_test_key" : "aio_test_key"
    }

    /// The same, with the scenario first: `EmulatorHarness("rate_limit: {requests_per_minute: 2}")`.
    public init(_ scenario: String, provider: Provider = .reapi, clock: EmulatorClock.Mode? = nil, seed: UInt64? = nil,
                credits: Int = 1_000_000, adminToken: String? = nil, configure: (inout EmulatorConfiguration) -> Void = { _ in }) throws {
        try self.init(provider: provider, scenario: scenario, clock: clock, seed: seed, credits: credits, adminToken: adminToken,
                      configure: configure)
    }

    /// The default session's clock time.
    public var now: Timestamp { app.defaultSession.clock.now() }

    /// Answers one request; the response as the binding would send it (a result image is
    /// drawn inline, where the binding draws it on its render pool; a deferred answer waited for).
    public func respond(_ request: HTTPRequest) -> HTTPResponse {
        app.handle(request).resolvedResponse()
    }

    // MARK: Provider API

    public func submit(_ json: String, key: String? = nil, base: String = "") -> HTTPResponse {
        submitAnswer(json, key: key, base: base).response
    }

    /// The whole answer to a submit: held, dropped or now.
    public func submitAnswer(_ json: String, key: String? = nil, base: String = "") -> Answer {
        app.handle(.make("POST", base + Self.submitPath, key: key ?? self.key, json: json))
    }

    /// Submits `json`, requires a 200 and returns the task id from whichever envelope came back.
    public func accepted(_ json: String, key: String? = nil, base: String = "") throws -> String {
        let response = submit(json, key: key, base: base)
        guard response.status == 200, let id = response.taskID else {
            throw HarnessError("submit refused (\(response.status)): \(response.bodyText)")
        }
        return id
    }

    public func poll(_ id: String, key: String? = nil, base: String = "") -> HTTPResponse {
        pollAnswer(id, key: key, base: base).response
    }

    /// The whole answer to a poll: held, dropped or now.
    public func pollAnswer(_ id: String, key: String? = nil, base: String = "") -> Answer {
        app.handle(.make("GET", base + "/api/v1/tasks/\(id)", key: key ?? self.key))
    }

    /// A result URL handed out by the emulator (absolute) or a path, fetched with no key.
    public func media(_ url: String, method: String = "GET") -> HTTPResponse {
        let path = url.hasPrefix(Self.publicURL) ? String(url.dropFirst(Self.publicURL.count)) : url
        return respond(.make(method, path, key: nil))
    }

    // MARK: Control API

    /// A control call (`token` as the bearer, for `--admin-token` tests).
    public func control(_ method: String, _ path: String, _ body: String? = nil, token: String? = nil) -> HTTPResponse {
        respond(.make(method, path, key: token, json: body))
    }

    /// A control call that must answer 2xx; its JSON.
    @discardableResult
    public func controlJSON(_ method: String, _ path: String, _ body: String? = nil) throws -> JSONValue {
        let response = control(method, path, body)
        guard (200..<300).contains(response.status), let json = response.json else {
            throw HarnessError("\(method) \(path) answered \(response.status): \(response.bodyText)")
        }
        return json
    }

    /// Moves the virtual clock through `POST /_emulator/clock/advance`.
    @discardableResult
    public func advance(milliseconds: Int64, base: String = "") -> HTTPResponse {
        control("POST", base + "/_emulator/clock/advance", #"{"milliseconds": \#(milliseconds)}"#)
    }

    @discardableResult
    public func advance(seconds: Double, base: String = "") -> HTTPResponse {
        control("POST", base + "/_emulator/clock/advance", #"{"seconds": \#(seconds)}"#)
    }

    /// Moves the clock to exactly `time` (never backwards).
    public func advance(to time: Timestamp) throws {
        let delta = time.milliseconds - now.milliseconds
        guard delta >= 0 else { throw HarnessError("cannot move the clock back from \(now) to \(time)") }
        advance(milliseconds: delta)
    }

    /// `GET /_emulator/tasks/{id}`.
    public func task(_ id: String) throws -> JSONValue { try controlJSON("GET", "/_emulator/tasks/\(id)") }

    /// When the task completes or fails, from the task view's `settles_at`.
    public func settlesAt(_ id: String) throws -> Timestamp {
        guard let at = try task(id)["settles_at"]?.stringValue.flatMap(TimestampText.parse) else {
            throw HarnessError("task \(id) has no settles_at")
        }
        return at
    }

    /// `GET /_emulator/accounts/{key}`: balance and ledger.
    public func account(_ key: String? = nil, base: String = "") throws -> JSONValue {
        try controlJSON("GET", base + "/_emulator/accounts/\(key ?? self.key)")
    }

    /// The balance of `key`, nil when the emulator has not seen it.
    public func credits(_ key: String? = nil, base: String = "") -> Int? {
        control("GET", base + "/_emulator/accounts/\(key ?? self.key)").json?["credits"]?.intValue
    }

    /// The ledger as `(reason, amount, task_id)` triples, oldest first.
    public func ledger(_ key: String? = nil) throws -> [(reason: String, amount: Int, taskID: String?)] {
        try (account(key)["ledger"]?.arrayValue ?? []).map { entry in
            (entry["reason"]?.stringValue ?? "", entry["amount"]?.intValue ?? 0, entry["task_id"]?.stringValue)
        }
    }
}

/// A harness call that could not do what the test asked: the test fails with this message.
public struct HarnessError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
