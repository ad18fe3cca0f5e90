@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// `models:` `extends` chains are resolved once per model (bench/scenario-lint.sh times a
/// 5,000-model chain), with bounds on the chain's depth and the number of models, and a
/// cycle named as one.
@Suite("Scenario model chains")
struct ModelChainTests {
    static func chain(_ count: Int, base: String = "z-image") -> [String: JSONValue] {
        var models: [String: JSONValue] = ["m1": ["extends": .string(base)]]
        for i in 2...max(2, count) { models["m\(i)"] = ["extends": .string("m\(i - 1)")] }
        return models
    }

    @Test("a 2,000-model chain resolves: the last model inherits z-image's fields and names its own base")
    func longChainResolves() throws {
        let catalog = try ModelCatalog.builtIn().applying(overrides: Self.chain(2_000))
        let last = try #require(catalog.models.first { $0.id == "m2000" })
        let zImage = try #require(catalog.models.first { $0.id == "z-image" })
        #expect(last.provenance.extends == "m1999")
        #expect(Set(last.fields.map(\.name)) == Set(zImage.fields.map(\.name)))
        #expect(try ModelCatalog.builtIn().definitionProblems(Self.chain(2_000)).isEmpty)
    }

    @Test("a cycle is named as one, once")
    func cycle() throws {
        let problems = try ModelCatalog.builtIn().definitionProblems(["a": ["extends": "b"], "b": ["extends": "c"], "c": ["extends": "a"]])
        #expect(problems.map(\.description) == ["a.extends: \"a\" extends itself through 2 other models"])
    }

    @Test("a chain deeper than maxExtendsDepth and a scenario of more than maxScenarioModels models are refused with the bound")
    func bounds() throws {
        let deep = try ModelCatalog.builtIn().definitionProblems(Self.chain(ModelCatalog.maxExtendsDepth + 1))
        #expect(deep.map(\.description) == ["m\(ModelCatalog.maxExtendsDepth + 1).extends: an extends chain longer than 5000 models (choice: docs/limits.md)"])
        var many: [String: JSONValue] = [:]
        for i in 0...ModelCatalog.maxScenarioModels { many["m\(i)"] = ["extends": "z-image"] }
        let tooMany = try ModelCatalog.builtIn().definitionProblems(many)
        #expect(tooMany.map(\.description) == ["a scenario defines or overrides 10001 models, more than 10000 (choice: docs/limits.md)"])
    }
}
