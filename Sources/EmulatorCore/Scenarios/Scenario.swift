/// A scenario: everything a user can script about the emulator's behaviour, as read from a
/// scenario file (docs/scenarios.md is the reference for every key).
///
/// A value of this type has passed the linter: every field is within its documented range.
/// Optional fields are nil when the file leaves them out; the engine then uses its own default.
public struct Scenario: Sendable, Equatable {
    /// `name`: shown in logs and the journal.
    public var name: String?
    /// `clock: real|virtual`; nil leaves the choice to the command line.
    public var clock: EmulatorClock.Mode?
    /// `time_scale`: emulated seconds per wall second (> 0).
    public var timeScale: Double?
    /// `seed`: seeds every pseudo-random choice (ids, durations drawn from ranges, image bytes).
    public var seed: UInt64?
    /// `start_time`: where the clock starts, and returns to on reset.
    public var startTime: Timestamp?
    /// `accounts`: when present, only these keys are valid (others are answered `key_unknown`).
    public var accounts: [AccountSpec]?
    /// `default_credits`: balance of accounts created on first use when `accounts` is absent.
    public var defaultCredits: Int?
    /// `rate_limit`: requests per minute allowed per key.
    public var rateLimit: RateLimit?
    /// `latency`: how long each kind of HTTP answer is held before it is sent.
    public var latency: Latency
    /// `rules`: checked in order; the first rule whose `match` fits the request decides.
    public var rules: [Rule]
    /// `url_ttl`: lifetime of media URLs in seconds, per model id.
    public var urlTTL: [String: Int64]
    /// `codes`: error code overrides, keyed by `ErrorKind.name`.
    public var codes: [String: Int]
    /// `models`: partial model-definition overrides per model id, passed through unchanged.
    public var models: [String: JSONValue]
    /// `journal.capacity`: how many entries the request journal keeps (≥ 1).
    public var journalCapacity: Int?
    /// `unknown_fields: reject|ignore`: what a submit field its model does not define gets;
    /// nil is `reject`.
    public var unknownFields: UnknownFieldPolicy?
    /// `report`: overrides of the report's poll cadences and tolerance.
    public var report = ReportScenario()
    /// `limits`: this session's task retention, task count and ledger size, over the flags.
    public var limits = ScenarioLimits()
    /// `source_seconds`: lengths of source clips and songs the tools that bill them cannot
    /// probe offline, by URL or `*` pattern.
    public var sourceSeconds: [String: Int] = [:]

    public init(
        name: String? = nil, clock: EmulatorClock.Mode? = nil, timeScale: Double? = nil, seed: UInt64? = nil,
        startTime: Timestamp? = nil, accounts: [AccountSpec]? = nil, defaultCredits: Int? = nil,
        rateLimit: RateLimit? = nil, latency: Latency = Latency(), rules: [Rule] = [],
        urlTTL: [String: Int64] = [:], codes: [String: Int] = [:], models: [String: JSONValue] = [:],
        journalCapacity: Int? = nil, unknownFields: UnknownFieldPolicy? = nil
    ) {
        self.name = name
        self.clock = clock
        self.timeScale = timeScale
        self.seed = seed
        self.startTime = startTime
        self.accounts = accounts
        self.defaultCredits = defaultCredits
        self.rateLimit = rateLimit
        self.latency = latency
        self.rules = rules
        self.urlTTL = urlTTL
        self.codes = codes
        self.models = models
        self.journalCapacity = journalCapacity
        self.unknownFields = unknownFields
    }

    /// The scenario of an empty file: nothing scripted, every default applies.
    public static let empty = Scenario()
}

/// `limits`: the bounds of docs/limits.md that a scenario may set for its session (the
/// listener's `--task-retention`, `--max-tasks` and `--ledger-size` otherwise).
public struct ScenarioLimits: Sendable, Equatable {
    /// `task_retention`: how long a settled task is kept after its URLs expire (a failed one:
    /// after it failed), in milliseconds.
    public var taskRetentionMilliseconds: Int64?
    /// `max_tasks`: tasks kept at once.
    public var maxTasks: Int?
    /// `ledger_size`: ledger entries kept per account.
    public var ledgerSize: Int?

    public init(taskRetentionMilliseconds: Int64? = nil, maxTasks: Int? = nil, ledgerSize: Int? = nil) {
        self.taskRetentionMilliseconds = taskRetentionMilliseconds
        self.maxTasks = maxTasks
        self.ledgerSize = ledgerSize
    }
}

/// One entry of `accounts`.
public struct AccountSpec: Sendable, Equatable {
    /// The credits an account starts with when the file does not say.
    public static let defaultCredits = CreditBounds.defaultBalance

    /// The API key, as sent in `Authorization: Bearer <key>`.
    public var key: String
    /// Starting balance (1 credit = $0.001).
    public var credits: Int
    /// A revoked key is answered `key_revoked` (10004).
    public var revoked: Bool

    public init(key: String, credits: Int = AccountSpec.defaultCredits, revoked: Bool = false) {
        self.key = key
        self.credits = credits
        self.revoked = revoked
    }
}

/// `rate_limit`: a per-key budget of requests per minute; past it, answers are `rate_limited`
/// (429) with a `Retry-After` computed from the emulator's clock.
public struct RateLimit: Sendable, Equatable {
    public var requestsPerMinute: Int

    public init(requestsPerMinute: Int) { self.requestsPerMinute = requestsPerMinute }
}

/// A duration in milliseconds, fixed (`min == max`) or drawn uniformly from `min...max`
/// with the scenario's seeded generator.
public struct DurationRange: Sendable, Equatable {
    public var min: Int64
    public var max: Int64

    public init(min: Int64, max: Int64) {
        self.min = min
        self.max = max
    }

    /// A fixed duration.
    public init(milliseconds: Int64) { self.init(min: milliseconds, max: milliseconds) }

    public var isFixed: Bool { min == max }
}

/// `latency`: how long each kind of answer is held (without holding a thread) before it is sent.
/// A nil member means no added latency.
public struct Latency: Sendable, Equatable {
    /// `POST /api/v1/images/generations` answers.
    public var submit: DurationRange?
    /// `GET /api/v1/tasks/{id}` answers.
    public var poll: DurationRange?
    /// `GET /media/…` answers.
    public var media: DurationRange?

    public init(submit: DurationRange? = nil, poll: DurationRange? = nil, media: DurationRange? = nil) {
        self.submit = submit
        self.poll = poll
        self.media = media
    }
}
