extension ModelCatalog {
    /// Scenario overrides: each key names a model (id or alias) and its value is a partial
    /// definition, merged over that model's fixture JSON by JSON Merge Patch (objects merge,
    /// `null` removes, arrays and scalars replace) and decoded again, e.g.
    /// `{"z-image": {"url_ttl_seconds": 3600, "pixels": {"1:1": [512, 512]}}}`.
    /// A key that names no model defines a new one: `{"extends": "<id>", …}` merged over that
    /// model (which may itself be defined here), or a full definition.
    ///
    /// Throws a `ModelDefinitionError` whose path starts with the model name
    /// (`z-image.pixels.1:1: expected [width, height]`) when a key is unknown, a value has the
    /// wrong type, or the merged definition breaks a rule a fixture must follow.
    public func applying(overrides: [String: JSONValue]) throws -> ModelCatalog {
        let resolved = try resolving(overrides, firstProblemOnly: true)
        if let problem = resolved.problems.first { throw problem }
        return try Self.checked(resolved.definitions)
    }

    /// Most models one scenario may define or override (choice, docs/limits.md).
    public static let maxScenarioModels = 10_000
    /// Longest `extends` chain of scenario models, counted from the model a chain ends on
    /// (choice, docs/limits.md).
    public static let maxExtendsDepth = 5_000

    /// The catalogue's definitions with `overrides` applied, and the problems met on the way
    /// (all of them, or only the first). Linear in the number of entries: each new model is
    /// resolved once, after the model it extends (itself resolved once), looked up by name.
    func resolving(_ overrides: [String: JSONValue], firstProblemOnly: Bool) throws(ModelDefinitionError)
        -> (definitions: [ModelDefinition], problems: [ModelDefinitionError]) {
        guard overrides.count <= Self.maxScenarioModels else {
            throw ModelDefinitionError(path: "", "a scenario defines or overrides \(overrides.count) models, more than \(Self.maxScenarioModels) (choice: docs/limits.md)")
        }
        var definitions = models
        var index = ModelIndex(definitions)
        var problems = ProblemList(firstOnly: firstProblemOnly)
        var pending: [String: JSONObject] = [:]
        for name in overrides.keys.sorted() where !problems.full {
            guard let value = overrides[name] else { continue }
            guard let patch = value.objectValue else {
                problems.add(ModelDefinitionError(path: name, "expected an object of definition keys, found \(value.typeName)"))
                continue
            }
            guard let at = index.position(of: name) else {
                pending[name] = patch
                continue
            }
            if patch[Self.extendsKey] != nil {
                problems.add(ModelDefinitionError(path: "\(name).extends", "only a new model can extend another; \(name) is already defined"))
                continue
            }
            let merged = JSONValue.object(definitions[at].source).mergePatched(with: .object(patch))
            let provenance = definitions[at].provenance
            do {
                definitions[at] = try ModelDefinition(json: merged.objectValue ?? JSONObject())
            } catch {
                problems.add(error.under(name))
                continue
            }
            definitions[at].provenance = provenance
            definitions[at].provenance.overridden = provenance.origin == .builtIn
        }
        // New models, each after the model it extends when that one is new too: the chain
        // up to a model already known is walked once, then defined from its top down.
        var failed: [String: ModelDefinitionError] = [:]
        var depths: [String: Int] = [:]  // of each scenario model defined so far: 1 extends a model not new
        for name in pending.keys.sorted() where !problems.full {
            var chain: [String] = []
            var onChain: Set<String> = []
            var current = name
            var broken: ModelDefinitionError?
            while let patch = pending[current], index.position(of: current) == nil, failed[current] == nil {
                guard onChain.insert(current).inserted else {
                    broken = ModelDefinitionError(path: "\(current).extends", "\"\(current)\" extends itself through \(chain.count - (chain.firstIndex(of: current) ?? 0) - 1) other models")
                    break
                }
                chain.append(current)
                guard let base = try? Self.baseID(of: patch, path: current) else { break }
                current = base
            }
            if broken == nil, !chain.isEmpty, chain.count + (depths[current] ?? 0) > Self.maxExtendsDepth {
                broken = ModelDefinitionError(path: "\(name).extends", "an extends chain longer than \(Self.maxExtendsDepth) models (choice: docs/limits.md)")
            }
            if broken == nil, failed[current] != nil, !chain.isEmpty { broken = failed[current] }
            if let broken {
                problems.add(broken)
                for link in chain { failed[link] = broken }
                continue
            }
            for link in chain.reversed() {
                do {
                    let definition = try Self.scenarioDefinition(link, pending[link] ?? [:], existing: definitions, index: index)
                    index.add(definition, at: definitions.count)
                    definitions.append(definition)
                    depths[link] = (definition.provenance.extends.flatMap { depths[$0] } ?? 0) + 1
                } catch {
                    problems.add(error)
                    for later in chain where failed[later] == nil && index.position(of: later) == nil { failed[later] = error }
                    break
                }
            }
        }
        return (definitions, problems.items)
    }

    /// The scenario shortcut `url_ttl: {z-image: 1h}`: result URLs of `model` (id or alias)
    /// stay valid for `seconds` after completion.
    public func withURLLifetime(_ seconds: Int64, forModel model: String) throws -> ModelCatalog {
        try applying(overrides: [model: ["url_ttl_seconds": .int(Int(clamping: seconds))]])
    }
}

/// Models by id and alias: the first definition claiming a name owns it.
struct ModelIndex {
    private var positions: [String: Int] = [:]

    init(_ definitions: [ModelDefinition]) {
        for (at, definition) in definitions.enumerated() { add(definition, at: at) }
    }

    mutating func add(_ definition: ModelDefinition, at: Int) {
        for name in [definition.id] + definition.aliases where positions[name] == nil { positions[name] = at }
    }

    func position(of name: String) -> Int? { positions[name] }
}

/// Problems met while applying a scenario's models, each once, at most `limit`.
struct ProblemList {
    static let limit = 100
    let firstOnly: Bool
    private(set) var items: [ModelDefinitionError] = []
    private var seen: Set<String> = []

    init(firstOnly: Bool) { self.firstOnly = firstOnly }

    var full: Bool { items.count >= (firstOnly ? 1 : Self.limit) }

    mutating func add(_ problem: ModelDefinitionError) {
        guard !full, seen.insert(problem.path + "\u{0}" + problem.message).inserted else { return }
        items.append(problem)
    }
}
