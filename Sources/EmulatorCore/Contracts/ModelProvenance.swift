/// Where a model definition in force came from: a built-in fixture or a scenario's `models:`
/// entry, and the definition it `extends`, if any (`GET /_emulator/models` shows both).
public struct ModelProvenance: Sendable, Equatable {
    public enum Origin: String, Sendable, CaseIterable {
        case builtIn = "built-in"
        case scenario
    }

    public var origin: Origin
    /// The id of the definition this one was merged over (`"extends": "mj-v7"`).
    public var extends: String?
    /// A built-in definition the scenario changed (a `models:` entry or a `url_ttl:` shortcut).
    public var overridden: Bool

    public init(origin: Origin = .builtIn, extends: String? = nil, overridden: Bool = false) {
        self.origin = origin
        self.extends = extends
        self.overridden = overridden
    }
}
