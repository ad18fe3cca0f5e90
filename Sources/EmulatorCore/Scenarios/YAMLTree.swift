import YAMLComposer

/// A YAML value with the line it starts on: what the scenario linter reads.
///
/// Built from a composed `YAMLNode` by `YAMLTreeBuilder`, which applies `<<` merge keys and bounds
/// depth and size (aliases expanded), so the linter never deals with YAML nodes or unbounded input.
struct YAMLValue: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case list([YAMLValue])
        case mapping([YAMLEntry])
    }

    var content: Content
    /// 1-based; for an alias, the line of the anchored value.
    var line: Int?

    static let null = YAMLValue(content: .scalar(YAMLScalar(text: "", kind: .null)), line: nil)

    var isNull: Bool {
        if case .scalar(let scalar) = content, scalar.kind == .null { true } else { false }
    }
}

/// A scalar's text as written, and the type YAML's core schema gives it (quoted text is a string).
struct YAMLScalar: Sendable {
    enum Kind: Sendable { case string, null, bool, int, float, timestamp }

    var text: String
    var kind: Kind

    /// The value of a YAML 1.1 boolean (`true`, `yes`, `on`, …); nil for any other scalar.
    var boolValue: Bool? {
        guard kind == .bool else { return nil }
        return ["true", "yes", "on"].contains(text.lowercased())
    }
}

/// One `key: value` pair of a mapping; keys are read as text, whatever YAML type they resolve to
/// (`on:` is the boolean `true` in YAML 1.1, but here it is the key `on`).
struct YAMLEntry: Sendable {
    var key: String
    var line: Int?
    var value: YAMLValue
}

/// Converts composed YAML nodes into `YAMLValue`s, reporting what cannot be converted.
struct YAMLTreeBuilder {
    /// Deepest nesting accepted; scenarios need about 6, passed-through JSON bodies a few more.
    static let maxDepth = 64
    /// Most values a document may expand to once aliases are resolved (stops alias bombs).
    static let maxValues = 100_000

    private(set) var problems: [ScenarioProblem] = []
    private var valueCount = 0
    private var reportedSize = false
    private var reportedDepth = false

    /// The tree for `node`, or `YAMLValue.null` in place of any part that could not be converted.
    mutating func build(_ node: YAMLNode, path: String = "", depth: Int = 0) -> YAMLValue {
        let line: Int? = node.line
        valueCount += 1
        if valueCount > Self.maxValues {
            if !reportedSize {
                reportedSize = true
                report(path, line, "the document expands to more than \(Self.maxValues) values once aliases are resolved")
            }
            return .null
        }
        if depth > Self.maxDepth {
            if !reportedDepth {
                reportedDepth = true
                report(path, line, "values are nested more than \(Self.maxDepth) levels deep")
            }
            return .null
        }
        switch node.content {
        case .scalar(let text):
            return YAMLValue(content: .scalar(YAMLScalar(text: text, kind: Self.kind(of: node.tag))), line: line)
        case .sequence(let sequence):
            let items = sequence.enumerated().map { index, item in
                build(item, path: "\(path)[\(index)]", depth: depth + 1)
            }
            return YAMLValue(content: .list(items), line: line)
        case .mapping(let mapping):
            return YAMLValue(content: .mapping(entries(of: mapping, path: path, depth: depth)), line: line)
        }
    }

    /// The pairs of a mapping, with `<<` merges applied: keys written in the mapping win over
    /// merged ones, and earlier merge sources win over later ones (YAML's merge-key rules).
    private mutating func entries(of mapping: [YAMLPair], path: String, depth: Int) -> [YAMLEntry] {
        var own: [YAMLEntry] = []
        var merged: [YAMLEntry] = []
        for pair in mapping {
            let keyNode = pair.key
            guard case .scalar(let key) = keyNode.content else {
                report(path, keyNode.line, "a mapping key must be a plain name, not a list or a mapping")
                continue
            }
            let keyLine: Int? = keyNode.line
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            var value = build(pair.value, path: childPath, depth: depth + 1)
            // An alias's mark is its anchor's; the key's line is where this use is written.
            if let keyLine, let valueLine = value.line, valueLine < keyLine { value.line = keyLine }
            if keyNode.tag == .merge {
                merged += mergeSources(value, path: childPath, line: keyLine)
            } else {
                own.append(YAMLEntry(key: key, line: keyLine, value: value))
            }
        }
        var seen = Set(own.map(\.key))
        for entry in merged where seen.insert(entry.key).inserted { own.append(entry) }
        return own
    }

    private mutating func mergeSources(_ value: YAMLValue, path: String, line: Int?) -> [YAMLEntry] {
        switch value.content {
        case .mapping(let entries):
            return entries
        case .list(let items) where items.allSatisfy({ if case .mapping = $0.content { true } else { false } }):
            return items.flatMap { item -> [YAMLEntry] in
                if case .mapping(let entries) = item.content { entries } else { [] }
            }
        default:
            report(path, line, "`<<` merges a mapping or a list of mappings into this mapping")
            return []
        }
    }

    /// What YAML's core schema makes of a scalar: quoted text is always a string, plain text is
    /// resolved by `YAMLTagResolver` (YAML 1.1 booleans, ints, floats, nulls, timestamps).
    private static func kind(of tag: YAMLTag) -> YAMLScalar.Kind {
        switch tag {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .timestamp: .timestamp
        default: .string
        }
    }

    private mutating func report(_ path: String, _ line: Int?, _ message: String) {
        problems.append(ScenarioProblem(path: path, line: line, message: message))
    }
}
