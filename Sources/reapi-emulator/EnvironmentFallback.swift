#if canImport(Glibc)
import Glibc
#endif

/// Every flag also reads `REAPI_EMULATOR_<FLAG>` (e.g. `REAPI_EMULATOR_PORT`), for containers.
/// A flag on the command line wins over the environment, which wins over the default.
struct EnvironmentFallback {
    var environment: [String: String] = EnvironmentFallback.processEnvironment()

    /// The process's environment as `environ` holds it (each `NAME=value`; a later repeat wins).
    static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { result[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            pointer += 1
        }
        return result
    }

    static func variable(for flag: String) -> String {
        "REAPI_EMULATOR_" + flag.uppercased().replacing("-", with: "_")
    }

    func string(_ flag: String, _ given: String?) -> String? {
        if let given { return given }
        guard let value = environment[Self.variable(for: flag)], !value.isEmpty else { return nil }
        return value
    }

    /// Parses a value from the flag or its variable; a bad value names where it came from.
    func value<T>(_ flag: String, _ given: String?, parse: (String) -> T?, expected: String) throws -> T? {
        guard let text = string(flag, given) else { return nil }
        guard let parsed = parse(text) else {
            let origin = given != nil ? "--\(flag)" : Self.variable(for: flag)
            throw CLIError("invalid value \"\(text)\" for \(origin): expected \(expected)")
        }
        return parsed
    }

    /// The option from the command line, else its variable.
    func string(_ option: OptionSpec, _ arguments: ArgumentList) -> String? {
        string(option.name, arguments.value(option))
    }

    func value<T>(_ option: OptionSpec, _ arguments: ArgumentList, parse: (String) -> T?, expected: String) throws -> T? {
        try value(option.name, arguments.value(option), parse: parse, expected: expected)
    }
}

/// A one-line error for the user; the command exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
