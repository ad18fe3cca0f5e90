/// The checks a replay made, and the agreement they score per endpoint and model.
public struct DriftChecks: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case status, errorCode = "error_code", envelope, statusSequence = "status_sequence", pixels
    }

    public struct Check: Sendable {
        public var endpoint: String
        public var model: String?
        public var kind: Kind
        public var passed: Bool
        /// Where (file and exchange) and, for a failed check, what differed.
        public var place: String
        public var detail: String
    }

    public var checks: [Check] = []
    /// Exchanges not scored: no recorded answer, or a path the emulator does not emulate.
    public var skipped = 0

    public mutating func merge(_ other: DriftChecks) {
        checks += other.checks
        skipped += other.skipped
    }

    /// One row of the table: an endpoint and a model with its tally per kind.
    public struct Row: Sendable {
        public var endpoint: String
        public var model: String
        public var tally: [Kind: (passed: Int, total: Int)]
        public var exchanges: Int

        /// Checks passed out of checks made, in percent (100 with no checks).
        public var score: Double {
            let passed = tally.values.reduce(0) { $0 + $1.passed }, total = tally.values.reduce(0) { $0 + $1.total }
            return total == 0 ? 100 : Double(passed) * 100 / Double(total)
        }
    }

    /// Rows sorted by endpoint then model; `-` for requests no model could be named for.
    public var rows: [Row] {
        var byKey: [String: Row] = [:]
        for check in checks {
            let model = check.model ?? "-"
            let key = check.endpoint + "\u{0}" + model
            var row = byKey[key] ?? Row(endpoint: check.endpoint, model: model, tally: [:], exchanges: 0)
            var t = row.tally[check.kind] ?? (0, 0)
            t.total += 1
            if check.passed { t.passed += 1 }
            row.tally[check.kind] = t
            if check.kind == .status { row.exchanges += 1 }
            byKey[key] = row
        }
        return byKey.values.sorted { ($0.endpoint, $0.model) < ($1.endpoint, $1.model) }
    }

    public var failures: [Check] { checks.filter { !$0.passed } }

    /// The table `diff` prints: one row per endpoint and model, `passed/total` per kind.
    public func table() -> String {
        let header = ["endpoint", "model", "exchanges"] + Kind.allCases.map(\.rawValue) + ["score"]
        var lines = [header]
        for row in rows {
            let cells = Kind.allCases.map { kind in row.tally[kind].map { "\($0.passed)/\($0.total)" } ?? "-" }
            lines.append([row.endpoint, row.model, String(row.exchanges)] + cells + [Self.percent(row.score)])
        }
        let widths = header.indices.map { i in lines.map { $0[i].count }.max() ?? 0 }
        return lines.map { line in
            let padded = line.enumerated().map { i, cell in cell + String(repeating: " ", count: max(0, widths[i] - cell.count)) }
                .joined(separator: "  ")
            return String(padded.reversed().drop(while: \.isWhitespace).reversed())
        }.joined(separator: "\n")
    }

    /// `100`, `87.5`.
    static func percent(_ value: Double) -> String {
        let tenth = (value * 10).rounded(.down) / 10
        return tenth == tenth.rounded() ? "\(Int(tenth))%" : "\(tenth)%"
    }
}

/// Adds checks for one exchange.
struct Comparer {
    let endpoint: String
    let model: String?
    let place: String
    var checks: DriftChecks

    mutating func check(_ kind: DriftChecks.Kind, _ passed: Bool, _ detail: String) {
        checks.checks.append(DriftChecks.Check(endpoint: endpoint, model: model, kind: kind, passed: passed, place: place,
                                               detail: passed ? "" : detail))
    }
}
