extension Session {
    /// The models this session serves, as its scenario has them (`models:` overrides and the
    /// models it defines): `ModelCatalog.listing(provider:)` of the listener's provider.
    /// An empty listing when the validator has no model catalogue behind it.
    public var modelListing: JSONValue {
        modelListing(of: state.withLock { $0.active })
    }

    /// `modelListing` serialised: built once per scenario (`ScenarioDocuments`).
    public var modelListingBytes: [UInt8] {
        let active = state.withLock { $0.active }
        return active.documents.bytes(.models) { modelListing(of: active) }
    }

    private func modelListing(of active: ActiveScenario) -> JSONValue {
        let provider = settings.configuration.provider
        return active.validator.modelCatalog?.listing(provider: provider)
            ?? ["provider": .string(provider.rawValue), "count": 0, "models": []]
    }
}
