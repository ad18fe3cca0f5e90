extension ModelCatalog {
    /// Every problem of a scenario's `models:` entries, not just the first (at most
    /// `ProblemList.limit`): each entry is resolved once, an entry extending a broken one
    /// reports that one's problem, then all together are checked for names claimed twice.
    /// Paths start with the entry's model name (`my-model.fields.size.enum`).
    public func definitionProblems(_ entries: [String: JSONValue]) -> [ModelDefinitionError] {
        do {
            let resolved = try resolving(entries, firstProblemOnly: false)
            guard resolved.problems.isEmpty else { return resolved.problems }
            _ = try Self.checked(resolved.definitions)
            return []
        } catch {
            return [error]
        }
    }
}
