/// The Markdown view of reports (`serve --report FILE.md`, `GET /_emulator/report?format=markdown`),
/// drawn from the same `SessionReport` values as the JSON view.
public enum ReportMarkdown {
    /// One document for `reports` (one per session).
    public static func render(_ reports: [SessionReport]) -> String {
        var out = "# reapi-emulator report\n"
        for report in reports { out += "\n" + section(report) }
        return out
    }

    static func section(_ r: SessionReport) -> String {
        var out = "## Session `\(r.session)`\n\n"
        out += "Provider `\(r.provider.rawValue)`, \(r.requestsObserved) requests observed, "
            + "report at \(r.generatedAt.iso8601) (session clock).\n\n"
        out += "### Coverage\n\n"
        if r.models.isEmpty {
            out += "No model was used.\n\n"
        } else {
            out += "| model | requests | exercised | never exercised |\n|---|---|---|---|\n"
            for m in r.models {
                out += "| `\(m.model)` | \(m.requests) | \(list(m.exercised)) | \(list(m.neverExercised)) |\n"
            }
            out += "\n"
        }
        if !r.unattributedCounts.isEmpty {
            let parts = r.unattributedCounts.map { "`\($0.outcome)` × \($0.count)" }
            out += "Without a model (polls of unknown task ids, submits naming no known model): " + parts.joined(separator: ", ") + ".\n\n"
        }
        if r.balanceRequests > 0 {
            out += "`GET /api/v1/balance`: \(r.balanceRequests) requests, \(r.balanceAnswered) answered 200.\n\n"
        }
        out += refusals(r.refusals)
        out += "### Client behaviour\n\n"
        out += "Poll cadence: \(r.pollCadence).\n\n"
        if r.findings.isEmpty {
            out += "No rule broken (checked: \(r.rulesChecked.map { "`\($0.rawValue)`" }.joined(separator: ", "))).\n"
        }
        for f in r.findings {
            out += "- **\(f.rule.rawValue)** × \(f.count): \(f.rule.rule)\n"
            out += "  Source: [\(f.rule.source.title)](\(f.rule.source.url))\n"
            for e in f.evidence {
                let ids = e.requestIDs.map { "`\($0)`" }.joined(separator: ", ")
                let task = e.taskID.map { " task `\($0)`" } ?? ""
                out += "  - \(ids)\(task): \(e.detail)\n"
            }
            if f.omitted > 0 { out += "  - … and \(f.omitted) more\n" }
        }
        return out
    }

    /// Refused submits per model and code, and requests to routes that do not exist.
    static func refusals(_ r: ReportRefusals) -> String {
        guard !r.submits.isEmpty || !r.routes.isEmpty else { return "" }
        var out = "### Refused requests\n\n"
        for key in r.submits.keys.sorted() {
            let bucket = r.submits[key] ?? ReportRefusals.Bucket()
            let model = key.model.isEmpty ? "no known model" : "`\(key.model)`"
            out += "- submit to \(model), code \(key.code) × \(bucket.count)\n"
            out += evidence(bucket)
        }
        for key in r.routes.keys.sorted() {
            let bucket = r.routes[key] ?? ReportRefusals.Bucket()
            out += "- unknown route `\(key.method) \(key.path)` (\(key.status)) × \(bucket.count)\n"
            out += evidence(bucket)
        }
        if r.overflow > 0 { out += "- … and \(r.overflow) more, not itemised\n" }
        return out + "\n"
    }

    private static func evidence(_ bucket: ReportRefusals.Bucket) -> String {
        var out = ""
        for e in bucket.evidence {
            let field = e.field.map { " field `\($0)`" } ?? ""
            out += "  - `\(e.requestID)`\(field): \(e.message)\n"
        }
        let omitted = bucket.count - bucket.evidence.count
        if omitted > 0 { out += "  - … and \(omitted) more\n" }
        return out
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "—" : names.map { "`\($0)`" }.joined(separator: " ")
    }
}
