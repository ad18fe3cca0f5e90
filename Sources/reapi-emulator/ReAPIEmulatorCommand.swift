#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `reapi-emulator`: its commands, and the one place a command line becomes a run, a help page
/// or an error line.
@main
enum ReAPIEmulatorCommand {
    static let program = "reapi-emulator"
    static let abstract = "An offline, in-memory emulator of the reAPI image, video and audio API (and API in One's Imagen 4 API)."
    static let commands: [any Command.Type] = [
        ServeCommand.self, ValidateCommand.self, HealthcheckCommand.self, ModelsCommand.self,
        RecordCommand.self, DiffCommand.self, OpenAPICommand.self,
    ]
    static let defaultCommand: any Command.Type = ServeCommand.self

    /// Parses and runs; help goes to stdout (exit 0), any error is one line on stderr and a
    /// non-zero exit: 64 for a command line that cannot run, 1 for a failure while running.
    static func main() {
        do {
            switch try Invocation.parse(Array(CommandLine.arguments.dropFirst())) {
            case .help(let page): Console.out(page)
            case .run(let command): try command.run()
            }
        } catch let status as ExitStatus {
            // A command that already printed its own problems (validate, healthcheck) just exits.
            exit(status.code)
        } catch let usage as UsageError {
            fail(usage.description, status: UsageError.exitStatus)
        } catch {
            fail((error as? CLIError)?.description ?? "\(error)", status: 1)
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        Console.error("\(program): error: \(line)\n")
        exit(status)
    }
}
