/// Reads a scenario document into a `Scenario`, checking every key against the format in
/// docs/scenarios.md and collecting every problem rather than stopping at the first.
///
/// The linter never trusts the document: wrong types, unknown keys, out-of-range numbers and
/// contradictory rules all become `ScenarioProblem`s with a path and a line.
struct ScenarioLinter {
    static let rootKeys = [
        "name", "clock", "time_scale", "seed", "start_time", "accounts", "default_credits", "rate_limit",
        "latency", "rules", "url_ttl", "codes", "models", "journal", "limits", "unknown_fields", "report",
        "source_seconds",
    ]
    /// Bounds that keep the engine's arithmetic (clock scaling, balances, buffers) far from overflow.
    static let maxCredits = CreditBounds.maxBalance
    static let maxJournalCapacity = 1_000_000

    /// When given, model ids in the scenario must be among these (or defined by its `models:`).
    var knownModels: Set<String>?
    var problems: [ScenarioProblem] = []

    init(knownModels: Set<String>?) { self.knownModels = knownModels }

    /// The scenario the document describes; meaningful only when `problems` is empty.
    mutating func lint(_ root: YAMLValue) -> Scenario {
        var scenario = Scenario.empty
        if root.isNull { return scenario }
        guard let fields = mapping(root, "", keys: Self.rootKeys, hint: " of scenario settings") else { return scenario }
        // A `models:` entry naming an unknown id defines that model, so rules and url_ttl may name it.
        if let entry = fields["models"], case .mapping(let entries) = entry.value.content {
            knownModels?.formUnion(entries.filter { !$0.value.isNull }.map(\.key))
        }

        if let entry = fields["name"] { scenario.name = string(entry.value, "name") }
        if let entry = fields["clock"] { scenario.clock = choice(entry.value, "clock", as: EmulatorClock.Mode.self) }
        if let entry = fields["time_scale"] { scenario.timeScale = timeScale(entry.value) }
        if let entry = fields["seed"] { scenario.seed = seed(entry.value) }
        if let entry = fields["start_time"] { scenario.startTime = startTime(entry.value) }
        if let entry = fields["accounts"] { scenario.accounts = accounts(entry.value) }
        if let entry = fields["default_credits"] {
            scenario.defaultCredits = integer(entry.value, "default_credits", in: 0...Self.maxCredits, "an integer from 0 to 10^15")
            if fields["accounts"] != nil {
                report("default_credits", entry.line, "has no effect when `accounts` is present (give each account its `credits`)")
            }
        }
        if let entry = fields["rate_limit"] { scenario.rateLimit = rateLimit(entry.value) }
        if let entry = fields["latency"] { scenario.latency = latency(entry.value) }
        if let entry = fields["rules"] { scenario.rules = rules(entry.value, accounts: scenario.accounts) }
        if let entry = fields["url_ttl"] { scenario.urlTTL = urlTTL(entry.value) }
        if let entry = fields["codes"] { scenario.codes = codes(entry.value) }
        if let entry = fields["models"] { scenario.models = models(entry.value) }
        if let entry = fields["unknown_fields"] {
            scenario.unknownFields = choice(entry.value, "unknown_fields", as: UnknownFieldPolicy.self)
        }
        if let entry = fields["journal"] {
            let journal = mapping(entry.value, "journal", keys: ["capacity"])
            if let capacity = journal?["capacity"] {
                scenario.journalCapacity = integer(capacity.value, "journal.capacity", in: 1...Self.maxJournalCapacity,
                                                   "an integer from 1 to \(Self.maxJournalCapacity)")
            }
        }
        if let entry = fields["limits"] { scenario.limits = limits(entry.value) }
        if let entry = fields["source_seconds"] { scenario.sourceSeconds = sourceSeconds(entry.value) }
        if let entry = fields["report"] { scenario.report = reportSettings(entry.value) }
        return scenario
    }

    /// `source_seconds: {URL or pattern with *: seconds}`: source clips' lengths (see `SourceLengths`).
    private mutating func sourceSeconds(_ value: YAMLValue) -> [String: Int] {
        guard case .mapping(let entries) = value.content else {
            report("source_seconds", value.line, "expected a mapping of URL (or pattern with *) to seconds")
            return [:]
        }
        var lengths: [String: Int] = [:]
        for entry in entries {
            let path = Self.join("source_seconds", entry.key)
            if let seconds = integer(entry.value, path, in: 1...ClipSpec.maxSeconds, "an integer from 1 to \(ClipSpec.maxSeconds)") {
                lengths[entry.key] = seconds
            }
        }
        return lengths
    }

