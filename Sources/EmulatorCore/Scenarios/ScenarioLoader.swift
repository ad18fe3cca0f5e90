import YAMLComposer

/// Reads scenario files: YAML or JSON text in, a checked `Scenario` or every problem out.
///
/// An empty document (or one that is only comments) is `Scenario.empty`. Nothing in a document
/// can make loading trap or hang: syntax errors, deep nesting, alias bombs, huge numbers and
/// wrong types all come back as `ScenarioProblem`s.
public enum ScenarioLoader {
    /// Largest scenario file `load` reads.
    public static let maxFileBytes = 10 * 1024 * 1024

    /// Parses YAML or JSON (JSON is valid YAML). All problems are collected, not just the first.
    ///
    /// - Parameters:
    ///   - source: names the text in `ScenarioError` (a file path, `scenario`, `request body`).
    ///   - knownModels: when given, model ids in `match.model` and `url_ttl` must be among them
    ///     or defined by the scenario's own `models:`.
    ///   - catalog: when given, `models:` entries are checked as model definitions against it
    ///     (its ids are the known models when `knownModels` is nil).
    public static func parse(_ text: String, source: String = "scenario", knownModels: Set<String>? = nil,
                             catalog: ModelCatalog? = nil) throws(ScenarioError) -> Scenario {
        if let problem = YAMLAliasGuard.check(text) {
            throw ScenarioError(source: source, problems: [problem])
        }
        let node: YAMLNode?
        do {
            // Deeper than the builder reads is kept as a null: the builder reports the depth.
            node = try YAMLComposer.compose(text, keptDepth: YAMLTreeBuilder.maxDepth + 2)
        } catch {
            throw ScenarioError(source: source, problems: [syntaxProblem(error)])
        }
        guard let node else { return .empty }

        var builder = YAMLTreeBuilder()
        let tree = builder.build(node)
        var linter = ScenarioLinter(knownModels: knownModels ?? catalog?.knownModels)
        let scenario = linter.lint(tree)
        var problems = builder.problems + linter.problems
        if problems.isEmpty, let catalog { problems += modelProblems(scenario, tree: tree, catalog: catalog) }
        problems = inDocumentOrder(problems)
        guard problems.isEmpty else { throw ScenarioError(source: source, problems: problems) }
        return scenario
    }

    /// Reads and parses the file at `path`; a missing, unreadable, oversized or non-UTF-8 file
    /// is a `ScenarioError` whose one problem says which.
    public static func load(path: String, knownModels: Set<String>? = nil,
                            catalog: ModelCatalog? = nil) throws(ScenarioError) -> Scenario {
        try parse(try readText(path: path), source: path, knownModels: knownModels, catalog: catalog)
    }

    /// A scenario file's text: at most `maxFileBytes`, UTF-8; each refusal a problem of `path`.
    public static func readText(path: String) throws(ScenarioError) -> String {
        func failure(_ message: String) -> ScenarioError {
            ScenarioError(source: path, problems: [ScenarioProblem(path: "", line: nil, message: message)])
        }
        let bytes: [UInt8]
        do {
            bytes = try BoundedFileReader.read(path, upTo: maxFileBytes + 1)
        } catch {
            switch error {
            case .missing: throw failure("no such file")
            case .directory: throw failure("is a directory, not a scenario file")
            case .unopenable: throw failure("cannot be opened for reading")
            case .unreadable(let reason): throw failure("cannot be read: \(reason)")
            }
        }
        guard bytes.count <= maxFileBytes else { throw failure("is larger than \(maxFileBytes / 1024 / 1024) MB") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("is not UTF-8 text") }
        return text
    }

    /// Sorted by line (stable, so problems on one line keep the order they were found in);
    /// problems without a line come last.
    static func inDocumentOrder(_ problems: [ScenarioProblem]) -> [ScenarioProblem] {
        problems.enumerated()
            .sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
            .map(\.element)
    }

    /// A YAML syntax error as a problem with its line and libyaml's own words.
    static func syntaxProblem(_ error: YAMLSyntaxError) -> ScenarioProblem {
        switch error.kind {
        case .scanner, .parser, .composer:
            let during = error.context.map { " (\($0.text) started on line \($0.line))" } ?? ""
            return ScenarioProblem(path: "", line: error.line, message: "YAML syntax error: \(error.problem)\(during)")
        case .duplicateKeys:
            let keys = error.duplicateKeys.map { "`\(ScenarioLinter.clip($0))`" }.joined(separator: ", ")
            return ScenarioProblem(path: "", line: error.line, message: "key \(keys) appears more than once in the same mapping")
        case .reader:
            return ScenarioProblem(path: "", line: error.line, message: "YAML cannot read the text: \(error.problem)")
        case .memory:
            return ScenarioProblem(path: "", line: nil, message: "cannot be read as YAML: \(error.problem)")
        }
    }
}
