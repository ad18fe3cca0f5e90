/// A session's coverage and client-behaviour report as a value (docs/control-api.md,
/// "Report"): taken once from the session's report, then rendered by its views, JSON
/// (`json`, `GET /_emulator/report`) and Markdown (`ReportMarkdown`), which therefore never
/// say different things.
public struct SessionReport: Sendable {
    /// What one model's requests met of the documented outcomes.
    public struct ModelCoverage: Sendable {
        public var model: String
        public var requests: Int
        public var exercised: [String]
        public var neverExercised: [String]
        /// Outcome name → count, in name order.
        public var counts: [(outcome: String, count: Int)]
    }

    /// One broken rule, with its first pieces of evidence.
    public struct Finding: Sendable {
        public var rule: ClientRule
        public var count: Int
        public var evidence: [FindingEvidence]
        public var omitted: Int { count - evidence.count }
    }

    public var session: String
    public var provider: Provider
    public var generatedAt: Timestamp
    public var requestsObserved: Int
    public var documentedOutcomes: [String]
    public var models: [ModelCoverage]
    /// Requests no model could be named for, and their outcomes in name order.
    public var unattributedRequests: Int
    public var unattributedCounts: [(outcome: String, count: Int)]
    /// `GET /api/v1/balance` requests, and those answered 200.
    public var balanceRequests: Int
    public var balanceAnswered: Int
    var refusals: ReportRefusals
    /// The session's clock is virtual: the poll cadence is then judged on both clocks.
    public var virtualClock: Bool
    public var findings: [Finding]
    public var rulesChecked: [ClientRule] { ClientRule.allCases }
    public var tasksTracked: Int
    public var tasksInFlight: Int
    public var tasksUntracked: Int
    public var taskCapacity: Int { ClientReport.maxTrackedTasks }

    /// How the poll cadence is measured, in words.
    public var pollCadence: String {
        virtualClock
            ? "virtual clock: a poll is too fast only when it comes too soon on both the session's clock and the wall clock"
            : "measured on the session's clock"
    }
}

extension ClientReport {
    /// The report of session `id` as of `now`.
    func value(session id: String, provider: Provider, at now: Timestamp, virtualClock: Bool) -> SessionReport {
        let documented = Outcome.documented(for: provider)
        let findings = findings(at: now)
        let models = coverage.modelIDs.map { model -> SessionReport.ModelCoverage in
            let counts = coverage.counts(model)
            return SessionReport.ModelCoverage(
                model: model, requests: coverage.requests(model),
                exercised: documented.filter { counts[$0] != nil }.map(\.name),
                neverExercised: documented.filter { counts[$0] == nil }.map(\.name),
                counts: counts.keys.sorted().map { ($0.name, counts[$0] ?? 0) })
        }
        return SessionReport(
            session: id, provider: provider, generatedAt: now, requestsObserved: observed,
            documentedOutcomes: documented.map(\.name), models: models,
            unattributedRequests: coverage.requests(""),
            unattributedCounts: coverage.counts("").sorted { $0.key < $1.key }.map { ($0.key.name, $0.value) },
            balanceRequests: balanceReads.requests, balanceAnswered: balanceReads.answered, refusals: refusals,
            virtualClock: virtualClock,
            findings: ClientRule.allCases.compactMap { rule in
                guard let log = findings[rule], log.count > 0 else { return nil }
                return SessionReport.Finding(rule: rule, count: log.count, evidence: log.evidence)
            },
            tasksTracked: tracks.count, tasksInFlight: inFlight(at: now), tasksUntracked: untracked)
    }
}
