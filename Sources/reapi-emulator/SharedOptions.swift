import EmulatorCore

/// Options, and readers of option values, that more than one command takes.
enum SharedOptions {
    /// `models` and `openapi`: the dialect whose models and document are printed.
    static let provider = OptionSpec("provider", help: "API dialect: reapi | apiinone.", default: "reapi")

    /// A finite number of seconds > 0 (`--timeout 1.5`).
    static func positiveSeconds(_ text: String) -> Double? {
        Double(text).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }

    /// `--provider reapi|apiinone` of `models`, `openapi` and `diff`.
    static func dialect(_ option: OptionSpec, _ arguments: ArgumentList) throws(UsageError) -> Provider {
        let text = try arguments.required(option)
        guard let provider = Provider(rawValue: text) else {
            throw .invalid("--\(option.name) must be reapi or apiinone, got \(text)")
        }
        return provider
    }
}
