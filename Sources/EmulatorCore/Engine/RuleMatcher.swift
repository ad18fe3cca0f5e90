/// Picks the scenario rule that decides a request: rules are checked in order and the
/// first match wins. `nth` counts, per rule, the requests that matched its other keys,
/// whether or not an earlier rule took them ("the 3rd z-image submit").
struct RuleMatcher {
    struct Subject {
        var phase: Rule.Phase
        var model: String
        var prompt: String
        var key: String
        var provider: Provider
    }

    static func pick(_ rules: [Rule], for subject: Subject, counters: inout [Int: Int]) -> Rule? {
        var chosen: Rule?
        for rule in rules where rule.on == subject.phase {
            guard rule.match.fits(model: subject.model, prompt: subject.prompt, key: subject.key, provider: subject.provider)
            else { continue }
            let seen = (counters[rule.index] ?? 0) + 1
            counters[rule.index] = seen
            if let nth = rule.match.nth, nth != seen { continue }
            if chosen == nil { chosen = rule }
        }
        return chosen
    }
}
