extension ModelCatalog {
    /// Every problem of a scenario's `models:` entries, not just the first: each entry is
    /// applied on its own (with the scenario models it extends), then all together (names
    /// claimed twice). Paths start with the entry's model name (`my-model.fields.size.enum`).
    public func definitionProblems(_ entries: [String: JSONValue]) -> [ModelDefinitionError] {
        var problems: [ModelDefinitionError] = []
        func note(_ error: any Error, under name: String) {
            let problem = (error as? ModelDefinitionError) ?? ModelDefinitionError(path: name, "\(error)")
            if !problems.contains(problem) { problems.append(problem) }
        }
        for name in entries.keys.sorted() {
            var subset: [String: JSONValue] = [:]
            var next: String? = name
            while let current = next, subset[current] == nil, let entry = entries[current] {
                subset[current] = entry
                next = entry["extends"]?.stringValue
            }
            do { _ = try applying(overrides: subset) } catch { note(error, under: name) }
        }
        if problems.isEmpty {
            do { _ = try applying(overrides: entries) } catch { note(error, under: "") }
        }
        return problems
    }
}
