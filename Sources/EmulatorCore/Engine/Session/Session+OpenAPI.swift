extension Session {
    /// The OpenAPI 3.1 document of what this session serves: its scenario's catalogue (overrides
    /// and scenario-defined models, `unknown_fields`), its error codes, its base URL. The
    /// listener-wide session routes appear in the default session's document only.
    public var openAPIDocument: JSONValue {
        let (catalog, codes) = state.withLock { ($0.active.validator.modelCatalog, $0.active.errors.codes) }
        let configuration = settings.configuration
        return OpenAPIDocument(catalog: catalog ?? ModelCatalog(definitions: []), provider: configuration.provider,
                               serverURL: baseURL, codes: codes, adminToken: configuration.adminToken != nil,
                               sessionRoutes: pathPrefix.isEmpty, version: configuration.version).json
    }
}
