import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct ReAPIEmulatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reapi-emulator",
        abstract: "An offline, in-memory emulator of the reAPI (and API in One Imagen 4) image-generation API.",
        subcommands: [ServeCommand.self, ValidateCommand.self, HealthcheckCommand.self, ModelsCommand.self, RecordCommand.self, DiffCommand.self, OpenAPICommand.self],
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
            if let exitCode = error as? ExitCode { terminate(exitCode.rawValue) }
            var line = (error as? CLIError)?.description ?? message(for: error)
            line = line.split(whereSeparator: \.isNewline).joined(separator: "; ")
            Console.error("reapi-emulator: error: \(line)\n")
            terminate(code == .validationFailure ? code.rawValue : max(1, code.rawValue))
        }
    }
}

/// The C library's `exit` (inside a `ParsableCommand`, `exit` names ArgumentParser's own).
private func terminate(_ code: Int32) -> Never { exit(code) }
