/// The JSON view of a report: what `GET /_emulator/report` answers.
extension SessionReport {
    public var json: JSONValue {
        var models: [JSONValue] = []
        for m in self.models {
            var counts = JSONObject()
            for (outcome, count) in m.counts { counts[outcome] = .int(count) }
            models.append(["model": .string(m.model), "requests": .int(m.requests),
                           "exercised": .array(m.exercised.map(JSONValue.string)),
                           "never_exercised": .array(m.neverExercised.map(JSONValue.string)), "counts": .object(counts)])
        }
        var unattributed = JSONObject()
        for (outcome, count) in unattributedCounts { unattributed[outcome] = .int(count) }
        let findings: [JSONValue] = self.findings.map { f in
            ["rule_id": .string(f.rule.rawValue), "rule": .string(f.rule.rule),
             "source": ["title": .string(f.rule.source.title), "url": .string(f.rule.source.url)],
             "count": .int(f.count), "evidence": .array(f.evidence.map(\.json)), "evidence_omitted": .int(f.omitted)]
        }
        return ["session": .string(session), "provider": .string(provider.rawValue), "generated_at": .string(generatedAt.iso8601),
                "requests_observed": .int(requestsObserved),
                "coverage": ["documented_outcomes": .array(documentedOutcomes.map(JSONValue.string)), "models": .array(models),
                             "unattributed": ["requests": .int(unattributedRequests), "counts": .object(unattributed)],
                             "balance": ["requests": .int(balanceRequests), "answered": .int(balanceAnswered)]],
                "refusals": refusals.json,
                "poll_cadence": .string(pollCadence),
                "findings": .array(findings),
                "rules_checked": .array(rulesChecked.map { .string($0.rawValue) }),
                "tasks": ["tracked": .int(tasksTracked), "in_flight": .int(tasksInFlight), "untracked": .int(tasksUntracked),
                          "capacity": .int(taskCapacity)]]
    }
}
