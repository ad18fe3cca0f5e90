import ReAPIEmulatorKit

/// `reapi-emulator validate FILE…`: lints scenario files.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check scenario files; print each problem with its key path and line.",
        arguments: ArgumentSpec("file", help: "Scenario files (YAML or JSON).", whenMissing: "give at least one scenario file"))

    let files: [String]
    init(_ arguments: ArgumentList) { files = arguments.positionals }

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
        if failed > 0 { throw ExitStatus(1) }
    }
}
