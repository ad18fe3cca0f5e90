import Foundation
@testable import EmulatorCore

/// How long and how many cases each fuzz target runs, and from which seed.
///
/// Inside a plain `swift test` it is a smoke pass (1 s or 2,000 cases per target, whichever
/// comes first). `scripts/fuzz.sh SECONDS` sets the environment for a longer run:
/// - `REAPI_FUZZ_SECONDS`: seconds per target (0.1–86400);
/// - `REAPI_FUZZ_SEED`: the run's seed (default 1); case `n` of a target follows from
///   (seed, target, n) alone, so any case can be replayed without the ones before it;
/// - `REAPI_FUZZ_CASE`: run only this case number (a replay);
/// - `REAPI_FUZZ_PROGRESS`: a directory where each target keeps `<target>.case`, the case it is
///   running, so a crash that kills the process still names its input.
struct FuzzBudget: Sendable {
    var seconds: Double
    var maxCases: Int
    var seed: UInt64
    var onlyCase: Int?
    var progressDirectory: String?

    static let smoke = FuzzBudget(seconds: 1, maxCases: 2_000, seed: 1)

    static func fromEnvironment() -> FuzzBudget {
        let env = ProcessInfo.processInfo.environment
        var budget = smoke
        if let text = env["REAPI_FUZZ_SECONDS"], let seconds = Double(text), (0.1...86_400).contains(seconds) {
            budget.seconds = seconds
            budget.maxCases = 100_000_000
        }
        if let text = env["REAPI_FUZZ_SEED"], let seed = UInt64(text) { budget.seed = seed }
        budget.onlyCase = env["REAPI_FUZZ_CASE"].flatMap { Int($0) }
        budget.progressDirectory = env["REAPI_FUZZ_PROGRESS"].flatMap { $0.isEmpty ? nil : $0 }
        return budget
    }
}

/// Runs a fuzz target's cases until its budget is spent.
enum FuzzDriver {
    struct Summary: CustomStringConvertible {
        var target: String
        var cases: Int
        var seconds: Double
        var seed: UInt64
        var description: String {
            "fuzz \(target): \(cases) cases in \(String(format: "%.2f", seconds)) s (seed \(seed))"
        }
    }

    /// Calls `body` with case `n`'s own generator for n = 0, 1, … (or only `onlyCase`).
    @discardableResult
    static func run(_ target: String, _ budget: FuzzBudget = .fromEnvironment(),
                    _ body: (inout SeededRandom, Int) throws -> Void) rethrows -> Summary {
        let progress = budget.progressDirectory.flatMap { ProgressFile(path: "\($0)/\(target).case") }
        let start = Date()
        let targetSeed = target.utf8.reduce(budget.seed) { SeededRandom.mix($0, UInt64($1)) }
        var cases = 0
        let numbers: AnySequence<Int> = budget.onlyCase.map { AnySequence([$0]) } ?? AnySequence(0..<budget.maxCases)
        for n in numbers {
            if budget.onlyCase == nil, cases > 0, cases % 16 == 0, Date().timeIntervalSince(start) >= budget.seconds { break }
            progress?.record(seed: budget.seed, case: n)
            var random = SeededRandom(seed: SeededRandom.mix(targetSeed, UInt64(n)))
            try body(&random, n)
            cases += 1
        }
        progress?.finish(cases: cases)
        let summary = Summary(target: target, cases: cases, seconds: Date().timeIntervalSince(start), seed: budget.seed)
        print(summary)
        return summary
    }
}

/// One line, rewritten in place before every case: `seed <seed> case <n>`, then `done <count>`.
private final class ProgressFile {
    private let handle: FileHandle

    init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        self.handle = handle
    }

    func record(seed: UInt64, case n: Int) { write("seed \(seed) case \(n)") }

    func finish(cases: Int) {
        write("done \(cases)")
        try? handle.close()
    }

    private func write(_ line: String) {
        // Padded to a fixed width so a shorter line overwrites a longer one whole.
        let padded = line.padding(toLength: 48, withPad: " ", startingAt: 0) + "\n"
        try? handle.seek(toOffset: 0)
        try? handle.write(contentsOf: Data(padded.utf8))
    }
}

extension SeededRandom {
    /// A number in `0..<bound` (bound ≥ 1).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// True with probability `1/n`.
    mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
