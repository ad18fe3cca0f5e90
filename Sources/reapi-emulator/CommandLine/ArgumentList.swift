/// One command's command line, parsed against its spec: the options' values (the last one given
/// wins), the flags set, and the positional arguments.
///
/// Accepted: `--name value` and `--name=value`; a flag as `--name`; `--` ends the options (what
/// follows is positional). A value may begin with `-` when it is not an option itself (`-1`,
/// `-5s`); `--name=-x` passes anything. `-h` or `--help` anywhere before `--` asks for help.
struct ArgumentList {
    /// What `parse` found: the values, or a request for the command's help.
    enum Parsed {
        case arguments(ArgumentList)
        case help
    }

    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    private(set) var positionals: [String] = []

    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> Parsed {
        if arguments.prefix(while: { $0 != "--" }).contains(where: isHelp) { return .help }
        var list = ArgumentList()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !looksLikeOption(argument) {
                guard spec.arguments != nil else { throw .unexpectedArgument(argument) }
                list.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let body = argument.dropFirst(2)
            let name = body.prefix { $0 != "=" }
            guard argument.hasPrefix("--"), let option = spec.option(named: name) else {
                throw .unknownOption(argument.hasPrefix("--") ? "--\(name)" : argument)
            }
            let inline = name.count < body.count ? String(body.dropFirst(name.count + 1)) : nil
            if !option.takesValue {
                if let inline { throw .unexpectedValue(option: option.name, value: inline) }
                list.flags.insert(option.name)
            } else if let inline {
                list.values[option.name] = inline
            } else if index < arguments.count, !looksLikeOption(arguments[index]) {
                list.values[option.name] = arguments[index]
                index += 1
            } else {
                throw .missingValue(option.synopsis)
            }
        }
        for option in spec.options where option.required && list.value(option) == nil {
            throw .missingOption(option.synopsis)
        }
        if let message = spec.arguments?.whenMissing, list.positionals.isEmpty {
            throw .missingArgument(message)
        }
        return .arguments(list)
    }

    static func isHelp(_ argument: String) -> Bool { argument == "-h" || argument == "--help" }

    /// `--name`, `--`, `-x`; not `-` alone nor a negative number or duration (`-1`, `-0.5`, `-5s`).
    static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), let next = argument.dropFirst().first else { return false }
        return next == "-" || !(next.isNumber || next == ".")
    }

    /// The value given (the last one), else the option's default, else nil.
    func value(_ option: OptionSpec) -> String? { values[option.name] ?? option.defaultValue }

    /// The value read by `parse`; a value it refuses names the option and what it expects.
    func value<T>(_ option: OptionSpec, parse: (String) -> T?, expected: String) throws(UsageError) -> T? {
        guard let text = value(option) else { return nil }
        guard let parsed = parse(text) else { throw .invalidValue(option: option.name, value: text, expected: expected) }
        return parsed
    }

    /// The value of a required option or one with a default (`parse` made sure there is one).
    func required(_ option: OptionSpec) throws(UsageError) -> String {
        guard let text = value(option) else { throw .missingOption(option.synopsis) }
        return text
    }

    func required<T>(_ option: OptionSpec, parse: (String) -> T?, expected: String) throws(UsageError) -> T {
        guard let parsed = try value(option, parse: parse, expected: expected) else { throw .missingOption(option.synopsis) }
        return parsed
    }

    func isSet(_ flag: OptionSpec) -> Bool { flags.contains(flag.name) }
}
