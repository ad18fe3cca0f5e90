import Testing
@testable import EmulatorCore
import ReAPIEmulatorTesting

/// The indexed rule matcher and shadowing check must decide exactly what the definitions in
/// docs/scenarios.md say, which the straightforward (quadratic) forms below spell out.
@Suite("Indexed rule matching and shadowing agree with their definitions")
struct RuleIndexAgreementTests {
    static let models = ["z-image", "imagen4", "gpt-image-2"]
    static let needles = ["fox", "Fox", "red fox", "o", "castle", "ÉTÉ", "été", "a red", "x"]
    static let prompts = ["a red fox", "A RED FOX at dawn", "castle", "été à la plage", "nothing", "", "foxfox"]
    static let keys = ["rk_a", "rk_b"]

    static func randomRules(_ r: inout SeededRandom, count: Int) -> [Rule] {
        (0..<count).map { index in
            var match = RuleMatch()
            if r.oneIn(2) { match.model = r.pick(models) }
            if r.oneIn(2) { match.promptContains = r.pick(needles) }
            if r.oneIn(3) { match.nth = 1 + r.below(4) }
            if r.oneIn(4) { match.key = r.pick(keys) }
            if r.oneIn(5) { match.provider = r.pick([.reapi, .apiinone]) }
            return Rule(on: r.oneIn(4) ? .poll : .submit, match: match, index: index)
        }
    }

    /// The definition: in order, every rule whose keys fit counts the request for its `nth`;
    /// the first that fits (and is at its `nth`) decides.
    static func reference(_ rules: [Rule], _ subject: RuleMatcher.Subject, _ counters: inout [Int: Int]) -> Rule? {
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

    @Test("the matcher picks what the definition picks, request after request (nth counts included)")
    func matcherAgrees() {
        var r = SeededRandom(seed: 42)
        for _ in 0..<200 {
            let rules = Self.randomRules(&r, count: 1 + r.below(12))
            let matcher = RuleMatcher(rules: rules)
            var indexed: [Int: Int] = [:], expected: [Int: Int] = [:]
            for _ in 0..<30 {
                let subject = RuleMatcher.Subject(phase: r.oneIn(4) ? .poll : .submit, model: r.pick(Self.models + ["other"]),
                                                  prompt: r.pick(Self.prompts), key: r.pick(Self.keys + ["rk_c"]),
                                                  provider: r.pick([.reapi, .apiinone]))
                let picked = matcher.pick(for: subject, counters: &indexed)
                let wanted = Self.reference(rules, subject, &expected)
                // The matcher keeps one count per group of `nth` rules with the same other keys, so
                // the counts are compared through what they decide, request after request.
                #expect(picked?.index == wanted?.index, "\(rules) \(subject)")
            }
        }
    }

    @Test("the shadowing check names the earliest earlier rule that covers each rule, as the pairwise definition does")
    func shadowingAgrees() {
        var r = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let rules = Self.randomRules(&r, count: 1 + r.below(14))
            let pairwise = rules.map { later in
                rules.first { $0.index < later.index && $0.on == later.on && ScenarioLinter.covers($0.match, later.match) }?.index
            }
            #expect(ScenarioLinter.shadowingRules(rules) == pairwise, "\(rules)")
        }
    }

    @Test("needles are found case-insensitively wherever they occur, overlapping or not")
    func needleIndex() {
        let needles = ["he", "she", "his", "hers", "e", "été"]
        let index = NeedleIndex(needles: needles.map(NeedleIndex.fold), weights: [5, 3, 9, 1, 7, 2])
        let found = index.matches(in: NeedleIndex.fold("uSHErs"))
        let names = needles.indices.filter { found.contains(index.state(ofNeedle: $0)) }.map { needles[$0] }
        #expect(names == ["he", "she", "hers", "e"])
        #expect(index.leastWeight(in: NeedleIndex.fold("ushers")) == 1)
        #expect(index.leastWeight(in: NeedleIndex.fold("ÉTÉ")) == 2)
        #expect(index.leastWeight(in: NeedleIndex.fold("xyz")) == nil)
    }
}
