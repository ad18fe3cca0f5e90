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

    /// The rules of one phase, in order, with their match keys as small integers so that a
    /// request's walk over thousands of rules compares integers, not strings.
    private struct Phase: Sendable {
        var rules: [Rule]
        /// Per rule: the id of its `model` / `key` / `provider` (`any` when not given).
        var models: [Int32], keys: [Int32], providers: [Int32]
        /// Per rule: where its needle ends in `needles`, or `any`.
        var needleStates: [Int32]
        /// Per rule: its `nth` (0: none) and its index in the scenario's `rules`.
        var nths: [Int], indexes: [Int]
        var needles: NeedleIndex
        /// Position of the last rule with `nth`: past the decision, only those still count.
        var lastCounted: Int
    }

    private static let any: Int32 = -1
    private let phases: [Rule.Phase: Phase]
    /// Ids of the model ids, keys and providers the rules name.
    private let modelIDs: [String: Int32], keyIDs: [String: Int32], providerIDs: [Provider: Int32]

    init(rules: [Rule]) {
        func intern<T: Hashable>(_ values: [T?]) -> [T: Int32] {
            var ids: [T: Int32] = [:]
            for case let value? in values where ids[value] == nil { ids[value] = Int32(ids.count) }
            return ids
        }
        modelIDs = intern(rules.map(\.match.model))
        keyIDs = intern(rules.map(\.match.key))
        providerIDs = intern(rules.map(\.match.provider))
        var phases: [Rule.Phase: Phase] = [:]
        for phase in Rule.Phase.allCases {
            let own = rules.filter { $0.on == phase }
            guard !own.isEmpty else { continue }
            let index = NeedleIndex(needles: own.compactMap { $0.match.promptContains.map(NeedleIndex.fold) })
            var next = 0
            let states = own.map { rule -> Int32 in
                guard rule.match.promptContains != nil else { return Self.any }
                defer { next += 1 }
                return index.state(ofNeedle: next)
            }
            let (models, keys, providers) = (modelIDs, keyIDs, providerIDs)
            phases[phase] = Phase(
                rules: own, models: own.map { $0.match.model.flatMap { models[$0] } ?? Self.any },
                keys: own.map { $0.match.key.flatMap { keys[$0] } ?? Self.any },
                providers: own.map { $0.match.provider.flatMap { providers[$0] } ?? Self.any },
                needleStates: states, nths: own.map { $0.match.nth ?? 0 }, indexes: own.map(\.index), needles: index,
                lastCounted: own.lastIndex { $0.match.nth != nil } ?? -1)
        }
        self.phases = phases
    }

    /// The rule that decides `subject`, counting it for every `nth` rule whose other keys it fits.
    func pick(for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        guard let phase = phases[subject.phase] else { return nil }
        // A value no rule names gets an id no rule has: only rules without that key fit.
        let model = modelIDs[subject.model] ?? -2, key = keyIDs[subject.key] ?? -2
        let provider = providerIDs[subject.provider] ?? -2
        var found: Set<Int32>?
        var chosen: Rule?
        for position in phase.rules.indices {
            if chosen != nil {
                if position > phase.lastCounted { break }
                if phase.nths[position] == 0 { continue }
            }
            if phase.models[position] != Self.any, phase.models[position] != model { continue }
            if phase.keys[position] != Self.any, phase.keys[position] != key { continue }
            if phase.providers[position] != Self.any, phase.providers[position] != provider { continue }
            let state = phase.needleStates[position]
            if state != Self.any {
                let occurring = found ?? phase.needles.matches(in: NeedleIndex.fold(subject.prompt))
                found = occurring
                guard occurring.contains(state) else { continue }
            }
            if phase.nths[position] != 0 {
                let seen = (counters[phase.indexes[position]] ?? 0) + 1
                counters[phase.indexes[position]] = seen
                if phase.nths[position] != seen { continue }
            }
            if chosen == nil { chosen = phase.rules[position] }
        }
        return chosen
    }

    /// One-off form of `pick(for:counters:)` (builds the index each call; the engine keeps one).
    static func pick(_ rules: [Rule], for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        RuleMatcher(rules: rules).pick(for: subject, counters: &counters)
    }
}
