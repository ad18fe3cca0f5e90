/// `report: {tolerance, poll_cadence: {<model>: {first_poll, every}}}` (docs/scenarios.md).
extension ScenarioLinter {
    mutating func reportSettings(_ value: YAMLValue) -> ReportScenario {
        var settings = ReportScenario()
        guard let fields = mapping(value, "report", keys: ["tolerance", "poll_cadence"]) else { return settings }
        if let entry = fields["tolerance"], let t = number(entry.value, "report.tolerance") {
            if t > 0, t <= 1 { settings.tolerance = t } else { report("report.tolerance", entry.line, "must be greater than 0 and at most 1, got \(t)") }
        }
        guard let cadence = fields["poll_cadence"] else { return settings }
        guard case .mapping(let entries) = cadence.value.content else {
            report("report.poll_cadence", cadence.line, "expected a mapping of model ids to `{first_poll, every}`, got \(Self.describe(cadence.value))")
            return settings
        }
        for entry in entries where !entry.value.isNull {
            let path = Self.join("report.poll_cadence", entry.key)
            guard checkModel(entry.key, path, entry.line), let keys = mapping(entry.value, path, keys: ["first_poll", "every"]) else { continue }
            var model = ReportScenario.Cadence()
            if let first = keys["first_poll"] { model.firstPollMilliseconds = duration(first.value, Self.join(path, "first_poll")) }
            if let every = keys["every"] { model.everyMilliseconds = duration(every.value, Self.join(path, "every")) }
            settings.pollCadence[entry.key] = model
        }
        return settings
    }
}
