/// Picks the scenario rule that decides a request: rules are checked in order and the
/// first match wins. `nth` counts, per rule, the requests that matched its other keys,
/// whether or not an earlier rule took them ("the 3rd z-image submit").
///
/// Built once per scenario, so that a request costs its prompt's length plus a few integer
/// comparisons per rule of its phase:
/// - the prompt is lower-cased once and read once through an index of every `prompt_contains`
///   (`NeedleIndex`); `model`, `key` and `provider` are compared as small integer ids;
/// - rules without `nth` are walked in order up to the first that fits;
/// - rules with `nth` and the same other keys see the same requests, so they share one count
///   (kept in `counters` under the first such rule's index) and the rule whose `nth` that count
///   reaches is found by lookup: 6,000 `{nth: N}` rules cost one count per request, not 6,000.
struct RuleMatcher: Sendable {
    struct Subject {
        var phase: Rule.Phase
        var model: String
        var prompt: String
        var key: String
        var provider: Provider
    }

    /// What a rule requires besides `nth`, as ids (`any` where it requires nothing).
    private struct Keys: Hashable, Sendable {
        var model: Int32, key: Int32, provider: Int32
        /// Where its needle ends in the phase's `NeedleIndex`.
        var needle: Int32
    }

    /// Rules with `nth` and the same `Keys`.
    private struct CountedGroup: Sendable {
        var keys: Keys
        /// Where the group's count is kept: the index of its first rule.
        var counter: Int
        /// The first position (in the phase) of the group's rule for each `nth`.
        var positions: [Int: Int]
    }

    private struct Phase: Sendable {
        var rules: [Rule]
        /// Position and keys of each rule without `nth`, in order.
        var plain: [(position: Int, keys: Keys)]
        var groups: [CountedGroup]
        var needles: NeedleIndex
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
        let models = intern(rules.map(\.match.model)), keys = intern(rules.map(\.match.key))
        let providers = intern(rules.map(\.match.provider))
        (modelIDs, keyIDs, providerIDs) = (models, keys, providers)
        var phases: [Rule.Phase: Phase] = [:]
        for phase in Rule.Phase.allCases {
            let own = rules.filter { $0.on == phase }
            guard !own.isEmpty else { continue }
            let index = NeedleIndex(needles: own.compactMap { $0.match.promptContains.map(NeedleIndex.fold) })
            var plain: [(position: Int, keys: Keys)] = []
            var groups: [CountedGroup] = []
            var groupOf: [Keys: Int] = [:]
            var needle = 0
            for (position, rule) in own.enumerated() {
                let match = rule.match
                var state = Self.any
                if match.promptContains != nil {
                    state = index.state(ofNeedle: needle)
                    needle += 1
                }
                let ruleKeys = Keys(model: match.model.flatMap { models[$0] } ?? Self.any,
                                    key: match.key.flatMap { keys[$0] } ?? Self.any,
                                    provider: match.provider.flatMap { providers[$0] } ?? Self.any, needle: state)
                guard let nth = match.nth else {
                    plain.append((position, ruleKeys))
                    continue
                }
                let group = groupOf[ruleKeys] ?? {
                    groups.append(CountedGroup(keys: ruleKeys, counter: rule.index, positions: [:]))
                    groupOf[ruleKeys] = groups.count - 1
                    return groups.count - 1
                }()
                if groups[group].positions[nth] == nil { groups[group].positions[nth] = position }
            }
            phases[phase] = Phase(rules: own, plain: plain, groups: groups, needles: index)
        }
        self.phases = phases
    }

    /// The rule that decides `subject`, counting it for every group of `nth` rules it fits.
    func pick(for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        guard let phase = phases[subject.phase] else { return nil }
        // A value no rule names gets an id no rule has: only rules without that key fit.
        let model = modelIDs[subject.model] ?? -2, key = keyIDs[subject.key] ?? -2
        let provider = providerIDs[subject.provider] ?? -2
        var found: Set<Int32>?
        func fits(_ keys: Keys) -> Bool {
            if keys.model != Self.any, keys.model != model { return false }
            if keys.key != Self.any, keys.key != key { return false }
            if keys.provider != Self.any, keys.provider != provider { return false }
            guard keys.needle != Self.any else { return true }
            let occurring = found ?? phase.needles.matches(in: NeedleIndex.fold(subject.prompt))
            found = occurring
            return occurring.contains(keys.needle)
        }
        var chosen = Int.max
        for rule in phase.plain where fits(rule.keys) {
            chosen = rule.position
            break
        }
        for group in phase.groups where fits(group.keys) {
            let seen = (counters[group.counter] ?? 0) + 1
            counters[group.counter] = seen
            if let position = group.positions[seen], position < chosen { chosen = position }
        }
        return chosen == .max ? nil : phase.rules[chosen]
    }

    /// One-off form of `pick(for:counters:)` (builds the index each call; the engine keeps one).
    static func pick(_ rules: [Rule], for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        RuleMatcher(rules: rules).pick(for: subject, counters: &counters)
    }
}
