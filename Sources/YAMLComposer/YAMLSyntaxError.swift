/// Why a text is not one well-formed YAML document: libyaml's words (reader, scanner, parser),
/// the composer's (undefined alias, a second document), or keys repeated in one mapping.
public struct YAMLSyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The text itself (a control character): `line` is where it is.
        case reader
        case scanner, parser, composer
        /// `duplicateKeys` names them (sorted); `line` is the first one's.
        case duplicateKeys
        /// libyaml could not allocate.
        case memory
    }

    /// What was being read when it went wrong, e.g. "while parsing a flow sequence" and its line.
    public struct Context: Sendable, Equatable {
        public var text: String
        public var line: Int
    }

    public var kind: Kind
    public var problem: String
    /// 1-based; nil only for `.memory`.
    public var line: Int?
    public var context: Context?
    public var duplicateKeys: [String] = []

    init(kind: Kind, problem: String, line: Int?, context: Context? = nil) {
        self.kind = kind
        self.problem = problem
        self.line = line
        self.context = context
    }
}
