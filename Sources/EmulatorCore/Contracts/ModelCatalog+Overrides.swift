extension ModelCatalog {
    /// Scenario overrides: each key names a model (id or alias) and its value is a partial
    /// definition, merged over that model's fixture JSON by JSON Merge Patch (objects merge,
    /// `null` removes, arrays and scalars replace) and decoded again, e.g.
    /// `{"z-image": {"url_ttl_seconds": 3600, "pixels": {"1:1": [512, 512]}}}`.
    ///
    /// Throws a `ModelDefinitionError` whose path starts with the model name
    /// (`z-image.pixels.1:1: expected [width, height]`) when a key is unknown, a value has the
    /// wrong type, or the merged definition breaks a rule a fixture must follow.
    public func applying(overrides: [String: JSONValue]) throws -> ModelCatalog {
        var definitions = models
        for name in overrides.keys.sorted() {
            guard let patch = overrides[name] else { continue }
            guard let index = definitions.firstIndex(where: { $0.id == name || $0.aliases.contains(name) }) else {
                let known = models.map(\.id).joined(separator: ", ")
                throw ModelDefinitionError(path: name, "unknown model (known: \(known))")
            }
            guard patch.objectValue != nil else {
                throw ModelDefinitionError(path: name, "expected an object of definition keys, found \(patch.typeName)")
            }
            let merged = JSONValue.object(definitions[index].source).mergePatched(with: patch)
            do {
                definitions[index] = try ModelDefinition(json: merged.objectValue ?? JSONObject())
            } catch {
                throw error.under(name)
            }
        }
        return try Self.checked(definitions)
    }

    /// The scenario shortcut `url_ttl: {z-image: 1h}`: result URLs of `model` (id or alias)
    /// stay valid for `seconds` after completion.
    public func withURLLifetime(_ seconds: Int64, forModel model: String) throws -> ModelCatalog {
        try applying(overrides: [model: ["url_ttl_seconds": .int(Int(clamping: seconds))]])
    }
}
