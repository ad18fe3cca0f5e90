import Synchronization
import ReAPIEmulatorKit

/// `reapi-emulator record`: a recording proxy in front of a real (or fake) upstream.
struct RecordCommand: Command {
    enum Options {
        static let upstream = OptionSpec("upstream", value: "url", help: "Base URL of the upstream API, e.g. https://api.example.com.", required: true)
        static let port = OptionSpec("port", help: "Port to listen on; 0 picks a free one.", default: "8080")
        static let host = OptionSpec("host", help: "IPv4 address to bind.", default: "127.0.0.1")
        static let out = OptionSpec("out", value: "file", help: "The recording to write (replaced if it exists).", required: true)
        static let noFetchMedia = OptionSpec(flag: "no-fetch-media", help: "Do not fetch the result URLs of poll answers to record their pixel sizes.")
        static let timeout = OptionSpec("timeout", value: "seconds", help: "Seconds to wait for the upstream's answer.", default: "300")
    }

    static let spec = CommandSpec(
        name: "record",
        abstract: "Forward provider API calls to an upstream and record each exchange as a JSON line (docs/drift.md).",
        discussion: "Authorization (and cookies) are redacted. Stop with SIGTERM or Ctrl-C; every line is written as its exchange completes.",
        options: [Options.upstream, Options.port, Options.host, Options.out, Options.noFetchMedia, Options.timeout])

    let upstream: String
    let port: UInt16
    let host: String
    let out: String
    let noFetchMedia: Bool
    let timeout: Double

    init(_ arguments: ArgumentList) throws(UsageError) {
        upstream = try arguments.required(Options.upstream)
        port = try arguments.required(Options.port, parse: { UInt16($0) }, expected: "a port number 0-65535")
        host = try arguments.required(Options.host)
        out = try arguments.required(Options.out)
        noFetchMedia = arguments.isSet(Options.noFetchMedia)
        timeout = try arguments.required(Options.timeout, parse: SharedOptions.positiveSeconds, expected: "a number of seconds > 0")
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
        if writeFailure.happened.load(ordering: .sequentiallyConsistent) { throw ExitStatus(1) }
    }
}

/// Set when the recording could not be written: `record` then exits with status 1.
private final class WriteFailure: Sendable {
    let happened = Atomic<Bool>(false)
}
