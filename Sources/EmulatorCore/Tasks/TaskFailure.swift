/// The documented task failure codes (docs/contract.md §2): carried inside a failed task's
/// `error`, never as an HTTP status.
public enum TaskFailureCode: Int, Sendable, CaseIterable {
    case providerSubmitFailed = 80001
    case providerPollingTimeout = 80002
    case providerFailed = 80003
    case contentPolicy = 80006

    /// The message a failed task carries unless a scenario gives its own.
    public var defaultMessage: String {
        switch self {
        case .providerSubmitFailed: "provider_submit_failed: upstream returned 503 on submit after 5 attempts with exponential backoff"
        case .providerPollingTimeout: "provider_polling_timeout: the worker's wall-clock cap of 1 hour was reached"
        case .providerFailed: "provider_failed: upstream returned a terminal failure"
        case .contentPolicy: "Request violates content policy"
        }
    }

    /// When the failure shows, counted from submit, if the scenario gives no `after`:
    /// 80001 after the ~30 s retry budget, 80002 at the 1-hour cap, the others at the
    /// time the task would have completed (`drawn`).
    public func defaultDelayMilliseconds(drawn: Int64) -> Int64 {
        switch self {
        case .providerSubmitFailed: 30_000
        case .providerPollingTimeout: 3_600_000
        case .providerFailed, .contentPolicy: drawn
        }
    }
}
