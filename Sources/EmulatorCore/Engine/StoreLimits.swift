/// The bounds that keep one session's memory flat however long it runs (docs/limits.md).
public struct StoreLimits: Sendable, Equatable {
    /// How long a task is kept after its result URLs expire (a failed task: after it failed);
    /// then it and its media are forgotten and a poll of it is 404 (`--task-retention`).
    public var retentionMilliseconds: Int64 = 7 * 86_400_000
    /// Tasks kept at once (`--max-tasks`): past it the oldest settled task is forgotten; when
    /// every task is still processing, a submit is refused with 503 and nothing is charged.
    public var maxTasks: Int = 1_000_000
    /// Ledger entries kept per account, the latest (`--ledger-size`); older ones are counted.
    public var ledgerCapacity: Int = 1000
    /// Settled poll bodies cached per session; the cache starts over past it.
    public var pollBodyCacheEntries: Int = 10_000

    public init() {}

    /// These limits with a scenario's `limits:` over them.
    public func applying(_ scenario: ScenarioLimits) -> StoreLimits {
        var limits = self
        if let retention = scenario.taskRetentionMilliseconds { limits.retentionMilliseconds = retention }
        if let maxTasks = scenario.maxTasks { limits.maxTasks = maxTasks }
        if let ledgerSize = scenario.ledgerSize { limits.ledgerCapacity = ledgerSize }
        return limits
    }

    /// The ranges the flags and a scenario's `limits:` accept.
    public static let maxTasksRange = 1...100_000_000
    public static let ledgerSizeRange = 1...1_000_000

    /// Longest bearer key accepted, in bytes (choice): a longer one is 401 and creates nothing.
    public static let maxKeyBytes = 256
}
