import ArgumentParser
import Foundation

@main
struct ReAPIEmulatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reapi-emulator",
        abstract: "An offline, in-memory emulator of the reAPI (and API in One Imagen 4) image-generation API.",
        subcommands: [ServeCommand.self, ValidateCommand.self, HealthcheckCommand.self, ModelsCommand.self, RecordCommand.self, DiffCommand.self],
        defaultSubcommand: ServeCommand.self)

    /// Parses and runs; any error is one line on stderr and a non-zero exit, except help.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            // A command that already printed its own problems (validate, healthcheck) just exits.
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            var line = (error as? CLIError)?.description ?? message(for: error)
            line = line.split(whereSeparator: \.isNewline).joined(separator: "; ")
            FileHandle.standardError.write(Data("reapi-emulator: error: \(line)\n".utf8))
            Foundation.exit(code == .validationFailure ? code.rawValue : max(1, code.rawValue))
        }
    }
}
