/// Picks the scenario rule that decides a request: rules are checked in order and the
/// first match wins. `nth` counts, per rule, the requests that matched its other keys,
/// whether or not an earlier rule took them ("the 3rd z-image submit").
///
/// Built once per scenario: a request's prompt is lower-cased once and read once through an
/// index of every rule's `prompt_contains` (`NeedleIndex`), so a submit costs its prompt's length
/// plus a few comparisons per rule of its phase, and none past the decision but for `nth` rules.
struct RuleMatcher: Sendable {
    struct Subject {
        var phase: Rule.Phase
        var model: String
        var prompt: String
        var key: String
        var provider: Provider
    }

    /// The rules of one phase, in order, with where each one's needle ends in `needles`.
    private struct Phase: Sendable {
        var rules: [Rule]
        var needleStates: [Int32?]
        var needles: NeedleIndex
        /// Position of the last rule with `nth`: past the decision, only those still count.
        var lastCounted: Int
    }

    private let phases: [Rule.Phase: Phase]

    init(rules: [Rule]) {
        var phases: [Rule.Phase: Phase] = [:]
        for phase in Rule.Phase.allCases {
            let own = rules.filter { $0.on == phase }
            guard !own.isEmpty else { continue }
            let needles = own.compactMap { $0.match.promptContains.map(NeedleIndex.fold) }
            let index = NeedleIndex(needles: needles)
            var next = 0
            let states = own.map { rule -> Int32? in
                guard rule.match.promptContains != nil else { return nil }
                defer { next += 1 }
                return index.state(ofNeedle: next)
            }
            phases[phase] = Phase(rules: own, needleStates: states, needles: index,
                                  lastCounted: own.lastIndex { $0.match.nth != nil } ?? -1)
        }
        self.phases = phases
    }

    /// The rule that decides `subject`, counting it for every `nth` rule whose other keys it fits.
    func pick(for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        guard let phase = phases[subject.phase] else { return nil }
        var found: Set<Int32>?
        var chosen: Rule?
        for (position, rule) in phase.rules.enumerated() {
            if chosen != nil {
                if position > phase.lastCounted { break }
                if rule.match.nth == nil { continue }
            }
            let match = rule.match
            if let expected = match.model, expected != subject.model { continue }
            if let expected = match.key, expected != subject.key { continue }
            if let expected = match.provider, expected != subject.provider { continue }
            if let state = phase.needleStates[position] {
                let occurring = found ?? phase.needles.matches(in: NeedleIndex.fold(subject.prompt))
                found = occurring
                guard occurring.contains(state) else { continue }
            }
            if let nth = match.nth {
                let seen = (counters[rule.index] ?? 0) + 1
                counters[rule.index] = seen
                if nth != seen { continue }
            }
            if chosen == nil { chosen = rule }
        }
        return chosen
    }

    /// One-off form of `pick(for:counters:)` (builds the index each call; the engine keeps one).
    static func pick(_ rules: [Rule], for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        RuleMatcher(rules: rules).pick(for: subject, counters: &counters)
    }
}
