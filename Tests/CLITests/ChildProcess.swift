import Foundation
import Locking

/// Runs a command to its end with a deadline, output captured in files (a pipe could fill up
/// and stall the child). Waits by polling with `Task.sleep`, so parallel tests keep their threads.
enum ChildProcess {
    struct Finished {
        let status: Int32
        let stdout: String
        let stderr: String
        /// From launch to exit, in seconds, as Foundation saw it.
        let seconds: Double
    }

    /// `executable` is a path, or a command name looked up on the PATH.
    static func run(_ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
                    directory: URL? = nil, timeout: Double = 300) async throws -> Finished {
        let scratch = try BuiltProducts.temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        // The exit is stamped on Foundation's own queue: the polling below runs on the shared
        // test thread pool, which other tests can keep busy for seconds.
        let exited = Locked<ContinuousClock.Instant?>(nil)
        process.terminationHandler = { _ in exited.withLock { $0 = ContinuousClock.now } }
        let started = ContinuousClock.now
        try process.run()
        let deadline = started + .seconds(timeout)
        while process.isRunning {
            let now = ContinuousClock.now
            if now > deadline, !Self.hasExited(process.processIdentifier) || now > deadline + Self.reapGrace {
                process.terminate()
                throw TestFailure("\(executable) \(arguments.joined(separator: " ")) still running after \(timeout) s")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        while exited.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(1)) }
        let elapsed = exited.withLock { $0! } - started
        return Finished(status: process.terminationStatus,
                        stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                        stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// How long past its deadline an exited child may wait for Foundation to reap it.
    static let reapGrace = Duration.seconds(600)

    /// Whether the child has exited, as the kernel sees it: a zombie (`Z` in /proc/PID/stat) or
    /// gone. Foundation's `isRunning` turns false only once its own queue has reaped the child;
    /// on a loaded CI machine that took over 30 s once, and a child that had exited at once was
    /// reported "still running". A deadline counts only for a child that really still runs.
    static func hasExited(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        // "PID (COMMAND) STATE …": the command may hold spaces and parentheses, the state follows the last ')'.
        guard let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
