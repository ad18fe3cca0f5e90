import Foundation
import Synchronization

/// Runs the built `reapi-emulator` binary the way a user or a CI job does, and reads
/// its stdout/stderr (the swift-argument-parser example-test pattern).
final class EmulatorProcess: @unchecked Sendable {
    // Mutable pipe state is only touched under `lock`.
    let process = Process()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()

    /// The binary next to the test bundle (`.build/<triple>/debug/reapi-emulator`).
    static let binary: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("reapi-emulator")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/reapi-emulator")
    }()

    init(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("REAPI_EMULATOR_") }
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] h in self?.append(h.availableData, toStdout: true) }
        err.fileHandleForReading.readabilityHandler = { [weak self] h in self?.append(h.availableData, toStdout: false) }
        try process.run()
    }

    private func append(_ data: Data, toStdout: Bool) {
        lock.lock(); defer { lock.unlock() }
        if toStdout { stdoutData.append(data) } else { stderrData.append(data) }
    }

    var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: stderrData, as: UTF8.self) }

    /// Waits for the ready line and returns the port it names.
    func waitForReady(timeout: Double = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = stdout.split(separator: "\n").first, line.hasPrefix("reapi-emulator listening on http://"),
               let port = line.split(separator: ":").last.flatMap({ Int($0) })
            {
                return port
            }
            if !process.isRunning { break }
            usleep(5_000)
        }
        throw ProcessError("no ready line; stdout: \(stdout) stderr: \(stderr)")
    }

    /// Waits for the process to exit; returns its status, or nil on timeout (then kills it).
    @discardableResult
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    deinit { if process.isRunning { process.terminate() } }

    /// Runs to completion (for validate/healthcheck/--help).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 10) throws
        -> (status: Int32?, stdout: String, stderr: String)
    {
        let p = try EmulatorProcess(arguments, environment: environment)
        let status = p.waitForExit(timeout: timeout)
        usleep(20_000)  // let the pipe handlers drain
        return (status, p.stdout, p.stderr)
    }
}

struct ProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
