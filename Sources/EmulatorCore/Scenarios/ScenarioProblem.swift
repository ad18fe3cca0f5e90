/// One thing wrong with a scenario file: where it is and what to change.
///
/// `path` names the value the way the docs do (`rules[2].fail.code`, `accounts[0].key`), empty
/// for the document itself; `line` is 1-based, nil when no position is known.
public struct ScenarioProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `rules[2].fail.code (line 14): 80009 is not a task failure code (80001, 80002, 80003, 80006)`,
    /// `line 3: …` when there is no path, `rules[2]: …` when there is no line.
    public var description: String {
        switch (path.isEmpty, line) {
        case (false, let line?): "\(path) (line \(line)): \(message)"
        case (false, nil): "\(path): \(message)"
        case (true, let line?): "line \(line): \(message)"
        case (true, nil): message
        }
    }
}

/// A scenario that cannot be used, with every problem found in it (not just the first).
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The file path, or the name given to `ScenarioLoader.parse`.
    public var source: String
    /// In document order.
    public var problems: [ScenarioProblem]

    public init(source: String, problems: [ScenarioProblem]) {
        self.source = source
        self.problems = problems
    }

    /// One problem per line, each prefixed by the source, like a compiler's diagnostics:
    /// `flaky.yaml: rules[2].fail.code (line 14): 80009 is not a task failure code (…)`.
    public var description: String {
        problems.map { "\(source): \($0)" }.joined(separator: "\n")
    }
}
