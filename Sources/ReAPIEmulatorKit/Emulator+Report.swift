import EmulatorCore

/// The coverage and client-behaviour report of a whole listener, for `serve --report FILE`
/// and for embedders (docs/control-api.md, "Report").
extension Emulator {
    /// What a report file holds, chosen by its extension.
    public enum ReportFormat: Sendable {
        case json, markdown

        /// `.json` → JSON, `.md` / `.markdown` → Markdown, anything else nil.
        public init?(path: String) {
            let name = path.split(separator: "/").last ?? ""
            let dot = name.dropFirst().lastIndex(of: ".")
            switch dot.map({ name[name.index(after: $0)...].lowercased() }) {
            case "json": self = .json
            case "md", "markdown": self = .markdown
            default: return nil
            }
        }
    }

    /// Reports of ended sessions kept for the report file (the latest ones past it are counted).
    public static let retiredReportCapacity = 256

    /// Keeps the reports of sessions that end from now on, so a report file written at
    /// shutdown covers them too.
    public func keepEndedSessionReports() {
        app.sessions.retiredReports.keep(upTo: Self.retiredReportCapacity)
    }

    /// One report per session: the default one, the open ones, then the ended ones kept.
    public func sessionReports() -> (reports: [SessionReport], endedDropped: Int) {
        let retired = app.sessions.retiredReports.reports
        let open = [app.defaultSession] + app.sessions.all()
        return (open.map { $0.reportValue() } + retired.reports, retired.dropped)
    }

    /// The report document in `format`: JSON `{"sessions": [...], "ended_sessions_dropped": N}`
    /// or Markdown, one section per session.
    public func reportDocument(_ format: ReportFormat) -> String {
        let (reports, dropped) = sessionReports()
        switch format {
        case .json:
            return JSONWriter.string(["sessions": .array(reports.map(\.json)), "ended_sessions_dropped": .int(dropped)]) + "\n"
        case .markdown:
            var text = ReportMarkdown.render(reports)
            if dropped > 0 { text += "\n\(dropped) ended session(s) not shown: only the latest \(Self.retiredReportCapacity) are kept.\n" }
            return text
        }
    }

    /// Writes the report to `path` (format by extension), replacing the file at once.
    /// Refuses a path that is a symlink, a device or a FIFO (`OutputFile`); replaces a
    /// regular file whole (written aside, then renamed).
    public func writeReport(to path: String, format: ReportFormat) throws(OutputFile.Refusal) {
        try OutputFile.replace(path, with: Array(reportDocument(format).utf8), flag: "--report")
    }
}

extension SessionControls {
    /// The session's coverage and client-behaviour report, as `GET /_emulator/report` shows it.
    public func report() -> JSONValue { session.reportJSON() }

    /// The same as Markdown.
    public func reportMarkdown() -> String { ReportMarkdown.render([session.reportValue()]) }
}
