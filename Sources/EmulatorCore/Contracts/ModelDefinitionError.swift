/// Why a model definition (a fixture file, or a scenario override merged over one) cannot be used.
///
/// `path` names the offending key from the definition's root, e.g. `fields.size.enum.2` or
/// `pixels.1k.16:9`, prefixed with the model or file it came from when known.
public struct ModelDefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Dotted key path to the offending value (array entries by index).
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same error with `prefix` put in front of its path (`z-image` + `pixels` -> `z-image.pixels`).
    func under(_ prefix: String) -> ModelDefinitionError {
        ModelDefinitionError(path: path.isEmpty ? prefix : "\(prefix).\(path)", message)
    }
}
