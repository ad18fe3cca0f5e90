/// One `--name` a command takes, as data: the parser, the help text and the command read it
/// from here, so a flag's name is written once.
struct OptionSpec: Sendable {
    /// The long name without its dashes: `max-body-bytes`.
    let name: String
    /// What the value is called in help (`--port <port>`); nil for a flag, which takes no value.
    let valueName: String?
    let help: String
    /// Used when the option is absent, and shown in help as `(default: …)`. Options whose
    /// absence matters (`serve` reads the environment then) have none and say their default in `help`.
    let defaultValue: String?
    /// Absent and without a default is a usage error.
    let required: Bool

    /// An option that takes a value (`--name value` or `--name=value`; the last one given wins).
    init(_ name: String, value: String? = nil, help: String, default defaultValue: String? = nil, required: Bool = false) {
        self.name = name
        self.valueName = value ?? name
        self.help = help
        self.defaultValue = defaultValue
        self.required = required
    }

    /// A flag: present or not, no value.
    init(flag name: String, help: String) {
        self.name = name
        self.valueName = nil
        self.help = help
        self.defaultValue = nil
        self.required = false
    }

    var takesValue: Bool { valueName != nil }

    /// `--port <port>`, or `--json` for a flag: how usage lines and errors name the option.
    var synopsis: String { "--\(name)" + (valueName.map { " <\($0)>" } ?? "") }
}

/// The positional arguments of a command (all of the same kind: `FILE…`).
struct ArgumentSpec: Sendable {
    /// What one is called in help: `<file> ...`.
    let valueName: String
    let help: String
    /// Said when none is given; nil when none is fine.
    let whenMissing: String?

    init(_ valueName: String, help: String, whenMissing: String? = nil) {
        self.valueName = valueName
        self.help = help
        self.whenMissing = whenMissing
    }

    var synopsis: String { "<\(valueName)> ..." }
}

/// What a command is, for the parser and its help: name, one-line abstract, a longer note,
/// its options and its positional arguments (nil: it takes none).
struct CommandSpec: Sendable {
    let name: String
    let abstract: String
    let discussion: String?
    let options: [OptionSpec]
    let arguments: ArgumentSpec?

    init(name: String, abstract: String, discussion: String? = nil, options: [OptionSpec] = [], arguments: ArgumentSpec? = nil) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.arguments = arguments
    }

    func option(named name: Substring) -> OptionSpec? { options.first { $0.name == name } }
}
