/// The client-behaviour rules the report checks, each with what it says and the public page
/// it comes from (docs/control-api.md, "Report", lists them with their thresholds).
public enum ClientRule: String, Sendable, CaseIterable {
    case pollTooFast = "poll_too_fast"
    case retryAfterIgnored = "retry_after_ignored"
    case blindRetry = "blind_retry"
    case mediaAfterExpiry = "media_after_expiry"
    case neverPolledToTerminal = "never_polled_to_terminal"
    case pollAfterTerminal = "poll_after_terminal"

    /// The rule's place in `allCases`.
    var index: Int {
        switch self {
        case .pollTooFast: 0
        case .retryAfterIgnored: 1
        case .blindRetry: 2
        case .mediaAfterExpiry: 3
        case .neverPolledToTerminal: 4
        case .pollAfterTerminal: 5
        }
    }

    /// What a client is expected to do, in one sentence.
    public var rule: String {
        switch self {
        case .pollTooFast:
            "Poll each task no faster than its model's documented cadence: reAPI asks for one request every 1–2 s; "
                + "gpt-image-2-official asks to wait ~30 s before the first poll, then poll every 3–5 s, and back off to 10 s after 3 minutes."
        case .retryAfterIgnored:
            "After an answer carrying Retry-After, send nothing more with that key until the given seconds have passed."
        case .blindRetry:
            "Do not resubmit the same payload after a 5xx or a dropped connection: every accepted submit is charged "
                + "and reAPI does not deduplicate (Idempotency-Key has no effect), so a blind retry can pay twice."
        case .mediaAfterExpiry:
            "Fetch result URLs within their lifetime (7 days for gpt-image-2-official, 24 hours for most others) and mirror them to your own storage."
        case .neverPolledToTerminal:
            "Poll every submitted task until its status is completed or failed: a failed task is refunded, a completed one carries the result URLs."
        case .pollAfterTerminal:
            "Stop polling a task once a poll has shown completed or failed: terminal statuses never change."
        }
    }

    /// The documentation the rule comes from: a title and a public URL.
    public var source: (title: String, url: String) {
        switch self {
        case .pollTooFast:
            ("reAPI docs: \"Recommended polling cadence: 1 request every 1–2 seconds\"; gpt-image-2-official page, \"Polling pattern\"",
             "https://reapi.ai/docs/api")
        case .retryAfterIgnored:
            ("RFC 9110 §10.2.3 Retry-After: how long the user agent ought to wait before making a follow-up request",
             "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3")
        case .blindRetry:
            ("reAPI docs, gpt-image-2-official page, \"Pricing\": charged on submit, refunded only for failed tasks",
             "https://reapi.ai/docs")
        case .mediaAfterExpiry:
            ("reAPI docs: output.image_urls \"valid for 7 days\" (gpt-image-2-official); \"Generated URLs expire — mirror them\" (z-image)",
             "https://reapi.ai/docs")
        case .neverPolledToTerminal:
            ("reAPI docs: \"Poll GET /api/v1/tasks/{id} until status is completed\"; API in One: \"Poll until status is 'completed' or 'failed'\"",
             "https://reapi.ai/docs/api")
        case .pollAfterTerminal:
            ("reAPI docs, tasks: statuses processing → completed | failed; API in One: \"Poll until status is 'completed' or 'failed'\"",
             "https://reapi.ai/docs/api")
        }
    }
}

/// How fast one model's tasks may be polled, on the session's clock.
public struct PollCadence: Sendable, Equatable {
    /// The least time from submit to the first poll.
    public var firstPollMilliseconds: Int64
    /// From `since` milliseconds after submit, polls at least `interval` apart; in order.
    public var phases: [(since: Int64, interval: Int64)]
    /// How the documentation words it, for the evidence lines.
    public var documented: String

    public init(firstPollMilliseconds: Int64, phases: [(since: Int64, interval: Int64)], documented: String) {
        self.firstPollMilliseconds = firstPollMilliseconds
        self.phases = phases
        self.documented = documented
    }

    /// An interval counts as too fast below this share of the documented one: clients that
    /// sleep the documented time arrive a little early on a real clock (choice).
    public static let tolerance = 0.9

    public static func == (a: PollCadence, b: PollCadence) -> Bool {
        a.firstPollMilliseconds == b.firstPollMilliseconds && a.documented == b.documented
            && a.phases.map(\.since) == b.phases.map(\.since) && a.phases.map(\.interval) == b.phases.map(\.interval)
    }

    /// reAPI's platform cadence (one request every 1–2 s per task, the submit counting as the
    /// first), also used for API in One, whose page gives none (choice).
    public static let platform = PollCadence(firstPollMilliseconds: 1_000, phases: [(0, 1_000)],
                                             documented: "one poll every 1–2 s per task")

    /// The least gap allowed before a poll at `elapsed` ms after submit: the first-poll wait
    /// for the first one, else the phase's interval.
    func minimumGap(elapsed: Int64, isFirst: Bool) -> Int64 {
        if isFirst { return firstPollMilliseconds }
        return phases.last { elapsed >= $0.since }?.interval ?? 0
    }
}
