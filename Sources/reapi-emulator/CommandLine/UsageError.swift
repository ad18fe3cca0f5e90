/// A command line the CLI cannot run: one line on stderr (`reapi-emulator: error: …`) and
/// exit status 64 (`EX_USAGE`, as swift-argument-parser exited before).
enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String, known: [String])
    case unknownOption(String)
    case missingValue(String)
    case unexpectedValue(option: String, value: String)
    case missingOption(String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidValue(option: String, value: String, expected: String)
    /// A command's own check of its values (`--min-score must be a percentage from 0 to 100`).
    case invalid(String)

    /// `sysexits.h`'s EX_USAGE.
    static let exitStatus: Int32 = 64

    var description: String {
        switch self {
        case .unknownCommand(let name, let known):
            return "unknown command '\(name)' (commands: \(known.joined(separator: ", ")))"
        case .unknownOption(let option):
            return "unknown option '\(option)'"
        case .missingValue(let synopsis):
            return "missing value for '\(synopsis)'"
        case .unexpectedValue(let option, let value):
            return "the option '--\(option)' takes no value, but '\(value)' was given"
        case .missingOption(let synopsis):
            return "missing '\(synopsis)'"
        case .missingArgument(let message), .invalid(let message):
            return message
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)'"
        case .invalidValue(let option, let value, let expected):
            return "invalid value \"\(value)\" for --\(option): expected \(expected)"
        }
    }
}
