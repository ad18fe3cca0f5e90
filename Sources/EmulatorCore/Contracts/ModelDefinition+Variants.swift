/// The steps of a submit's check that go beyond one field at a time: the prompt's own rules,
/// the variant a field picks (Midjourney's `action`), members of object fields as table keys,
/// and the earlier task a follow-up names (`PriorTasks`).
extension ModelDefinition {
    /// Runs right after `field` resolved to `value`: a prompt's `prompt_rules` checks and, for
    /// the variant field, what the chosen variant requires and accepts (so a request with the
    /// wrong fields for its action is told so before anything else is checked).
    func checkResolved(_ field: FieldRule, _ value: JSONValue, in body: JSONObject, _ context: MessageContext) throws(APIError) {
        if field.kind == .prompt, let prompt = value.stringValue { try promptRules.check(prompt, context) }
        if field.name == variants.field {
            try variants.variant(for: value).checkShape(body, fieldNames: fieldNames, variantField: field.name, context)
        }
    }

    /// Runs once every field resolved, before the tables are read: object members become
    /// dotted keys (`model_params.speed`), the prompt's `--ar` becomes `aspect_ratio`, the
    /// variant's fills apply, and a follow-up's parent is checked and its values inherited.
    func applyVariant(_ body: JSONObject, resolved: inout JSONObject, parameters: inout JSONObject, prompt: String,
                      prior: PriorTasks, _ context: MessageContext) throws(APIError) {
        for field in fields where field.kind == .object {
            if let value = resolved[field.name] { Self.flatten(value, at: field.name, into: &resolved) }
        }
        if let ratio = promptRules.aspectRatio(in: prompt) {
            resolved[PromptRules.aspectRatioName] = .string(ratio)
            parameters[PromptRules.aspectRatioName] = .string(ratio)
        }
        let variant = variants.variant(for: variants.field.flatMap { resolved[$0] })
        for fill in variant.fills where !FieldRule.isSupplied(body[fill.field]) {
            guard let from = resolved[fill.from]?.stringValue, let value = fill.values[from] else { continue }
            resolved[fill.field] = .string(value)
            parameters[fill.field] = .string(value)
        }
        if let follows = variant.follows ?? variants.base.follows {
            let parent = try follows.parent(for: resolved, model: id, prior: prior, context)
            for name in follows.inherit {
                guard let value = FollowUp.value(at: name, in: parent.parameters) else { continue }
                resolved[name] = value
                parameters[name] = value
            }
        }
    }

    /// Members of an object value as `parent.member` keys, recursively (arrays stay whole).
    static func flatten(_ value: JSONValue, at path: String, into resolved: inout JSONObject) {
        guard let object = value.objectValue else { return }
        for (key, member) in object.pairs {
            let name = "\(path).\(key)"
            resolved[name] = member
            flatten(member, at: name, into: &resolved)
        }
    }

    /// The names besides plain fields that tables may be keyed by: members of object fields
    /// that always have a value (required or defaulted, all the way down), with their enum,
    /// and what the prompt rules derive.
    static func derivedAxes(fields: [FieldRule], promptRules: PromptRules) -> [String: [String]?] {
        var axes = promptRules.derivedAxes
        func walk(_ members: [FieldRule], _ path: String) {
            for member in members where member.required || member.defaultValue != nil {
                let at = "\(path).\(member.key)"
                if member.kind == .object { walk(member.members, at) } else if member.kind != .forbidden { axes[at] = .some(member.allowed) }
            }
        }
        for field in fields where field.kind == .object && (field.required || field.defaultValue != nil) {
            walk(field.members, field.name)
        }
        return axes
    }
}
