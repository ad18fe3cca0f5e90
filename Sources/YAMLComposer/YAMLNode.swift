/// One node of a composed YAML document: a scalar, a sequence or a mapping, with its resolved tag
/// and the line it starts on. An alias is the node its anchor names (the same value, the same line).
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// The resolved tag: YAML 1.1's types for plain scalars (`YAMLTagResolver`), `str` for quoted
    /// ones, `seq`/`map` for collections, or the tag written in the document.
    public var tag: YAMLTag
    /// 1-based line of the node's first character.
    public var line: Int

    public init(content: Content, tag: YAMLTag, line: Int) {
        self.content = content
        self.tag = tag
        self.line = line
    }
}

/// One `key: value` pair of a mapping, in document order.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A YAML tag by its full name (`tag:yaml.org,2002:int`, or a local tag such as `!point`).
public struct YAMLTag: Hashable, Sendable {
    public var name: String

    public init(_ name: String) { self.name = name }

    public static let str = YAMLTag("tag:yaml.org,2002:str")
    public static let seq = YAMLTag("tag:yaml.org,2002:seq")
    public static let map = YAMLTag("tag:yaml.org,2002:map")
    public static let null = YAMLTag("tag:yaml.org,2002:null")
    public static let bool = YAMLTag("tag:yaml.org,2002:bool")
    public static let int = YAMLTag("tag:yaml.org,2002:int")
    public static let float = YAMLTag("tag:yaml.org,2002:float")
    public static let timestamp = YAMLTag("tag:yaml.org,2002:timestamp")
    public static let merge = YAMLTag("tag:yaml.org,2002:merge")
    public static let value = YAMLTag("tag:yaml.org,2002:value")
    /// `!`: "not a plain scalar's type"; resolves to the kind's default (str, seq, map).
    static let nonSpecific = YAMLTag("!")
}

extension YAMLNode {
    /// Structural equality as YAML compares mapping keys: the same content and the same resolved
    /// tag; lines do not count.
    func isSameValue(as other: YAMLNode) -> Bool {
        guard tag == other.tag else { return false }
        switch (content, other.content) {
        case (.scalar(let left), .scalar(let right)):
            return left == right
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isSameValue(as: $1) }
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.key.isSameValue(as: $1.key) && $0.value.isSameValue(as: $1.value) }
        default:
            return false
        }
    }
}
