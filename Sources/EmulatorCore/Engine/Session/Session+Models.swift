extension Session {
    /// The models this session serves, as its scenario has them (`models:` overrides and the
    /// models it defines): `ModelCatalog.listing(provider:)` of the listener's provider.
    /// An empty listing when the validator has no model catalogue behind it.
    public var modelListing: ModelListing {
        modelListing(of: state.withLock { $0.active })
    }

    /// `modelListing`'s JSON view serialised: built once per scenario (`ScenarioDocuments`).
    public var modelListingBytes: [UInt8] {
        let active = state.withLock { $0.active }
        return active.documents.bytes(.models) { modelListing(of: active).json }
    }

    private func modelListing(of active: ActiveScenario) -> ModelListing {
        let provider = settings.configuration.provider
        return active.validator.modelCatalog?.listing(provider: provider) ?? ModelListing(provider: provider, models: [])
    }
}
