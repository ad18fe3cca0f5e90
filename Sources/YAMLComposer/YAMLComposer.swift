/// Composes the one YAML document of a text into a `YAMLNode` tree, from libyaml's events.
///
/// What it does, as the Yams composer the scenario loader used before did:
/// - plain scalars get their YAML 1.1 type (`YAMLTagResolver`), quoted ones are strings;
/// - an alias is the node last anchored under its name, once that node is complete (an alias
///   inside its own anchor's node is undefined); the tree shares it, it is not copied;
/// - a mapping whose keys repeat (same text and type) is an error naming them;
/// - a text of more than one document is an error, an empty one (or only comments) is nil.
///
/// It keeps no recursion of its own (an explicit stack). Collections nested more than
/// `maxNesting` deep are refused with the error (and the words) of the libyaml Yams carried:
/// libyaml 0.2.5's scanner checks every open flow level on every token, so reading deeper
/// nesting costs time quadratic in the depth (200,000 levels: minutes). Nodes nested deeper
/// than `keptDepth` are kept as empty null scalars (their events are still read and checked),
/// so the tree's depth stays bounded.
public enum YAMLComposer {
    /// Deepest nesting of collections read.
    public static let maxNesting = 1000

    public static func compose(_ text: String, keptDepth: Int = .max) throws(YAMLSyntaxError) -> YAMLNode? {
        let reader = YAMLEventReader(text)
        _ = try reader.next()   // stream start
        guard case .documentStart = try reader.next() else { return nil }
        var composer = Composer(keptDepth: keptDepth)
        let root = try composer.node(startingWith: try reader.next(), from: reader)
        _ = try reader.next()   // document end
        if case .documentStart(let line) = try reader.next() {
            var error = YAMLSyntaxError(kind: .composer, problem: "but found another document", line: line)
            error.context = .init(text: "expected a single document in the stream", line: 1)
            throw error
        }
        return root
    }
}

private struct Composer {
    /// A sequence or mapping whose end event has not come yet.
    struct Open {
        var isMapping: Bool
        var tag: YAMLTag
        var anchor: String?
        var line: Int
        /// Deeper than `keptDepth`: its children are read and dropped.
        var dropped: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var key: YAMLNode?
    }

    let keptDepth: Int
    private var anchors: [String: YAMLNode] = [:]
    private var open: [Open] = []

    init(keptDepth: Int) { self.keptDepth = keptDepth }

    mutating func node(startingWith first: YAMLEventReader.Event, from reader: YAMLEventReader) throws(YAMLSyntaxError) -> YAMLNode {
        var event = first
        while true {
            let complete: YAMLNode?
            switch event {
            case .alias(let anchor, let line):
                guard let node = anchors[anchor] else {
                    throw YAMLSyntaxError(kind: .composer, problem: "found undefined alias", line: line)
                }
                complete = node
            case .scalar(let text, let tag, let quotedImplicit, let anchor, let line):
                let resolved: YAMLTag = if quotedImplicit { .str } else if let tag {
                    tag == YAMLTag.nonSpecific.name ? .str : YAMLTag(tag)
                } else { YAMLTagResolver.resolve(plain: text) }
                complete = register(anchor, YAMLNode(content: .scalar(text), tag: resolved, line: line))
            case .sequenceStart(let tag, let anchor, let line):
                try checkNesting(line)
                open.append(Open(isMapping: false, tag: Self.collectionTag(tag, default: .seq), anchor: anchor,
                                 line: line, dropped: open.count >= keptDepth))
                complete = nil
            case .mappingStart(let tag, let anchor, let line):
                try checkNesting(line)
                open.append(Open(isMapping: true, tag: Self.collectionTag(tag, default: .map), anchor: anchor,
                                 line: line, dropped: open.count >= keptDepth))
                complete = nil
            case .sequenceEnd, .mappingEnd:
                let closed = open.removeLast()
                complete = register(closed.anchor, try Self.node(of: closed))
            case .streamStart, .streamEnd, .documentStart, .documentEnd:
                throw YAMLSyntaxError(kind: .composer, problem: "unexpected end of the document", line: nil)
            }
            if let complete {
                guard !open.isEmpty else { return complete }
                add(complete)
            }
            event = try reader.next()
        }
    }

    private func checkNesting(_ line: Int) throws(YAMLSyntaxError) {
        guard open.count >= YAMLComposer.maxNesting else { return }
        throw YAMLSyntaxError(kind: .parser, problem: "Maximum nesting level reached, set with yaml_set_max_nest_level())",
                              line: line, context: .init(text: "while parsing", line: line))
    }

    private mutating func register(_ anchor: String?, _ node: YAMLNode) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    private mutating func add(_ node: YAMLNode) {
        let top = open.count - 1
        guard !open[top].dropped else { return }
        if !open[top].isMapping {
            open[top].items.append(node)
        } else if let key = open[top].key {
            open[top].pairs.append(YAMLPair(key: key, value: node))
            open[top].key = nil
        } else {
            open[top].key = node
        }
    }

    private static func node(of closed: Open) throws(YAMLSyntaxError) -> YAMLNode {
        if closed.dropped { return YAMLNode(content: .scalar(""), tag: .null, line: closed.line) }
        guard closed.isMapping else { return YAMLNode(content: .sequence(closed.items), tag: closed.tag, line: closed.line) }
        try checkDuplicateKeys(closed.pairs)
        return YAMLNode(content: .mapping(closed.pairs), tag: closed.tag, line: closed.line)
    }

    /// No tag, or `!`: the kind's own type.
    private static func collectionTag(_ tag: String?, default kind: YAMLTag) -> YAMLTag {
        guard let tag, tag != YAMLTag.nonSpecific.name else { return kind }
        return YAMLTag(tag)
    }

    /// Keys are the same when their values and types are: `1` and `"1"` differ. The error names
    /// every repeated key, sorted, at the line of the first key so named.
    private static func checkDuplicateKeys(_ pairs: [YAMLPair]) throws(YAMLSyntaxError) {
        var firstScalar: [YAMLTag: [String: Int]] = [:]
        var collections: [Int] = []
        var repeated: [Int] = []   // indexes of the first occurrence of each repeated key
        var counted = Set<Int>()
        for (index, pair) in pairs.enumerated() {
            let key = pair.key
            if case .scalar(let text) = key.content {
                if let first = firstScalar[key.tag]?[text] {
                    if counted.insert(first).inserted { repeated.append(first) }
                } else {
                    firstScalar[key.tag, default: [:]][text] = index
                }
            } else if let first = collections.first(where: { pairs[$0].key.isSameValue(as: key) }) {
                if counted.insert(first).inserted { repeated.append(first) }
            } else {
                collections.append(index)
            }
        }
        guard !repeated.isEmpty else { return }
        let named = repeated.map { index -> (name: String, line: Int) in
            if case .scalar(let text) = pairs[index].key.content { (text, pairs[index].key.line) } else { ("<uncovertable>", pairs[index].key.line) }
        }.sorted { $0.name < $1.name }
        var error = YAMLSyntaxError(kind: .duplicateKeys, problem: "duplicated keys", line: named[0].line)
        error.duplicateKeys = named.map(\.name)
        throw error
    }
}
