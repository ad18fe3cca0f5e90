@_exported import EmulatorValues

/// Settings fixed for the life of one emulator (the CLI flags that reach the core).
public struct EmulatorConfiguration: Sendable {
    /// The dialect this listener speaks.
    public var provider: Provider = .reapi
    /// Base of the media URLs handed out (`--public-url`), without a trailing slash.
    public var publicURL: String = "http://127.0.0.1:8080"
    /// Seed for task ids, durations and request ids (`--seed`); a scenario's `seed` wins.
    public var seed: UInt64 = 0
    /// Reported by `/_emulator/health`.
    public var version: String = "0.0.0"
    /// Bearer token the control API requires (`--admin-token`); nil = open.
    public var adminToken: String?
    /// Balance of an account created on first use when the scenario lists no accounts.
    public var defaultCredits: Int = 1_000_000
    /// Entries kept in the request journal before the oldest are evicted.
    public var journalCapacity: Int = 1000
    /// Sessions open at once besides the default one (`--max-sessions`).
    public var maxSessions: Int = 256
    /// Wall time after which a session nobody used is ended (`--session-idle-timeout`).
    public var sessionIdleTimeoutMilliseconds: Int64 = 3_600_000
    /// What one session's scenario may cost in memory, estimated (`--max-scenario-bytes`,
    /// `ScenarioFootprint`); a larger one is refused.
    public var maxScenarioBytes: Int = 32 << 20
    /// Task retention, `--max-tasks`, ledger size: what keeps each session's memory bounded.
    public var limits = StoreLimits()
    /// Who may call the control API and which `Host` names are served (docs/security.md).
    public var access = AccessPolicy()
    /// Images being drawn or queued at once, over all sessions; one more is 503 (choice).
    public var maxPendingRenders = 256
    /// Hosts a `callback_url` may name (`--callback-hosts`); loopback by default.
    public var callbackHosts: CallbackHosts = .loopback

    public init() {}

    public init(provider: Provider, publicURL: String, seed: UInt64 = 0) {
        self.provider = provider
        self.publicURL = publicURL
        self.seed = seed
    }
}

/// Encodes an `ImageSpec` (PNG/JPEG bytes). The media module provides the real one.
public typealias MediaRendering = @Sendable (ImageSpec) throws -> [UInt8]

/// The encoded bytes of an `ImageSpec` when they are cached, without drawing anything.
public typealias MediaCacheLookup = @Sendable (ImageSpec) -> [UInt8]?

/// Turns a submit body into a validated order (the model catalogue provides the real one).
public protocol SubmitValidator: Sendable {
    func validate(_ body: JSONObject, provider: Provider) -> Result<GenerationOrder, APIError>
    /// The submit check when earlier tasks matter: `prior` looks up the task a follow-up names.
    func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks) -> Result<GenerationOrder, APIError>
    /// The submit check on `endpoint`'s submit path: a model of another media kind is 20004.
    func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks, endpoint: MediaKind?) -> Result<GenerationOrder, APIError>
    /// The model catalogue behind this validator, for `GET /_emulator/models` and the scenario
    /// linter's check of `models:` entries; nil for validators that have none.
    var modelCatalog: ModelCatalog? { get }
    /// Model ids a scenario may name (`match.model`, `url_ttl`, `models`).
    var knownModels: Set<String> { get }
    /// The validator with a scenario's `models:` and `url_ttl:` overrides applied.
    func applying(_ scenario: Scenario) throws -> any SubmitValidator
}

extension SubmitValidator {
    public func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks) -> Result<GenerationOrder, APIError> {
        validate(body, provider: provider)
    }
    /// Validators without a catalogue know no media kinds: the order's own kind decides.
    public func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks,
                         endpoint: MediaKind?) -> Result<GenerationOrder, APIError> {
        validate(body, provider: provider, prior: prior).flatMap { order in
            guard let endpoint, order.media != endpoint else { return .success(order) }
            return .failure(APIError(.unknownModel, provider.validationMessagePrefix + "model not supported on this endpoint"))
        }
    }
    public var modelCatalog: ModelCatalog? { nil }
    public var knownModels: Set<String> { [] }
    public func applying(_ scenario: Scenario) throws -> any SubmitValidator { self }
}

/// The seed of a run started without one: drawn at random, below 2^53 so every JSON reader
/// (JavaScript's numbers too) shows it exactly; printed at start and in `GET /_emulator/clock`.
public enum RunSeed {
    public static let mask: UInt64 = (1 << 53) - 1

    public static func random() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return generator.next() & mask
    }
}
