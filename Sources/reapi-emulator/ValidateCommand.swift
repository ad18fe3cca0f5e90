import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReAPIEmulatorKit

/// `reapi-emulator validate FILE…`: lints scenario files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files; print each problem with its key path and line.")

    @Argument(help: "Scenario files (YAML or JSON).") var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one scenario file") }
    }

    func run() throws {
        var failed = 0
        for file in files {
            do {
                _ = try ScenarioFiles.load(path: file)
                print("\(file): ok")
            } catch {
                failed += 1
                for problem in error.problems {
                    Console.error("\(file): \(problem)\n")
                }
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
