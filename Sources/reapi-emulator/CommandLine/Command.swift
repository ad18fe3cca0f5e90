/// A command of `reapi-emulator`: described by its spec, made from its parsed command line, then run.
/// `run` throws `CLIError` (one line, exit 1), `UsageError` (exit 64) or `ExitStatus`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    init(_ arguments: ArgumentList) throws(UsageError)
    func run() throws
}

/// Ends the process with this status and nothing more on stderr: the command already printed
/// its problems (`validate`, `models --scenario`, `diff` below the minimum score).
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
