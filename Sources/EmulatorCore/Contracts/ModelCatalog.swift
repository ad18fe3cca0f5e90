/// The models in force: the built-in definitions (`fixtures/models`, embedded in the binary),
/// possibly with a scenario's overrides merged over them.
public struct ModelCatalog: Sendable {
    /// Every definition, both providers, in file-name order for the built-in set.
    public let models: [ModelDefinition]
    /// What a body key its model does not define gets (scenario `unknown_fields`).
    public var unknownFields: UnknownFieldPolicy = .reject
    /// The lengths of source clips (scenario `source_seconds`).
    public var sourceLengths = SourceLengths()

    /// A catalog of exactly these definitions. When two share a name on one provider the
    /// first wins; `builtIn()` and `applying(overrides:)` refuse such sets instead.
    public init(definitions: [ModelDefinition]) {
        models = definitions
        var index: [NameKey: Int] = [:]
        for (position, definition) in definitions.enumerated() {
            for name in [definition.id] + definition.aliases {
                let key = NameKey(provider: definition.provider, name: name)
                if index[key] == nil { index[key] = position }
            }
        }
        self.index = index
    }

    /// Every id and alias on its provider → the definition's position in `models` (the first
    /// that claims it): a submit looks its model up once, without scanning and copying the rest.
    private let index: [NameKey: Int]
    private struct NameKey: Hashable, Sendable {
        var provider: Provider
        var name: String
    }

    /// The definitions embedded from `fixtures/models/*.json` (see `scripts/embed-fixtures.sh`);
    /// a fixture with `"extends": "<id>"` is merged over that one first.
    public static func builtIn() throws -> ModelCatalog {
        var files: [(path: String, object: JSONObject)] = []
        for file in EmbeddedModels.files {
            let path = "fixtures/models/\(file.name)"
            do {
                let value = try JSONParser.parse(file.text)
                files.append((path, try FixtureObject(value, path: "").object))
            } catch let error as ModelDefinitionError {
                throw error.under(path)
            } catch {
                throw ModelDefinitionError(path: path, "not valid JSON: \(error)")
            }
        }
        var definitions: [ModelDefinition] = []
        for file in try resolvingExtends(files) {
            var definition: ModelDefinition
            do {
                definition = try ModelDefinition(json: file.object)
            } catch {
                throw error.under(file.path)
            }
            guard file.path == "fixtures/models/\(definition.id).json" else {
                throw ModelDefinitionError(path: file.path, "file must be named after its model id (\(definition.id).json)")
            }
            definition.provenance = ModelProvenance(origin: .builtIn, extends: file.extends)
            definitions.append(definition)
        }
        return try checked(definitions)
    }

    /// The model a caller's `model` value names on `provider`'s listener: its id or an alias.
    /// Models of the other provider are not found.
    public func model(named name: String, provider: Provider) -> ModelDefinition? {
        index[NameKey(provider: provider, name: name)].map { models[$0] }
    }

    /// The whole submit check: `model` present, a string, and known on this provider (20004),
    /// then the model's own validation.
    /// `prior` answers for the earlier tasks a follow-up names (Midjourney `upscale`).
    public func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks) -> Result<GenerationOrder, APIError> {
        validate(body, provider: provider, prior: prior, endpoint: nil)
    }

    /// The submit check on one media kind's endpoint: a model of another kind is refused
    /// there (20004 "model not supported on this endpoint"); `nil` skips that check.
    public func validate(_ body: JSONObject, provider: Provider, prior: PriorTasks,
                         endpoint: MediaKind?) -> Result<GenerationOrder, APIError> {
        let prefix = provider.validationMessagePrefix
        guard let raw = body["model"], Self.isGiven(raw) else {
            return .failure(APIError(.unknownModel, prefix + "model is required"))
        }
        guard let name = raw.stringValue else {
            return .failure(APIError(.unknownModel, prefix + "model must be a string (got \(raw.typeName))"))
        }
        guard let model = model(named: name, provider: provider) else {
            return .failure(APIError(.unknownModel, prefix + "unknown model \"\(MessageTemplate.echo(name))\""))
        }
        if let endpoint, model.media != endpoint {
            return .failure(APIError(.unknownModel, prefix + "model not supported on this endpoint"))
        }
        return model.validate(body, unknownFields: unknownFields, prior: prior, sources: sourceLengths)
    }

    /// The submit check with no earlier tasks to look up.
    public func validate(_ body: JSONObject, provider: Provider) -> Result<GenerationOrder, APIError> {
        validate(body, provider: provider, prior: .none)
    }

    private static func isGiven(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .string(let s): !s.isEmpty
        default: true
        }
    }

    /// A catalog of `definitions` after checking that no name (id or alias) is claimed twice
    /// on one provider.
    static func checked(_ definitions: [ModelDefinition]) throws(ModelDefinitionError) -> ModelCatalog {
        var claimed: [String: String] = [:]
        for definition in definitions {
            for name in [definition.id] + definition.aliases {
                let key = "\(definition.provider.rawValue)/\(name)"
                if let owner = claimed[key] {
                    throw ModelDefinitionError(path: definition.id, "name \"\(name)\" is already used by \(owner) on \(definition.provider.rawValue)")
                }
                claimed[key] = definition.id
            }
        }
        return ModelCatalog(definitions: definitions)
    }
}
