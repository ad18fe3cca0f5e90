/// `GET /_emulator/models`: the models this listener serves, built-in and scenario-defined,
/// as the scenario in force has them.
extension EmulatorApp {
    func modelsBody() -> JSONValue {
        let catalog = state.withLock { $0.active.validator.modelCatalog }
        return catalog?.listing(provider: configuration.provider)
            ?? ["provider": .string(configuration.provider.rawValue), "count": 0, "models": []]
    }
}
