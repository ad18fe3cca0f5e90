/// Values keyed by some of a request's resolved fields, one nesting level per field
/// ("axis"), in the order `by` lists them: the shape of a model's pixel grid, price table
/// and duration table.
///
/// ```json
/// "price_by": ["resolution", "quality", "size"],
/// "price_treat_as": {"quality": {"auto": "high"}, "size": {"auto": "@max"}},
/// "price_per_image": {"1k": {"low": {"1:1": 0.0048, …}, …}, …}
/// ```
/// With no axes the table is a single value. `treat_as` reads a field's value as another
/// (`auto` quality is looked up as `high`), or, with `@max`, as whichever entry along that
/// axis is largest (`auto` size is billed at the most expensive ratio).
struct LookupTable<Value: Sendable>: Sendable {
    indirect enum Node: Sendable {
        case leaf(Value)
        case branch([(key: String, node: Node)])
    }

    enum Substitute: Sendable, Equatable {
        case value(String)
        case largest
    }

    /// The keyword in `treat_as` meaning "the largest entry along this axis".
    static var largestKeyword: String { "@max" }

    let axes: [String]
    let root: Node
    let treatAs: [String: [String: Substitute]]

    /// The value for these resolved fields; `nil` when the table has no entry for them.
    /// `isLess` orders values for `@max`.
    func lookup(_ resolved: JSONObject, isLess: (Value, Value) -> Bool) -> Value? {
        Self.lookup(root, axes: axes[...], resolved: resolved, treatAs: treatAs, isLess: isLess)
    }

    private static func lookup(_ node: Node, axes: ArraySlice<String>, resolved: JSONObject,
                               treatAs: [String: [String: Substitute]], isLess: (Value, Value) -> Bool) -> Value? {
        guard let axis = axes.first else {
            if case .leaf(let value) = node { return value }
            return nil
        }
        guard case .branch(let entries) = node, let actual = resolved[axis].flatMap(key(for:)) else { return nil }
        let rest = axes.dropFirst()
        switch treatAs[axis]?[actual] {
        case .largest?:
            let candidates = entries.compactMap { lookup($0.node, axes: rest, resolved: resolved, treatAs: treatAs, isLess: isLess) }
            return candidates.max(by: isLess)
        case .value(let substitute)?:
            guard let next = entries.first(where: { $0.key == substitute }) else { return nil }
            return lookup(next.node, axes: rest, resolved: resolved, treatAs: treatAs, isLess: isLess)
        case nil:
            guard let next = entries.first(where: { $0.key == actual }) else { return nil }
            return lookup(next.node, axes: rest, resolved: resolved, treatAs: treatAs, isLess: isLess)
        }
    }

    /// The table key a resolved value is filed under (`"4k"`, `"true"`, `"2"`).
    static func key(for value: JSONValue) -> String? {
        switch value {
        case .string(let s): s
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }
}

extension LookupTable {
    /// Decodes a table found at `path`, with its `treat_as` object at `treatAsPath`.
    /// `axisValues[i]` lists the keys allowed at depth `i` (the axis field's enum) or is `nil`
    /// for any key; `leaf` decodes one value.
    init(axes: [String], axisValues: [[String]?], value: JSONValue, path: String, treatAs: JSONValue?, treatAsPath: String,
         leaf: (JSONValue, String) throws(ModelDefinitionError) -> Value) throws(ModelDefinitionError) {
        self.axes = axes
        root = try Self.decodeNode(value, depth: 0, axisValues: axisValues, path: path, leaf: leaf)
        self.treatAs = try Self.decodeTreatAs(treatAs, axes: axes, axisValues: axisValues, path: treatAsPath)
    }

    private static func decodeNode(_ value: JSONValue, depth: Int, axisValues: [[String]?], path: String,
                                   leaf: (JSONValue, String) throws(ModelDefinitionError) -> Value) throws(ModelDefinitionError) -> Node {
        guard depth < axisValues.count else { return .leaf(try leaf(value, path)) }
        let object = try FixtureObject(value, path: path)
        var entries: [(key: String, node: Node)] = []
        for (key, child) in object.object.pairs {
            if let allowed = axisValues[depth], !allowed.contains(key) {
                throw ModelDefinitionError(path: object.path(key), "\"\(key)\" is not a value of the field this level is keyed by")
            }
            entries.append((key, try decodeNode(child, depth: depth + 1, axisValues: axisValues, path: object.path(key), leaf: leaf)))
        }
        return .branch(entries)
    }

    private static func decodeTreatAs(_ value: JSONValue?, axes: [String], axisValues: [[String]?],
                                      path: String) throws(ModelDefinitionError) -> [String: [String: Substitute]] {
        guard let value, !value.isNull else { return [:] }
        let object = try FixtureObject(value, path: path)
        try object.rejectUnknownKeys(axes)
        var treatAs: [String: [String: Substitute]] = [:]
        for (axis, mapping) in object.object.pairs {
            let allowed = axes.firstIndex(of: axis).flatMap { axisValues[$0] }
            let substitutions = try FixtureObject(mapping, path: object.path(axis))
            var map: [String: Substitute] = [:]
            for (from, _) in substitutions.object.pairs {
                let to = try substitutions.string(from)
                for name in [from, to] where name != largestKeyword && !(allowed?.contains(name) ?? true) {
                    throw ModelDefinitionError(path: substitutions.path(from), "\"\(name)\" is not a value of \(axis)")
                }
                map[from] = to == largestKeyword ? .largest : .value(to)
            }
            treatAs[axis] = map
        }
        return treatAs
    }
}
