/// The check of a scenario's `models:` entries against the model catalogue, reported like
/// every other scenario problem: `models.my-model.fields.size.enum (line 7): …`.
extension ScenarioLoader {
    static func modelProblems(_ scenario: Scenario, tree: YAMLValue, catalog: ModelCatalog) -> [ScenarioProblem] {
        guard !scenario.models.isEmpty else { return [] }
        let models = entry("models", in: tree)
        return catalog.definitionProblems(scenario.models).map { error in
            ScenarioProblem(path: error.path.isEmpty ? "models" : "models.\(error.path)",
                            line: models.flatMap { line(of: error.path, in: $0.value) } ?? models?.line,
                            message: error.message)
        }
    }

    private static func entry(_ key: String, in value: YAMLValue) -> YAMLEntry? {
        guard case .mapping(let entries) = value.content else { return nil }
        return entries.first { $0.key == key }
    }

    /// The line of the deepest value along a dotted definition path. Keys may hold dots
    /// themselves (`gemini-2.5-flash`, `0.25`), so at each mapping the longest key that starts
    /// the rest of the path wins; list items are numbered from 0.
    static func line(of path: String, in value: YAMLValue) -> Int? {
        var current = value
        var line = value.line
        var rest = Substring(path)
        while !rest.isEmpty {
            switch current.content {
            case .mapping(let entries):
                let match = entries.filter { rest == $0.key || rest.hasPrefix($0.key + ".") }.max { $0.key.count < $1.key.count }
                guard let match else { return line }
                line = match.value.line ?? match.line ?? line
                current = match.value
                rest = rest.dropFirst(min(rest.count, match.key.count + 1))
            case .list(let items):
                let head = rest.prefix { $0 != "." }
                guard let index = Int(head), items.indices.contains(index) else { return line }
                line = items[index].line ?? line
                current = items[index]
                rest = rest.dropFirst(min(rest.count, head.count + 1))
            case .scalar:
                return line
            }
        }
        return line
    }
}
