/// The submit request body of every model of a catalogue: a `oneOf` with `model` as the
/// discriminator; a model whose variant field is required (Midjourney's `action`) is itself a
/// `oneOf` over its variants, each with the fields that variant requires and accepts.
enum OpenAPIModelSchema {
    /// The component name of a model's submit schema (`Submit.gpt-image-2-official`).
    static func componentName(_ model: ModelDefinition) -> String { "Submit." + model.id }

    /// `(component name, schema)` of each model, in catalogue order.
    static func components(_ models: [ModelDefinition], unknownFields: UnknownFieldPolicy) -> [(String, JSONValue)] {
        models.map { (componentName($0), .object(submit($0, additional: unknownFields == .ignore))) }
    }

    /// The `oneOf` over `models`, discriminated by `model` (each id and alias mapped).
    static func body(_ models: [ModelDefinition]) -> JSONValue {
        var mapping = JSONObject()
        for model in models {
            for name in [model.id] + model.aliases { mapping[name] = .string("#/components/schemas/" + componentName(model)) }
        }
        return ["oneOf": .array(models.map { ["$ref": .string("#/components/schemas/" + componentName($0))] }),
                "discriminator": ["propertyName": "model", "mapping": .object(mapping)]]
    }

    /// One model's body: its fields, `model` (id or alias) required, undeclared keys refused.
    static func submit(_ model: ModelDefinition, additional: Bool) -> JSONObject {
        let modelProperty: JSONValue = ["type": "string", "enum": .array(([model.id] + model.aliases).map(JSONValue.string))]
        var schema: JSONObject
        if let variantField = model.variants.field, let selector = model.fields.first(where: { $0.name == variantField }),
           selector.required, !model.variants.variants.isEmpty {
            schema = ["oneOf": .array(model.variants.variants.map {
                .object(variant($0, of: model, selector: selector, modelProperty: modelProperty, additional: additional))
            })]
        } else {
            schema = OpenAPIFieldSchema.object(model.fields, additional: additional, extra: [("model", modelProperty)],
                                               requiredExtra: ["model"])
        }
        schema["title"] = .string(model.id)
        schema["description"] = .string(description(model))
        return schema
    }

    /// One variant: the selector pinned to its name, only the fields it accepts, its required
    /// fields and minimum entry counts.
    private static func variant(_ variant: VariantTable.Variant, of model: ModelDefinition, selector: FieldRule,
                                modelProperty: JSONValue, additional: Bool) -> JSONObject {
        let accepted = model.fields.filter { field in
            field.name != selector.name && (variant.accepts?.contains(field.name) ?? true)
        }
        let pinned: JSONValue = ["const": .string(variant.name)]
        var properties = JSONObject([("model", modelProperty), (selector.name, pinned)])
        var required = ["model", selector.name]
        for field in accepted {
            var schema = variant.requires.contains(field.name) ? OpenAPIFieldSchema.value(field) : OpenAPIFieldSchema.schema(field)
            if let minimum = variant.minimumEntries.first(where: { $0.field == field.name })?.count, field.kind == .stringArray || field.kind == .array {
                schema = OpenAPIFieldSchema.value(field)
                schema["minItems"] = .int(minimum)
            }
            if variant.requires.contains(field.name), field.kind == .string, schema["minLength"] == nil, schema["enum"] == nil {
                schema["minLength"] = 1  // blank counts as missing for a variant's required field
            }
            properties[field.key] = .object(schema)
            if variant.requires.contains(field.name) || field.required { required.append(field.key) }
        }
        return ["title": .string("\(model.id) \(selector.name)=\(variant.name)"), "type": "object",
                "properties": .object(properties), "required": .array(required.map(JSONValue.string)),
                "additionalProperties": .bool(additional)]
    }

    /// What the schema cannot say: envelope, output format, cross-field rules, follow-ups.
    private static func description(_ model: ModelDefinition) -> String {
        var parts = ["\(model.provider.rawValue) model \(model.id): \(model.family.rawValue) envelope, \(model.format.rawValue) output, URLs valid \(model.urlLifetimeSeconds) s."]
        let restrictions = model.fields.flatMap { field in
            field.restrictions.map { "\(field.name)=\($0.when) allows \($0.field) only in [\($0.allowed.joined(separator: ", "))]" }
        }
        if !restrictions.isEmpty { parts.append("Restrictions: " + restrictions.joined(separator: "; ") + ".") }
        let requires = model.fields.compactMap { field in field.requires.map { "\(field.name) needs \($0)" } }
        if !requires.isEmpty { parts.append("Dependencies: " + requires.joined(separator: "; ") + ".") }
        if !model.rules.isEmpty { parts.append("\(model.rules.count) cross-field rule(s) are checked after the fields (GET /_emulator/models lists them).") }
        if model.variants.base.follows != nil || model.variants.variants.contains(where: { $0.follows != nil }) {
            parts.append("Follow-ups name an earlier completed task of the same key.")
        }
        if model.fields.contains(where: { $0.pixelSizes != nil }) {
            parts.append("WxH pixel sizes snap to the closest supported ratio (each side at most the model's cap).")
        }
        return parts.joined(separator: " ")
    }
}
