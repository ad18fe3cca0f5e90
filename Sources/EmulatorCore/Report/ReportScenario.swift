/// `report:` in a scenario (docs/scenarios.md): the report's choices, overridden — how early a
/// poll may come, per model, and the tolerance on intervals.
public struct ReportScenario: Sendable, Equatable {
    /// One model's cadence: the least wait before the first poll and between polls (ms).
    public struct Cadence: Sendable, Equatable {
        public var firstPollMilliseconds: Int64?
        public var everyMilliseconds: Int64?

        public init(firstPollMilliseconds: Int64? = nil, everyMilliseconds: Int64? = nil) {
            self.firstPollMilliseconds = firstPollMilliseconds
            self.everyMilliseconds = everyMilliseconds
        }
    }

    /// `poll_cadence`, by model id.
    public var pollCadence: [String: Cadence] = [:]
    /// `tolerance`: an interval below this share of the minimum is too fast (0 < t ≤ 1).
    public var tolerance: Double?

    public init(pollCadence: [String: Cadence] = [:], tolerance: Double? = nil) {
        self.pollCadence = pollCadence
        self.tolerance = tolerance
    }

    /// The cadence `model` is held to: its documented one (`base`, from its definition) with
    /// this scenario's overrides.
    func cadence(of model: String, base: PollCadence) -> PollCadence {
        var cadence = base
        guard let override = pollCadence[model] else { return cadence }
        if let first = override.firstPollMilliseconds { cadence.firstPollMilliseconds = first }
        if let every = override.everyMilliseconds { cadence.phases = [(0, every)] }
        cadence.documented += " (scenario: "
            + [override.firstPollMilliseconds.map { "first poll after \(ClientReport.seconds($0))" },
               override.everyMilliseconds.map { "every \(ClientReport.seconds($0))" }].compactMap { $0 }.joined(separator: ", ") + ")"
        return cadence
    }
}
