import Foundation
import Testing
@testable import EmulatorCore
import ReAPIEmulatorTesting

/// Scenario checking and rule matching must grow linearly with the rule count: 24,000 rules
/// used to take 92 s of CPU to check (every rule was compared with every earlier one) and each
/// submit 143 ms under the state lock. The checks compare costs at two sizes, never absolute
/// times, so a slow or busy machine does not fail them.
@Suite("Scenario scaling: checking and matching are linear in the rule count")
struct ScenarioScalingTests {
    @Test("checking 4x the rules costs less than 8x the time (quadratic would be 16x)")
    func lintIsLinear() throws {
        let catalog = try builtInCatalog.get()
        let small = ScenarioCorpus.rules(3_000), large = ScenarioCorpus.rules(12_000)
        let known = catalog.knownModels
        let smallCost = try ThreadCPU.best(of: 3) { _ = try ScenarioLoader.parse(small, knownModels: known) }
        let largeCost = try ThreadCPU.best(of: 3) { _ = try ScenarioLoader.parse(large, knownModels: known) }
        #expect(largeCost < 8 * smallCost, "3,000 rules: \(smallCost) s, 12,000 rules: \(largeCost) s")
    }

    @Test("the generated corpus is a valid scenario with every rule kept")
    func corpusIsValid() throws {
        let scenario = try ScenarioLoader.parse(ScenarioCorpus.rules(600), knownModels: try builtInCatalog.get().knownModels)
        #expect(scenario.rules.count == 600)
    }

    @Test("with 12,000 rules a submit's cost does not grow with its prompt times the rules (long prompt < 4x short)")
    func matchingIsCheap() throws {
        let h = try EmulatorHarness(ScenarioCorpus.rules(12_000))
        func cost(_ prompt: String) -> Double {
            let body = #"{"model": "z-image", "prompt": "\#(prompt)"}"#
            return ThreadCPU.best(of: 3) {
                for _ in 0..<10 { _ = h.submit(body, key: "rk_k1") }
            }
        }
        // 3,000 of the rules name z-image and a `prompt_contains`: lowering the prompt for each of
        // them made a submit cost the prompt's length times the rules.
        let short = cost("a quiet harbour at dawn")
        let long = cost(String(repeating: "a quiet harbour at dawn ", count: 40))
        #expect(long < 4 * short, "10 submits over 12,000 rules, 23-character prompt: \(short) s, 960 characters: \(long) s")
    }
}

/// Scenario texts with many rules of every kind, none of which shadows another.
enum ScenarioCorpus {
    static func rules(_ count: Int) -> String {
        let keys = max(1, count / 20)
        var text = "accounts:\n"
        for k in 0..<keys { text += "  - {key: rk_k\(k), credits: 1000}\n" }
        text += "rules:\n"
        let models = ["z-image", "gpt-image-2", "gpt-image-2-official", "imagen-4-0"]
        for i in 0..<count {
            switch i % 4 {
            case 0: text += "  - match: {model: \(models[i % models.count]), prompt_contains: \"p\(i)q\"}\n    fail: {code: 80003}\n"
            case 1: text += "  - match: {prompt_contains: \"Castle \(i) Tower\", key: rk_k\(i % keys)}\n    duration: {min: 1s, max: 2s}\n"
            case 2: text += "  - match: {model: \(models[i % models.count]), nth: \(i)}\n    respond: {status: 503, headers: {X-Rule: r\(i)}}\n"
            default: text += "  - on: poll\n    match: {prompt_contains: \"w\(i)z\"}\n    delay: 20ms\n"
            }
        }
        return text
    }
}

/// CPU time of the calling thread, which a busy machine disturbs far less than wall time.
enum ThreadCPU {
    static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The least CPU time of `runs` runs of `body`.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = seconds()
            try body()
            best = min(best, seconds() - start)
        }
        return best
    }
}
