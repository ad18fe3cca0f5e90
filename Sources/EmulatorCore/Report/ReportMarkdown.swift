/// The report as Markdown (`serve --report FILE.md`, `GET /_emulator/report?format=markdown`),
/// drawn from the JSON view so the two never say different things.
public enum ReportMarkdown {
    /// One document for `reports` (one per session, as `Session.reportJSON()` gives them).
    public static func render(_ reports: [JSONValue]) -> String {
        var out = "# reapi-emulator report\n"
        for report in reports { out += "\n" + section(report) }
        return out
    }

    static func section(_ r: JSONValue) -> String {
        let session = r["session"]?.stringValue ?? "?"
        var out = "## Session `\(session)`\n\n"
        out += "Provider `\(r["provider"]?.stringValue ?? "?")`, \(r["requests_observed"]?.intValue ?? 0) requests observed, "
            + "report at \(r["generated_at"]?.stringValue ?? "?") (session clock).\n\n"
        out += "### Coverage\n\n"
        let models = r["coverage"]?["models"]?.arrayValue ?? []
        if models.isEmpty {
            out += "No model was used.\n\n"
        } else {
            out += "| model | requests | exercised | never exercised |\n|---|---|---|---|\n"
            for m in models {
                out += "| `\(m["model"]?.stringValue ?? "?")` | \(m["requests"]?.intValue ?? 0) | \(list(m["exercised"])) | \(list(m["never_exercised"])) |\n"
            }
            out += "\n"
        }
        if let counts = r["coverage"]?["unattributed"]?["counts"]?.objectValue, !counts.isEmpty {
            let parts = counts.pairs.map { "`\($0.key)` × \($0.value.intValue ?? 0)" }
            out += "Without a model (polls of unknown task ids, submits naming no known model): " + parts.joined(separator: ", ") + ".\n\n"
        }
        if let balance = r["coverage"]?["balance"], let reads = balance["requests"]?.intValue, reads > 0 {
            out += "`GET /api/v1/balance`: \(reads) requests, \(balance["answered"]?.intValue ?? 0) answered 200.\n\n"
        }
        out += refusals(r["refusals"])
        out += "### Client behaviour\n\n"
        if let cadence = r["poll_cadence"]?.stringValue { out += "Poll cadence: \(cadence).\n\n" }
        let findings = r["findings"]?.arrayValue ?? []
        if findings.isEmpty {
            let checked = (r["rules_checked"]?.arrayValue ?? []).compactMap(\.stringValue).map { "`\($0)`" }
            out += "No rule broken (checked: \(checked.joined(separator: ", "))).\n"
        }
        for f in findings {
            out += "- **\(f["rule_id"]?.stringValue ?? "?")** × \(f["count"]?.intValue ?? 0): \(f["rule"]?.stringValue ?? "")\n"
            out += "  Source: [\(f["source"]?["title"]?.stringValue ?? "")](\(f["source"]?["url"]?.stringValue ?? ""))\n"
            for e in f["evidence"]?.arrayValue ?? [] {
                let ids = (e["request_ids"]?.arrayValue ?? []).compactMap(\.stringValue).map { "`\($0)`" }.joined(separator: ", ")
                let task = e["task_id"]?.stringValue.map { " task `\($0)`" } ?? ""
                out += "  - \(ids)\(task): \(e["detail"]?.stringValue ?? "")\n"
            }
            if let omitted = f["evidence_omitted"]?.intValue, omitted > 0 { out += "  - … and \(omitted) more\n" }
        }
        return out
    }

    /// Refused submits per model and code, and requests to routes that do not exist.
    static func refusals(_ r: JSONValue?) -> String {
        let submits = r?["refused_submits"]?.arrayValue ?? [], routes = r?["unknown_routes"]?.arrayValue ?? []
        guard !submits.isEmpty || !routes.isEmpty else { return "" }
        var out = "### Refused requests\n\n"
        for s in submits {
            let model = s["model"]?.stringValue.map { "`\($0)`" } ?? "no known model"
            out += "- submit to \(model), code \(s["code"]?.intValue ?? 0) × \(s["count"]?.intValue ?? 0)\n"
            out += evidence(s)
        }
        for u in routes {
            out += "- unknown route `\(u["method"]?.stringValue ?? "?") \(u["path"]?.stringValue ?? "?")` (\(u["status"]?.intValue ?? 0)) × \(u["count"]?.intValue ?? 0)\n"
            out += evidence(u)
        }
        if let more = r?["not_itemised"]?.intValue, more > 0 { out += "- … and \(more) more, not itemised\n" }
        return out + "\n"
    }

    private static func evidence(_ bucket: JSONValue) -> String {
        var out = ""
        for e in bucket["evidence"]?.arrayValue ?? [] {
            let field = e["field"]?.stringValue.map { " field `\($0)`" } ?? ""
            out += "  - `\(e["request_id"]?.stringValue ?? "?")`\(field): \(e["message"]?.stringValue ?? "")\n"
        }
        if let omitted = bucket["evidence_omitted"]?.intValue, omitted > 0 { out += "  - … and \(omitted) more\n" }
        return out
    }

    private static func list(_ value: JSONValue?) -> String {
        let names = (value?.arrayValue ?? []).compactMap(\.stringValue)
        return names.isEmpty ? "—" : names.map { "`\($0)`" }.joined(separator: " ")
    }
}
