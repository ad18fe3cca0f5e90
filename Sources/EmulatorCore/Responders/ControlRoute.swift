/// The control API under `/_emulator/` (JSON in, JSON out).
enum ControlRoute: Sendable {
    case health, reset, getScenario, putScenario, getClock, advanceClock
    case listTasks, getTask, listRequests, clearRequests, listAccounts, getAccount, putAccount
    case createSession, listSessions, endSession, metrics
    case listModels, openAPI
    case getReport, clearReport

    static let table: [(String, String, ControlRoute)] = [
        ("GET", "/_emulator/health", .health),
        ("POST", "/_emulator/reset", .reset),
        ("GET", "/_emulator/scenario", .getScenario),
        ("PUT", "/_emulator/scenario", .putScenario),
        ("GET", "/_emulator/clock", .getClock),
        ("POST", "/_emulator/clock/advance", .advanceClock),
        ("GET", "/_emulator/tasks", .listTasks),
        ("GET", "/_emulator/tasks/{id}", .getTask),
        ("GET", "/_emulator/requests", .listRequests),
        ("DELETE", "/_emulator/requests", .clearRequests),
        ("GET", "/_emulator/accounts", .listAccounts),
        ("GET", "/_emulator/accounts/{key}", .getAccount),
        ("PUT", "/_emulator/accounts/{key}", .putAccount),
        ("POST", "/_emulator/sessions", .createSession),
        ("GET", "/_emulator/sessions", .listSessions),
        ("DELETE", "/_emulator/sessions/{id}", .endSession),
        ("GET", "/_emulator/metrics", .metrics),
        ("GET", "/_emulator/models", .listModels),
        ("GET", "/_emulator/report", .getReport),
        ("DELETE", "/_emulator/report", .clearReport),
        ("GET", "/_emulator/openapi.json", .openAPI),
    ]

    /// Routes of the listener as a whole, not of one session: not served under `/sessions/{id}/`.
    var isListenerWide: Bool {
        switch self {
        case .createSession, .listSessions, .endSession, .metrics: true
        default: false
        }
    }
}
