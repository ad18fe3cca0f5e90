import ReAPIEmulatorKit

/// `serve --report FILE`: the format from the extension, a first (empty) report written at
/// start so a path that cannot be written fails before anything is served, the real one
/// written at shutdown.
struct ReportFile {
    let path: String
    let format: Emulator.ReportFormat

    /// nil when no report was asked for; throws for an extension that is neither JSON nor Markdown.
    init?(path: String?) throws {
        guard let path else { return nil }
        guard let format = Emulator.ReportFormat(path: path) else {
            throw CLIError("--report \(path): the file name must end in .json, .md or .markdown")
        }
        self.path = path
        self.format = format
    }

    func start(_ emulator: Emulator) throws {
        emulator.keepEndedSessionReports()
        try write(emulator)
    }

    func write(_ emulator: Emulator) throws {
        do {
            try emulator.writeReport(to: path, format: format)
        } catch {
            throw CLIError("\(error)")
        }
    }
}
