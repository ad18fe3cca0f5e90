/// One entry of a scenario's `rules`: which requests it applies to and what happens to them.
///
/// Rules are checked in order for every request of their phase; the first whose `match` fits
/// decides, and later rules are not consulted. A rule has at most one outcome (`fail`, `reject`,
/// `respond` or `fault`); without one it only sets timings (`duration`, `delay`), and a rule
/// with neither lets matching requests through untouched (shielding them from later rules).
public struct Rule: Sendable, Equatable {
    /// The request kind a rule is checked against.
    public enum Phase: String, Sendable, CaseIterable {
        /// `POST /api/v1/images/generations`, after the request passed validation.
        case submit
        /// `GET /api/v1/tasks/{id}` for a task that exists and belongs to the key.
        case poll
        /// The webhook delivery of a task submitted with `callback_url`, decided when the
        /// task is accepted (it may use `fail: {attempts: N}`, `delay` and `body`).
        case callback
    }

    /// `on`: the phase this rule applies to (default `submit`).
    public var on: Phase
    /// `match`: which requests of that phase the rule applies to (empty: all).
    public var match: RuleMatch
    /// `duration`: processing time of the task the matched submit creates.
    public var duration: DurationRange?
    /// `fail`: the task is accepted and charged, then fails (and is refunded).
    public var fail: TaskFailure?
    /// `reject`: the submit is refused before a task exists (never charged).
    public var reject: RejectKind?
    /// `respond`: a scripted HTTP answer instead of the normal one.
    public var respond: ScriptedResponse?
    /// `delay`: how long this answer is held (replaces the phase's `latency`).
    public var delay: DurationRange?
    /// `fault`: the connection is dropped instead of answered.
    public var fault: ConnectionFault?
    /// `fail: {attempts: N}` of a callback rule: the first N delivery attempts fail without
    /// reaching the receiver, as if it had not answered.
    public var failedAttempts: Int?
    /// `body` of a callback rule: the delivered JSON, with `{path}` placeholders naming fields
    /// of the task's poll answer (`{data.status}`); nil sends the poll answer itself.
    public var body: JSONValue?
    /// Position in `rules`, from 0 (for the journal and diagnostics).
    public var index: Int

    public init(
        on: Phase = .submit, match: RuleMatch = RuleMatch(), duration: DurationRange? = nil,
        fail: TaskFailure? = nil, reject: RejectKind? = nil, respond: ScriptedResponse? = nil,
        delay: DurationRange? = nil, fault: ConnectionFault? = nil, failedAttempts: Int? = nil,
        body: JSONValue? = nil, index: Int
    ) {
        self.on = on
        self.match = match
        self.duration = duration
        self.fail = fail
        self.reject = reject
        self.respond = respond
        self.delay = delay
        self.fault = fault
        self.failedAttempts = failedAttempts
        self.body = body
        self.index = index
    }
}

/// `match`: every key given must hold for a request to match; an empty match matches everything.
public struct RuleMatch: Sendable, Equatable {
    /// `model`: the request's model id (on poll: the task's model).
    public var model: String?
    /// `prompt_contains`: a substring of the prompt, compared case-insensitively (both
    /// lower-cased, then byte for byte in UTF-8; on poll: the task's prompt).
    public var promptContains: String?
    /// `nth`: the Nth request (from 1) that fits the other keys of this match, counted per rule
    /// over every request of the rule's phase since the scenario was loaded or reset, whether or
    /// not an earlier rule decided it. Only that one request matches.
    public var nth: Int?
    /// `key`: the API key of the request.
    public var key: String?
    /// `provider`: the dialect of the listener that received the request.
    public var provider: Provider?

    public init(model: String? = nil, promptContains: String? = nil, nth: Int? = nil, key: String? = nil,
                provider: Provider? = nil) {
        self.model = model
        self.promptContains = promptContains
        self.nth = nth
        self.key = key
        self.provider = provider
    }

    /// True when no key is set: the rule applies to every request of its phase.
    public var isCatchAll: Bool {
        model == nil && promptContains == nil && nth == nil && key == nil && provider == nil
    }

    /// Whether a request fits every key except `nth` (the engine counts fits to apply `nth`).
    public func fits(model: String, prompt: String, key: String, provider: Provider) -> Bool {
        if let expected = self.model, expected != model { return false }
        if let expected = self.key, expected != key { return false }
        if let expected = self.provider, expected != provider { return false }
        if let needle = promptContains, !NeedleIndex.contains(NeedleIndex.fold(prompt), NeedleIndex.fold(needle)) { return false }
        return true
    }
}

/// `fail`: how an accepted task fails.
public struct TaskFailure: Sendable, Equatable {
    /// The task failure codes of docs/contract.md §2, the only values `code` may take.
    public static let codes = TaskFailureCode.allCases.map(\.rawValue)

    /// 80001 provider_submit_failed, 80002 provider_polling_timeout, 80003 provider_failed,
    /// 80006 content_policy.
    public var code: Int
    /// `after`: milliseconds from acceptance to failure; nil means the documented time for the code.
    public var after: Int64?
    /// `message`: the failed task's `error.message`; nil means the documented message.
    public var message: String?

    public init(code: Int, after: Int64? = nil, message: String? = nil) {
        self.code = code
        self.after = after
        self.message = message
    }
}

/// `reject`: why a submit is refused before a task exists.
public enum RejectKind: String, Sendable, CaseIterable {
    /// Pre-submission moderation: `moderation_rejected` (400, 20005), never charged.
    case moderation
}

/// `respond`: a scripted HTTP answer.
public struct ScriptedResponse: Sendable, Equatable {
    /// HTTP status, 200–599 (`ScenarioLinter.scriptedStatuses`).
    public var status: Int
    /// The body to send as JSON; nil means the provider's error envelope for `status`
    /// (`ErrorKind.forStatus`).
    public var body: JSONValue?
    /// Extra response headers (names as written).
    public var headers: [String: String]

    public init(status: Int, body: JSONValue? = nil, headers: [String: String] = [:]) {
        self.status = status
        self.body = body
        self.headers = headers
    }
}

/// `fault`: how the connection is dropped instead of answered.
public enum ConnectionFault: String, Sendable, CaseIterable {
    /// The task is created and charged, then the connection is reset before the answer.
    case resetAfterAccept = "reset_after_accept"
    /// The connection is reset before anything happens: no task, no charge.
    case resetBeforeAccept = "reset_before_accept"
}
