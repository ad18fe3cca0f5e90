/// What a whole command line asks for: a command to run, or a help page to print.
///
/// `reapi-emulator` alone, or with a first argument that is an option (other than `-h`/`--help`),
/// runs the default command (`serve`); `help [COMMAND]` prints a help page, as `--help` does.
enum Invocation {
    case run(any Command)
    case help(String)

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        let program = ReAPIEmulatorCommand.program
        guard let first = arguments.first else { return try command(ReAPIEmulatorCommand.defaultCommand, []) }
        if ArgumentList.isHelp(first) { return .help(rootHelp) }
        if first == "help" {
            guard arguments.count <= 2 else { throw .unexpectedArgument(arguments[2]) }
            guard let name = arguments.last, arguments.count == 2 else { return .help(rootHelp) }
            return .help(HelpText.command(try commandType(named: name).spec, program: program))
        }
        if first.hasPrefix("-") { return try command(ReAPIEmulatorCommand.defaultCommand, arguments) }
        return try command(commandType(named: first), Array(arguments.dropFirst()))
    }

    static var rootHelp: String {
        HelpText.root(program: ReAPIEmulatorCommand.program, abstract: ReAPIEmulatorCommand.abstract,
                      commands: ReAPIEmulatorCommand.commands.map { $0.spec },
                      defaultCommand: ReAPIEmulatorCommand.defaultCommand.spec.name)
    }

    static func commandType(named name: String) throws(UsageError) -> any Command.Type {
        let commands = ReAPIEmulatorCommand.commands
        guard let type = commands.first(where: { $0.spec.name == name }) else {
            throw .unknownCommand(name, known: commands.map { $0.spec.name })
        }
        return type
    }

    static func command(_ type: any Command.Type, _ arguments: [String]) throws(UsageError) -> Invocation {
        switch try ArgumentList.parse(arguments, for: type.spec) {
        case .help: return .help(HelpText.command(type.spec, program: ReAPIEmulatorCommand.program))
        case .arguments(let list): return .run(try type.init(list))
        }
    }
}
