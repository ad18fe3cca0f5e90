
/// The built-in catalogue is the validator the emulator runs with; a scenario's
/// `models:` overrides and `url_ttl:` shortcuts produce a new catalogue.
extension ModelCatalog: SubmitValidator {
    public var knownModels: Set<String> { Set(models.flatMap { [$0.id] + $0.aliases }) }

    public var modelCatalog: ModelCatalog? { self }

    public func applying(_ scenario: Scenario) throws -> any SubmitValidator {
        try catalog(for: scenario)
    }

    /// This catalogue with a scenario's `models:` entries and `url_ttl:` shortcuts applied.
    public func catalog(for scenario: Scenario) throws -> ModelCatalog {
        var catalog = try applying(overrides: scenario.models)
        for (model, seconds) in scenario.urlTTL.sorted(by: { $0.key < $1.key }) {
            catalog = try catalog.withURLLifetime(seconds, forModel: model)
        }
        catalog.unknownFields = scenario.unknownFields ?? .reject
        catalog.sourceLengths = SourceLengths(scenario.sourceSeconds)
        return catalog
    }
}
