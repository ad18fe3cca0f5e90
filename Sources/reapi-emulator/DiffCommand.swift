import EmulatorCore
import ReAPIEmulatorKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `reapi-emulator diff`: how far the emulator's answers drift from recorded ones.
struct DiffCommand: Command {
    enum Options {
        static let provider = OptionSpec("provider", help: "API dialect of the recorded upstream: reapi | apiinone.", default: "reapi")
        static let scenario = OptionSpec("scenario", value: "file", help: "Scenario for the replaying emulator (YAML or JSON), e.g. to match scripted durations.")
        static let seed = OptionSpec("seed", help: "Seed of the replaying emulator.")
        static let minScore = OptionSpec("min-score", value: "percent", help: "Lowest acceptable score of an endpoint and model, in percent.", default: "100")
        static let maxDetails = OptionSpec("max-details", value: "count", help: "Differences listed under the table.", default: "50")
    }

    static let spec = CommandSpec(
        name: "diff",
        abstract: "Replay recordings against a fresh emulator and score agreement per endpoint and model (docs/drift.md).",
        discussion: "Exits 0 when every endpoint and model scores at least --min-score, 1 when one scores lower (or a file cannot be read).",
        options: [Options.provider, Options.scenario, Options.seed, Options.minScore, Options.maxDetails],
        arguments: ArgumentSpec("file", help: "Recordings written by `reapi-emulator record` (JSON lines).", whenMissing: "give at least one recording"))

    let files: [String]
    let provider: Provider
    let scenario: String?
    let seed: UInt64?
    let minScore: Double
    let maxDetails: Int

    init(_ arguments: ArgumentList) throws(UsageError) {
        files = arguments.positionals
        provider = try SharedOptions.dialect(Options.provider, arguments)
        scenario = arguments.value(Options.scenario)
        seed = try arguments.value(Options.seed, parse: { UInt64($0) }, expected: "a non-negative integer")
        minScore = try arguments.required(Options.minScore, parse: { Double($0).flatMap { (0...100).contains($0) ? $0 : nil } },
                                          expected: "a percentage from 0 to 100")
        maxDetails = try arguments.required(Options.maxDetails, parse: { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "a count >= 0")
    }

    func run() throws {
        let checks: DriftChecks
        do {
            let replay = try DriftReplay(provider: provider,
                                         scenario: scenario.map { .file($0) }, seed: seed)
            checks = try replay.replay(files: files)
        } catch {
            throw CLIError("\(error)")
        }
        print(checks.table())
        let failures = checks.failures
        for failure in failures.prefix(maxDetails) {
            print("drift: \(failure.place): \(failure.endpoint) [\(failure.model ?? "-")] \(failure.kind.rawValue): \(failure.detail)")
        }
        if failures.count > maxDetails { print("drift: … and \(failures.count - maxDetails) more") }
        let rows = checks.rows
        let lowest = rows.map(\.score).min() ?? 100
        print("\(checks.checks.count) checks, \(failures.count) failed, \(checks.skipped) exchanges skipped; lowest score \(DiffCommand.percent(lowest)) (minimum \(DiffCommand.percent(minScore)))")
        if rows.contains(where: { $0.score < minScore }) { throw ExitStatus(1) }
    }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : oneDecimal(value) + "%"
    }

    /// C's `%.1f` (the exact binary value rounded half to even), as `String(format:)` wrote it.
    private static func oneDecimal(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
