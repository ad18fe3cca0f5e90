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
        var definitions = models
        var patches: [(name: String, patch: JSONObject)] = []
        for name in overrides.keys.sorted() {
            guard let value = overrides[name] else { continue }
            guard let patch = value.objectValue else {
                throw ModelDefinitionError(path: name, "expected an object of definition keys, found \(value.typeName)")
            }
            patches.append((name, patch))
        }
        var pending: [(name: String, patch: JSONObject)] = []
        for (name, patch) in patches {
            guard let index = definitions.firstIndex(where: { $0.id == name || $0.aliases.contains(name) }) else {
                pending.append((name, patch))
                continue
            }
            if patch[Self.extendsKey] != nil {
                throw ModelDefinitionError(path: "\(name).extends", "only a new model can extend another; \(name) is already defined")
            }
            let merged = JSONValue.object(definitions[index].source).mergePatched(with: .object(patch))
            let provenance = definitions[index].provenance
            do {
                definitions[index] = try ModelDefinition(json: merged.objectValue ?? JSONObject())
            } catch {
                throw error.under(name)
            }
            definitions[index].provenance = provenance
            definitions[index].provenance.overridden = provenance.origin == .builtIn
        }
        // New models, each after the model it extends when that one is new too.
        while !pending.isEmpty {
            var ready = 0
            for (index, entry) in pending.enumerated() {
                let base = try Self.baseID(of: entry.patch, path: entry.name)
                if base == nil || !pending.contains(where: { $0.name == base }) {
                    ready = index
                    break
                }
            }
            let (name, patch) = pending.remove(at: ready)
            definitions.append(try Self.scenarioDefinition(name, patch, existing: definitions))
        }
        return try Self.checked(definitions)
    }

    /// The scenario shortcut `url_ttl: {z-image: 1h}`: result URLs of `model` (id or alias)
    /// stay valid for `seconds` after completion.
    public func withURLLifetime(_ seconds: Int64, forModel model: String) throws -> ModelCatalog {
        try applying(overrides: [model: ["url_ttl_seconds": .int(Int(clamping: seconds))]])
    }
}
