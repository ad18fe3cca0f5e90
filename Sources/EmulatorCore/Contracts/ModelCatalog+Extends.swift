/// Definitions that extend others: `"extends": "<id>"` plus the keys that differ, merged over
/// that definition's JSON by JSON Merge Patch (as scenario overrides are). The mj-v7 edit
/// models extend `mj-v7` this way, and a scenario's `models:` entry naming an unknown id
/// defines a new model either so or with a full definition.
extension ModelCatalog {
    /// The root key naming the base definition; read here, never by the definition decoder.
    static let extendsKey = "extends"

    /// `patch` (minus `extends`) merged over `base`, named `id`. The base's aliases are not
    /// inherited (a name belongs to one model); the patch may give its own.
    static func merged(_ patch: JSONObject, id: String, over base: JSONObject) -> JSONObject {
        var patch = patch
        patch[extendsKey] = nil
        var merged = JSONValue.object(base).mergePatched(with: .object(patch)).objectValue ?? JSONObject()
        merged["id"] = .string(id)
        if patch["aliases"] == nil { merged["aliases"] = .array([]) }
        return merged
    }

    /// The base id a definition's JSON extends, or nil; a non-string `extends` is an error.
    static func baseID(of object: JSONObject, path: String) throws(ModelDefinitionError) -> String? {
        guard let value = object[extendsKey], !value.isNull else { return nil }
        guard let base = value.stringValue, !base.isEmpty else {
            throw ModelDefinitionError(path: path.isEmpty ? extendsKey : "\(path).\(extendsKey)", "expected a model id, found \(value.typeName)")
        }
        return base
    }

    /// The built-in fixtures with every `extends` resolved (bases first, whatever their file
    /// order), each with the id it extends.
    static func resolvingExtends(_ files: [(path: String, object: JSONObject)]) throws(ModelDefinitionError)
        -> [(path: String, object: JSONObject, extends: String?)] {
        var byID: [String: Int] = [:]
        for (index, file) in files.enumerated() {
            if let id = file.object["id"]?.stringValue { byID[id] = index }
        }
        var done: [Int: JSONObject] = [:]
        func resolve(_ index: Int, chain: [Int]) throws(ModelDefinitionError) -> JSONObject {
            if let object = done[index] { return object }
            let file = files[index]
            guard let base = try baseID(of: file.object, path: "") else {
                done[index] = file.object
                return file.object
            }
            guard let baseIndex = byID[base] else {
                throw ModelDefinitionError(path: "\(file.path).extends", "unknown model \"\(base)\"")
            }
            guard !chain.contains(baseIndex) else {
                throw ModelDefinitionError(path: "\(file.path).extends", "\"\(base)\" extends this definition in turn")
            }
            let id = file.object["id"]?.stringValue ?? ""
            let object = merged(file.object, id: id, over: try resolve(baseIndex, chain: chain + [index]))
            done[index] = object
            return object
        }
        var out: [(path: String, object: JSONObject, extends: String?)] = []
        for (index, file) in files.enumerated() {
            out.append((file.path, try resolve(index, chain: [index]), try baseID(of: file.object, path: "")))
        }
        return out
    }

    /// A model a scenario defines under `name`: `extends` a model of `existing`, or a full
    /// definition (`id`, when given, must be `name`).
    static func scenarioDefinition(_ name: String, _ patch: JSONObject, existing: [ModelDefinition],
                                   index: ModelIndex) throws(ModelDefinitionError) -> ModelDefinition {
        var object: JSONObject
        let base = try baseID(of: patch, path: name)
        if let base {
            guard let at = index.position(of: base) else {
                let known = existing.map(\.id).sorted()
                throw ModelDefinitionError(path: "\(name).extends",
                                           "unknown model \"\(base)\"\(NameSuggestion.hint(for: base, among: known)) (known: \(Self.listed(known)))")
            }
            object = merged(patch, id: name, over: existing[at].source)
        } else {
            guard patch["provider"] != nil || patch["fields"] != nil else {
                let known = existing.map(\.id).sorted()
                throw ModelDefinitionError(path: name, "unknown model\(NameSuggestion.hint(for: name, among: known)); to define a new one give "
                                           + "`extends: <known id>` or a full definition (known: \(Self.listed(known)))")
            }
            if let id = patch["id"], id != .string(name) {
                throw ModelDefinitionError(path: "\(name).id", "must be \"\(name)\", the key it is defined under")
            }
            object = patch
            object["id"] = .string(name)
        }
        var definition: ModelDefinition
        do {
            definition = try ModelDefinition(json: object)
        } catch {
            throw error.under(name)
        }
        definition.provenance = ModelProvenance(origin: .scenario, extends: base)
        return definition
    }

    /// Known ids for a message: the first 60, then how many more (a scenario of thousands of
    /// models must not make each message thousands of names long).
    private static func listed(_ known: [String]) -> String {
        let shown = known.prefix(60).joined(separator: ", ")
        return known.count > 60 ? shown + ", … and \(known.count - 60) more" : shown
    }
}
