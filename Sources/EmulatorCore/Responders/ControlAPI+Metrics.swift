/// `GET /_emulator/metrics`: Prometheus text exposition (version 0.0.4), written by hand.
/// Per-session figures are summed over the default session and every open session.
extension ControlAPI {
    func metricsAnswer() -> Answer {
        var out = MetricsText()
        out.family("reapi_emulator_requests_total", "counter", "Requests answered, by route and HTTP status (0: connection dropped).")
        for row in metrics.requestCounts {
            out.sample("reapi_emulator_requests_total", ["route": row.route, "status": row.status], row.count)
        }
        var totals = SessionState.Counts()
        var evicted = 0
        for session in [sessions.defaultSession] + sessions.all() {
            let counts = session.transaction { s, _ in s.counts }
            totals.processing += counts.processing
            totals.completed += counts.completed
            totals.failed += counts.failed
            totals.forgotten += counts.forgotten
            totals.creditsCharged += counts.creditsCharged
            totals.creditsRefunded += counts.creditsRefunded
            evicted += session.journal.withLock { $0.evicted }
        }
        out.family("reapi_emulator_tasks", "gauge", "Tasks kept, by status.")
        out.sample("reapi_emulator_tasks", ["status": "processing"], totals.processing)
        out.sample("reapi_emulator_tasks", ["status": "completed"], totals.completed)
        out.sample("reapi_emulator_tasks", ["status": "failed"], totals.failed)
        out.single("reapi_emulator_tasks_forgotten_total", "counter", "Tasks forgotten (retention or --max-tasks).", totals.forgotten)
        out.single("reapi_emulator_credits_charged_total", "counter", "Credits charged at accept.", totals.creditsCharged)
        out.single("reapi_emulator_credits_refunded_total", "counter", "Credits refunded for failed tasks.", totals.creditsRefunded)
        out.single("reapi_emulator_journal_evictions_total", "counter", "Journal entries that fell off the ring.", evicted)
        out.single("reapi_emulator_renders_in_flight", "gauge", "Images being drawn or queued.", renderGate.inFlight)
        out.single("reapi_emulator_sessions", "gauge", "Sessions open besides the default one.", sessions.count)
        for gauge in metrics.externalGauges { out.single(gauge.name, "gauge", gauge.help, gauge.value) }
        return Answer(HTTPResponse(status: 200, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")],
                                   body: Array(out.text.utf8)))
    }
}

/// Lines of the Prometheus text format.
struct MetricsText {
    private(set) var text = ""

    mutating func family(_ name: String, _ type: String, _ help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)], _ value: Int) {
        let rendered = labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",")
        text += labels.isEmpty ? "\(name) \(value)\n" : "\(name){\(rendered)} \(value)\n"
    }

    mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Int) {
        sample(name, labels.map { ($0.key, $0.value) }, value)
    }

    mutating func single(_ name: String, _ type: String, _ help: String, _ value: Int) {
        family(name, type, help)
        sample(name, [], value)
    }

    static func escape(_ value: String) -> String {
        value.backslashEscaped(newlines: true)
    }
}
