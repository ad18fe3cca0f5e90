import Foundation

/// The test process's environment without any `REAPI_EMULATOR_*` variable, plus `extra`:
/// what a child emulator sees, so a variable set on the machine cannot change a test.
func commandEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
    ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("REAPI_EMULATOR_") }.merging(extra) { $1 }
}

/// Runs the built emulator to its end (validate, --help, a refused start).
func runEmulator(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 30) async throws
    -> ChildProcess.Finished
{
    try await ChildProcess.run(try BuiltProducts.emulator().path, arguments, environment: commandEnvironment(environment),
                               timeout: timeout)
}

/// Starts the built emulator and waits for its ready line.
func startEmulator(_ arguments: [String], environment: [String: String] = [:]) async throws -> ServerProcess {
    try await ServerProcess.start(try BuiltProducts.emulator(), arguments, environment: commandEnvironment(environment))
}
