import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
import ReAPIEmulatorKit

/// `reapi-emulator record`: a recording proxy in front of a real (or fake) upstream.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Forward provider API calls to an upstream and record each exchange as a JSON line (docs/drift.md).",
        discussion: "Authorization (and cookies) are redacted. Stop with SIGTERM or Ctrl-C; every line is written as its exchange completes.")

    @Option(help: "Base URL of the upstream API, e.g. https://api.example.com.") var upstream: String
    @Option(help: "Port to listen on; 0 picks a free one.") var port: UInt16 = 8080
    @Option(help: "IPv4 address to bind.") var host = "127.0.0.1"
    @Option(help: "The recording to write (replaced if it exists).") var out: String
    @Flag(name: .customLong("no-fetch-media"), help: "Do not fetch the result URLs of poll answers to record their pixel sizes.")
    var noFetchMedia = false
    @Option(help: "Seconds to wait for the upstream's answer.") var timeout: Double = 300

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a number of seconds > 0") }
    }

    func run() throws {
        var options = RecordingProxy.Options(upstream: upstream, output: out)
        options.host = host
        options.port = port
        options.fetchMedia = !noFetchMedia
        options.timeoutSeconds = timeout
        let writeFailure = WriteFailure()
        options.onWriteFailure = { message in
            writeFailure.happened.store(true, ordering: .sequentiallyConsistent)
            Console.error("reapi-emulator record: \(message)\n")
            TerminationSignals.post()
        }
        TerminationSignals.install()
        let proxy: RecordingProxy
        do {
            proxy = try RecordingProxy.start(options)
        } catch {
            throw CLIError("\(error)")
        }
        // The same ready line as `serve`, so whatever waits for one waits for the other.
        Console.out("reapi-emulator listening on \(proxy.baseURL)\n")
        Console.error("reapi-emulator: recording \(options.upstream) to \(out)\n")
        TerminationSignals.wait()
        proxy.stop()
        if writeFailure.happened.load(ordering: .sequentiallyConsistent) { throw ExitCode(1) }
    }
}

/// Set when the recording could not be written: `record` then exits with status 1.
private final class WriteFailure: Sendable {
    let happened = Atomic<Bool>(false)
}