    private mutating func limits(_ value: YAMLValue) -> ScenarioLimits {
        var limits = ScenarioLimits()
        guard let fields = mapping(value, "limits", keys: ["task_retention", "max_tasks", "ledger_size"]) else { return limits }
        if let entry = fields["task_retention"] { limits.taskRetentionMilliseconds = duration(entry.value, "limits.task_retention") }
        let tasks = StoreLimits.maxTasksRange, ledger = StoreLimits.ledgerSizeRange
        if let entry = fields["max_tasks"] {
            limits.maxTasks = integer(entry.value, "limits.max_tasks", in: tasks, "an integer from \(tasks.lowerBound) to \(tasks.upperBound)")
        }
        if let entry = fields["ledger_size"] {
            limits.ledgerSize = integer(entry.value, "limits.ledger_size", in: ledger, "an integer from \(ledger.lowerBound) to \(ledger.upperBound)")
        }
        return limits
    }

    private mutating func timeScale(_ value: YAMLValue) -> Double? {
        guard let scale = number(value, "time_scale") else { return nil }
        guard EmulatorClock.timeScaleRange.contains(scale) else {
            report("time_scale", value.line, "must be greater than 0 (\(EmulatorClock.timeScaleRangeText)), got \(Self.describe(value))")
            return nil
        }
        return scale
    }

    private mutating func seed(_ value: YAMLValue) -> UInt64? {
        guard case .scalar(let scalar) = value.content else {
            report("seed", value.line, "expected a non-negative integer, got \(Self.describe(value))")
            return nil
        }
        switch ScalarNumber.unsigned(scalar) {
        case .value(let seed): return seed
        case .negative: report("seed", value.line, "must be a non-negative integer, got \(Self.clip(scalar.text))")
        case .outOfRange: report("seed", value.line, "must be at most 18446744073709551615, got \(Self.clip(scalar.text))")
        case .notAnInteger: report("seed", value.line, "expected a non-negative integer, got \(Self.describe(value))")
        }
        return nil
    }

    private mutating func startTime(_ value: YAMLValue) -> Timestamp? {
        let expected = "an ISO 8601 UTC time like `2026-01-01T00:00:00Z` or Unix seconds from 1970 to year 9999"
        guard case .scalar(let scalar) = value.content, [.string, .timestamp, .int].contains(scalar.kind),
              let time = TimestampText.parse(scalar.text) else {
            report("start_time", value.line, "expected \(expected), got \(Self.describe(value))")
            return nil
        }
        return time
    }

