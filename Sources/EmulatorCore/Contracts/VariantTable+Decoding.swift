extension VariantTable {
    /// Reads `variant_field`, `variants` and `follows` from a definition's root;
    /// every field a variant names must be declared (dotted paths reach into object fields).
    init(_ root: FixtureObject, fields: [FieldRule]) throws(ModelDefinitionError) {
        let isField: (String) -> Bool = { Self.declares($0, in: fields) }
        let fieldNames = fields.map(\.name)
        base = try Self.variant("", root, rootLevel: true, fieldNames: fieldNames, isField: isField)
        field = try root.optionalString("variant_field")
        guard let field else {
            if root.value("variants") != nil { throw ModelDefinitionError(path: "variants", "needs variant_field") }
            variants = []
            return
        }
        guard let selector = fields.first(where: { $0.name == field }), selector.kind == .string, let allowed = selector.allowed else {
            throw ModelDefinitionError(path: "variant_field", "\"\(field)\" is not a declared string field with an enum")
        }
        guard let object = try root.child("variants") else { throw ModelDefinitionError(path: "variants", "is required with variant_field") }
        var variants: [Variant] = []
        for (name, spec) in object.object.pairs where !spec.isNull {
            guard allowed.contains(name) else {
                throw ModelDefinitionError(path: object.path(name), "\"\(name)\" is not a value of \(field)")
            }
            let fixture = try FixtureObject(spec, path: object.path(name))
            variants.append(try Self.variant(name, fixture, rootLevel: false, fieldNames: fieldNames, isField: isField))
        }
        self.variants = variants
    }

    private static func variant(_ name: String, _ fixture: FixtureObject, rootLevel: Bool, fieldNames: [String],
                                isField: (String) -> Bool) throws(ModelDefinitionError) -> Variant {
        if !rootLevel { try fixture.rejectUnknownKeys(variantKeys) }
        func names(_ key: String) throws(ModelDefinitionError) -> [String]? {
            guard let list = try fixture.stringArray(key) else { return nil }
            for (index, field) in list.enumerated() where !fieldNames.contains(field) {
                throw ModelDefinitionError(path: fixture.path("\(key).\(index)"), "\"\(field)\" is not a declared field")
            }
            return list
        }
        let follows = try fixture.child("follows").map { spec throws(ModelDefinitionError) in try FollowUp(spec, isField: isField) }
        if rootLevel {
            return Variant(name: name, requires: [], accepts: nil, minimumEntries: [], follows: follows, fills: [], messages: [:])
        }
        var minimumEntries: [(field: String, count: Int)] = []
        if let object = try fixture.child("min_entries") {
            for (field, _) in object.object.pairs {
                guard fieldNames.contains(field) else { throw ModelDefinitionError(path: object.path(field), "is not a declared field") }
                minimumEntries.append((field, try object.int(field, in: 1...100_000)))
            }
        }
        var fills: [Fill] = []
        if let object = try fixture.child("fill") {
            for (field, spec) in object.object.pairs where !spec.isNull {
                let fill = try FixtureObject(spec, path: object.path(field))
                try fill.rejectUnknownKeys(["from", "values"])
                let from = try fill.string("from")
                for (key, name) in [("", field), ("from", from)] where !fieldNames.contains(name) {
                    throw ModelDefinitionError(path: key.isEmpty ? fill.path : fill.path(key), "\"\(name)\" is not a declared field")
                }
                var values: [String: String] = [:]
                if let mapping = try fill.child("values") {
                    for (key, _) in mapping.object.pairs { values[key] = try mapping.string(key) }
                }
                fills.append(Fill(field: field, from: from, values: values))
            }
        }
        var messages: [Failure: MessageTemplate] = [:]
        if let object = try fixture.child("messages") {
            try object.rejectUnknownKeys(Failure.allCases.map(\.rawValue))
            for failure in Failure.allCases {
                if let text = try object.optionalString(failure.rawValue) { messages[failure] = MessageTemplate(text) }
            }
        }
        return Variant(name: name, requires: try names("requires") ?? [], accepts: try names("accepts"),
                       minimumEntries: minimumEntries, follows: follows, fills: fills, messages: messages)
    }

    /// Whether `path` names a declared field, or a member of a declared object field
    /// (`model_params.task_id`).
    static func declares(_ path: String, in fields: [FieldRule]) -> Bool {
        let parts = path.split(separator: ".")
        guard let head = parts.first, let field = fields.first(where: { $0.name == head }), field.kind != .forbidden else { return false }
        guard parts.count > 1 else { return true }
        var level = field.members
        for part in parts.dropFirst() {
            guard let member = level.first(where: { $0.key == part && $0.kind != .forbidden }) else { return false }
            level = member.members
        }
        return true
    }
}
