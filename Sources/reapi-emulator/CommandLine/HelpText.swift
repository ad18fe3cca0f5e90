/// The `--help` pages, from the specs: overview, usage line, arguments, options (or commands)
/// with their help, wrapped at 80 columns, the help column at 26 (the layout
/// swift-argument-parser printed before).
enum HelpText {
    static let width = 80
    static let helpColumn = 26
    /// The row every page ends its options with (`ArgumentList` answers `-h`/`--help` itself).
    static let helpRow = row("-h, --help", "Show help information.")

    /// One command's page: `reapi-emulator serve --help`, `reapi-emulator help serve`.
    static func command(_ spec: CommandSpec, program: String) -> String {
        var page = overview(spec.abstract, discussion: spec.discussion)
        page += "USAGE: \(program) \(spec.name)\(usage(spec))\n\n"
        if let arguments = spec.arguments {
            page += "ARGUMENTS:\n" + row(arguments.synopsis, arguments.help) + "\n"
        }
        page += "OPTIONS:\n"
        for option in spec.options {
            let help = option.help + (option.defaultValue.map { " (default: \($0))" } ?? "")
            page += row(option.synopsis, help)
        }
        return page + helpRow
    }

    /// The program's page: `reapi-emulator --help`, `reapi-emulator help`.
    static func root(program: String, abstract: String, commands: [CommandSpec], defaultCommand: String) -> String {
        var page = overview(abstract, discussion: nil)
        page += "USAGE: \(program) [<command>] [<options>]\n\n"
        page += "OPTIONS:\n" + helpRow + "\n"
        page += "COMMANDS:\n"
        for command in commands {
            page += row(command.name + (command.name == defaultCommand ? " (default)" : ""), command.abstract)
        }
        return page + "\n" + wrap("See '\(program) help <command>' or '\(program) <command> --help' for detailed help.", indent: 2)
    }

    /// ` [--provider <provider>] --out <out> <file> ...`: every option, or `[<options>]` for a long list.
    static func usage(_ spec: CommandSpec) -> String {
        var parts: [String] = []
        if spec.options.count > 8 {
            parts.append("[<options>]")
        } else {
            parts += spec.options.map { $0.required ? $0.synopsis : "[\($0.synopsis)]" }
        }
        if let arguments = spec.arguments {
            parts.append(arguments.whenMissing == nil ? "[\(arguments.synopsis)]" : arguments.synopsis)
        }
        return parts.map { " " + $0 }.joined()
    }

    static func overview(_ abstract: String, discussion: String?) -> String {
        var text = wrap("OVERVIEW: " + abstract, indent: 0) + "\n"
        if let discussion { text += wrap(discussion, indent: 0) + "\n" }
        return text
    }

    /// `  --name <value>          help…`: the help beside the name, or on the next line when the
    /// name reaches the help column.
    static func row(_ name: String, _ help: String) -> String {
        let label = "  " + name
        let lines = wrapLines(help, width: width - helpColumn)
        let pad = String(repeating: " ", count: helpColumn)
        var text = label.count <= helpColumn - 2
            ? label + String(repeating: " ", count: helpColumn - label.count) + (lines.first ?? "") + "\n"
            : label + "\n" + pad + (lines.first ?? "") + "\n"
        for line in lines.dropFirst() { text += pad + line + "\n" }
        return text
    }

    /// The text wrapped at `width`, each line indented, ending with a newline.
    static func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return wrapLines(text, width: width - indent).map { pad + $0 + "\n" }.joined()
    }

    /// Words filled into lines of at most `width` characters (a longer word gets a line of its own).
    static func wrapLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
