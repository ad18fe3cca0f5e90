import ArgumentParser
import EmulatorCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReAPIEmulatorKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `reapi-emulator diff`: how far the emulator's answers drift from recorded ones.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Replay recordings against a fresh emulator and score agreement per endpoint and model (docs/drift.md).",
        discussion: "Exits 0 when every endpoint and model scores at least --min-score, 1 when one scores lower (or a file cannot be read).")

    @Argument(help: "Recordings written by `reapi-emulator record` (JSON lines).") var files: [String]
    @Option(help: "API dialect of the recorded upstream: reapi | apiinone.") var provider = "reapi"
    @Option(help: "Scenario for the replaying emulator (YAML or JSON), e.g. to match scripted durations.") var scenario: String?
    @Option(help: "Seed of the replaying emulator.") var seed: UInt64?
    @Option(name: .customLong("min-score"), help: "Lowest acceptable score of an endpoint and model, in percent.") var minScore: Double = 100
    @Option(name: .customLong("max-details"), help: "Differences listed under the table.") var maxDetails = 50

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one recording") }
        guard Provider(rawValue: provider) != nil else { throw ValidationError("--provider must be reapi or apiinone") }
        guard (0...100).contains(minScore) else { throw ValidationError("--min-score must be a percentage from 0 to 100") }
        guard maxDetails >= 0 else { throw ValidationError("--max-details must be >= 0") }
    }

    func run() throws {
        let checks: DriftChecks
        do {
            let replay = try DriftReplay(provider: Provider(rawValue: provider) ?? .reapi,
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
        if rows.contains(where: { $0.score < minScore }) { throw ExitCode(1) }
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
