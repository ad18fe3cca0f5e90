/// `poll_cadence` of a model definition (docs/models.md): how fast the report lets a client
/// poll that model's tasks. Without it a model has the platform's cadence (`PollCadence.platform`).
extension PollCadence {
    static let keys = ["first_poll_ms", "phases", "documented"]
    static let phaseKeys = ["from_ms", "every_ms"]
    /// Longest wait a cadence may name: one day.
    static let maxMilliseconds = 86_400_000

    init(_ object: FixtureObject) throws(ModelDefinitionError) {
        try object.rejectUnknownKeys(Self.keys)
        let first = try object.int("first_poll_ms", in: 0...Self.maxMilliseconds)
        let documented = try object.string("documented")
        guard let list = object.value("phases")?.arrayValue, !list.isEmpty else {
            throw ModelDefinitionError(path: object.path("phases"), "is required: a non-empty array of {from_ms, every_ms}")
        }
        var phases: [(since: Int64, interval: Int64)] = []
        for (index, item) in list.enumerated() {
            let phase = try FixtureObject(item, path: object.path("phases.\(index)"))
            try phase.rejectUnknownKeys(Self.phaseKeys)
            let since = Int64(try phase.int("from_ms", in: 0...Self.maxMilliseconds))
            if let last = phases.last, since <= last.since {
                throw ModelDefinitionError(path: phase.path("from_ms"), "must be later than the phase before")
            }
            phases.append((since, Int64(try phase.int("every_ms", in: 1...Self.maxMilliseconds))))
        }
        self.init(firstPollMilliseconds: Int64(first), phases: phases, documented: documented)
    }
}