    private mutating func accounts(_ value: YAMLValue) -> [AccountSpec]? {
        guard case .list(let items) = value.content else {
            report("accounts", value.line, "expected a list of accounts like `- {key: rk_test_alice, credits: 500}`, got \(Self.describe(value))")
            return nil
        }
        var accounts: [AccountSpec] = []
        var firstLine: [String: Int?] = [:]
        for (index, item) in items.enumerated() {
            let path = "accounts[\(index)]"
            guard let fields = mapping(item, path, keys: ["key", "credits", "revoked"]) else { continue }
            guard let keyEntry = fields["key"] else {
                report(path, item.line, "an account needs a `key`")
                continue
            }
            let keyPath = Self.join(path, "key")
            guard let key = string(keyEntry.value, keyPath, allowEmpty: false) else { continue }
            if key.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }) {
                report(keyPath, keyEntry.value.line, "a key is sent as `Bearer <key>`, so it cannot contain spaces or control characters")
                continue
            }
            if let first = firstLine[key] {
                report(keyPath, keyEntry.value.line, "duplicate account key `\(Self.clip(key))`" + (first.map { " (first at line \($0))" } ?? ""))
                continue
            }
            firstLine[key] = keyEntry.value.line
            var account = AccountSpec(key: key)
            if let entry = fields["credits"] {
                guard let credits = integer(entry.value, Self.join(path, "credits"), in: 0...Self.maxCredits,
                                            "an integer from 0 to 10^15") else { continue }
                account.credits = credits
            }
            if let entry = fields["revoked"] {
                guard let revoked = bool(entry.value, Self.join(path, "revoked")) else { continue }
                account.revoked = revoked
            }
            accounts.append(account)
        }
        return accounts
    }

    private mutating func rateLimit(_ value: YAMLValue) -> RateLimit? {
        guard let fields = mapping(value, "rate_limit", keys: ["requests_per_minute"], hint: " like `{requests_per_minute: 60}`")
        else { return nil }
        guard let entry = fields["requests_per_minute"] else {
            report("rate_limit", value.line, "needs `requests_per_minute`")
            return nil
        }
        return integer(entry.value, "rate_limit.requests_per_minute", in: 1...Int.max, "an integer ≥ 1")
            .map { RateLimit(requestsPerMinute: $0) }
    }

    private mutating func latency(_ value: YAMLValue) -> Latency {
        var latency = Latency()
        guard let fields = mapping(value, "latency", keys: ["submit", "poll", "media"]) else { return latency }
        if let entry = fields["submit"] { latency.submit = durationRange(entry.value, "latency.submit") }
        if let entry = fields["poll"] { latency.poll = durationRange(entry.value, "latency.poll") }
        if let entry = fields["media"] { latency.media = durationRange(entry.value, "latency.media") }
        return latency
    }

    /// Lifetimes in seconds; a lifetime under one second is rounded up to one.
    private mutating func urlTTL(_ value: YAMLValue) -> [String: Int64] {
        var ttl: [String: Int64] = [:]
        for entry in modelEntries(value, "url_ttl", expecting: " of model ids to durations like `{z-image: 1h}`") {
            let path = Self.join("url_ttl", entry.key)
            guard let milliseconds = duration(entry.value, path) else { continue }
            guard milliseconds > 0 else {
                report(path, entry.value.line, "must be longer than 0")
                continue
            }
            ttl[entry.key] = (milliseconds + 999) / 1000
        }
        return ttl
    }

    private mutating func codes(_ value: YAMLValue) -> [String: Int] {
        guard case .mapping(let entries) = value.content else {
            report("codes", value.line, "expected a mapping of error kinds to codes like `{task_not_found: 40001}`, got \(Self.describe(value))")
            return [:]
        }
        let names = ErrorKind.all.map(\.name)
        var codes: [String: Int] = [:]
        for entry in entries where !entry.value.isNull {
            let path = Self.join("codes", entry.key)
            guard names.contains(entry.key) else {
                let advice = NameSuggestion.closest(to: entry.key, among: names).map { " (did you mean `\($0)`?)" }
                    ?? "; error kinds: \(names.joined(separator: ", "))"
                report(path, entry.line, "unknown error kind `\(Self.clip(entry.key))`\(advice)")
                continue
            }
            codes[entry.key] = integer(entry.value, path, in: 10000...99999, "a 5-digit code (10000–99999)")
        }
        return codes
    }

    private mutating func models(_ value: YAMLValue) -> [String: JSONValue] {
        var models: [String: JSONValue] = [:]
        for entry in modelEntries(value, "models", expecting: " of model ids to definitions (overrides, or new models)") {
            let path = Self.join("models", entry.key)
            guard case .mapping = entry.value.content else {
                report(path, entry.value.line, "expected a mapping of model-definition fields, got \(Self.describe(entry.value))")
                continue
            }
            checkPixels(inOverride: entry.value, path)
            models[entry.key] = json(entry.value, path)
        }
        return models
    }

    /// The non-null entries of a mapping keyed by model id, each id checked against `knownModels`.
    private mutating func modelEntries(_ value: YAMLValue, _ path: String, expecting: String) -> [YAMLEntry] {
        guard case .mapping(let entries) = value.content else {
            report(path, value.line, "expected a mapping\(expecting), got \(Self.describe(value))")
            return []
        }
        return entries.filter { entry in
            !entry.value.isNull && checkModel(entry.key, Self.join(path, entry.key), entry.line)
        }
    }

    /// Whether `id` is a known model (always true without `knownModels`); reports it if not.
    mutating func checkModel(_ id: String, _ path: String, _ line: Int?) -> Bool {
        guard let knownModels, !knownModels.contains(id) else { return true }
        let known = knownModels.sorted()
        let hint = NameSuggestion.hint(for: id, among: known)
        report(path, line, "unknown model `\(Self.clip(id))`\(hint); known models: \(known.joined(separator: ", "))")
        return false
    }
}
