/// Rules that can never apply because an earlier rule without `nth` matches every request they
/// match, found in time linear in the size of the rules (comparing every rule with every earlier
/// one took 92 s of CPU for 24,000 rules).
extension ScenarioLinter {
    /// The `match` keys that must be equal for an earlier rule to cover a later one.
    private struct Bucket: Hashable {
        var phase: Rule.Phase
        var model: String?
        var key: String?
        var provider: Provider?
    }

    /// For each rule, the index of the earliest earlier rule that `covers` it (same phase), or nil.
    static func shadowingRules(_ rules: [Rule]) -> [Int?] {
        // Earlier rules without `nth`, by the keys they fix: those without `prompt_contains`
        // cover everything in their bucket; the others cover texts that contain their needle.
        var catchAll: [Bucket: Int] = [:]
        var needles: [Bucket: (texts: [[UInt8]], indexes: [Int])] = [:]
        for rule in rules where rule.match.nth == nil {
            let bucket = Bucket(phase: rule.on, model: rule.match.model, key: rule.match.key, provider: rule.match.provider)
            if let needle = rule.match.promptContains {
                needles[bucket, default: ([], [])].texts.append(NeedleIndex.fold(needle))
                needles[bucket, default: ([], [])].indexes.append(rule.index)
            } else if catchAll[bucket] == nil {
                catchAll[bucket] = rule.index
            }
        }
        let indexes = needles.mapValues { NeedleIndex(needles: $0.texts, weights: $0.indexes) }
        return rules.map { rule in
            let match = rule.match
            let text = match.promptContains.map(NeedleIndex.fold)
            var earliest = Int.max
            for model in options(match.model) {
                for key in options(match.key) {
                    for provider in options(match.provider) {
                        let bucket = Bucket(phase: rule.on, model: model, key: key, provider: provider)
                        if let index = catchAll[bucket] { earliest = min(earliest, index) }
                        if let text, let index = indexes[bucket]?.leastWeight(in: text) { earliest = min(earliest, index) }
                    }
                }
            }
            return earliest < rule.index ? earliest : nil
        }
    }

    /// An earlier rule covers a later one when each key it fixes has the later rule's value.
    private static func options<T>(_ value: T?) -> [T?] {
        value.map { [nil, $0] } ?? [nil]
    }
}
