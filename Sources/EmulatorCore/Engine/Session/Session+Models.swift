extension Session {
    /// The models this session serves, as its scenario has them (`models:` overrides and the
    /// models it defines): `ModelCatalog.listing(provider:)` of the listener's provider.
    /// An empty listing when the validator has no model catalogue behind it.
    public var modelListing: ModelListing {
        let catalog = state.withLock { $0.active.validator.modelCatalog }
        let provider = settings.configuration.provider
        return catalog?.listing(provider: provider) ?? ModelListing(provider: provider, models: [])
    }
}
