extension Session {
    /// The OpenAPI 3.1 document of what this session serves: its scenario's catalogue (overrides
    /// and scenario-defined models, `unknown_fields`), its error codes, its base URL. The
    /// listener-wide session routes appear in the default session's document only.
    public var openAPIDocument: JSONValue {
        openAPIDocument(of: state.withLock { $0.active })
    }

    /// `openAPIDocument` serialised: built once per scenario (`ScenarioDocuments`).
    public var openAPIBytes: [UInt8] {
        let active = state.withLock { $0.active }
        return active.documents.bytes(.openAPI) { openAPIDocument(of: active) }
    }

    private func openAPIDocument(of active: ActiveScenario) -> JSONValue {
        let configuration = settings.configuration
        return OpenAPIDocument(catalog: active.validator.modelCatalog ?? ModelCatalog(definitions: []),
                               provider: configuration.provider, serverURL: baseURL, codes: active.errors.codes,
                               adminToken: configuration.adminToken != nil, sessionRoutes: pathPrefix.isEmpty,
                               version: configuration.version).json
    }

    /// How many documents (OpenAPI, models listing) were built for the scenario in force.
    var documentBuilds: Int { state.withLock { $0.active.documents }.builds }
}
