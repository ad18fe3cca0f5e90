import Foundation
import Locking
#if canImport(Glibc)
import Glibc
#endif

/// A `reapi-emulator serve` child process, started and awaited the way a CI job or a test
/// fixture in another language would: read the ready line from stdout, stop with SIGTERM.
final class ServerProcess {
    let process: Process
    /// `http://HOST:PORT` exactly as the ready line printed it.
    let listeningURL: String
    let port: UInt16
    private let stdout: Pipe
    private let stdoutBytes: CapturedBytes
    private let stderrFile: URL

    /// Where a client reaches it (a `0.0.0.0` bind is reached on loopback).
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `binary` and returns once it printed `reapi-emulator listening on http://HOST:PORT`.
    /// `environment` replaces the test's environment entirely when given.
    static func start(_ binary: URL, _ arguments: [String] = [], environment: [String: String]? = nil,
                      directory: URL? = nil, timeout: Double = 10) async throws -> ServerProcess {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent("reapi-cli-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        let captured = CapturedBytes()
        let fd = stdout.fileHandleForReading.fileDescriptor
        // A blocking read on its own thread; it ends at EOF, when the child exits.
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                captured.append(buffer[0..<n])
            }
        }
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            if let line = captured.firstLine {
                let prefix = "reapi-emulator listening on "
                guard line.hasPrefix(prefix), let port = line.split(separator: ":").last.flatMap({ UInt16($0) }) else {
                    process.terminate()
                    throw TestFailure("unexpected first line on stdout: \(line)")
                }
                return ServerProcess(process: process, listeningURL: String(line.dropFirst(prefix.count)), port: port,
                                     stdout: stdout, stdoutBytes: captured, stderrFile: stderrFile)
            }
            if !process.isRunning {
                let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
                throw TestFailure("exited with \(process.terminationStatus) before the ready line; stderr: \(stderr)")
            }
            if ContinuousClock.now > deadline {
                process.terminate()
                throw TestFailure("no ready line within \(timeout) s")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    private init(process: Process, listeningURL: String, port: UInt16, stdout: Pipe, stdoutBytes: CapturedBytes, stderrFile: URL) {
        self.process = process
        self.listeningURL = listeningURL
        self.port = port
        self.stdout = stdout
        self.stdoutBytes = stdoutBytes
        self.stderrFile = stderrFile
    }

    /// Everything the server wrote on stdout so far (the ready line, and nothing else).
    var stdoutText: String { stdoutBytes.text }
    var stderrText: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM and returns the exit status (nil if it is still running after `timeout`).
    /// The default is generous (a stop drains for at most 5 s; a starved debug build on a loaded
    /// CI machine takes longer to get there); a test whose claim is the stop's speed measures it.
    func terminate(signal: Int32 = SIGTERM, timeout: Double = 30) async throws -> Int32? {
        if process.isRunning { kill(process.processIdentifier, signal) }
        let deadline = ContinuousClock.now + .seconds(timeout)
        while process.isRunning {
            let now = ContinuousClock.now
            if now > deadline, !ChildProcess.hasExited(process.processIdentifier) || now > deadline + ChildProcess.reapGrace { return nil }
            try await Task.sleep(for: .milliseconds(5))
        }
        return process.terminationStatus
    }

    deinit {
        // A test that failed half-way must not leave a server behind.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: stderrFile)
    }
}

/// Bytes appended by the reader thread and read by the test.
final class CapturedBytes: Sendable {
    private let bytes = Locked<[UInt8]>([])

    func append(_ chunk: ArraySlice<UInt8>) { bytes.withLock { $0.append(contentsOf: chunk) } }

    var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }

    /// The first complete line, without its newline.
    var firstLine: String? {
        bytes.withLock { b in b.firstIndex(of: UInt8(ascii: "\n")).map { String(decoding: b[..<$0], as: UTF8.self) } }
    }
}
