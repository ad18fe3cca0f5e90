extension FieldRule {
    /// Keys a field of each kind may carry (besides `type` and `messages`).
    private static func allowedKeys(for kind: Kind) -> [String] {
        let common = ["type", "messages"]
        switch kind {
        case .prompt: return common + ["required", "max_length"]
        case .string:
            return common + ["required", "default", "default_when_supplied", "enum", "case_insensitive", "pixel_sizes",
                             "max_length", "urls", "requires", "restricts"]
        case .integer: return common + ["required", "default", "min", "max", "requires"]
        case .boolean: return common + ["required", "default", "requires"]
        case .stringArray: return common + ["required", "max_items", "urls", "requires"]
        case .forbidden: return common
        case .number: return ValueSchema.allowedKeys(for: .number) + ["requires"]
        case .object: return ValueSchema.allowedKeys(for: .object) + ["requires"]
        }
    }

    /// Reads the field `name` from its fixture object; `earlier` are the fields listed before it
    /// (cross-field rules may only look back, since fields are checked in order).
    init(name: String, fixture: FixtureObject, earlier: [FieldRule]) throws(ModelDefinitionError) {
        let kind = try fixture.choice("type", as: Kind.self)
        try fixture.rejectUnknownKeys(Self.allowedKeys(for: kind))
        self.name = name
        self.kind = kind
        let declaredRequired = try fixture.bool("required", default: false)
        // A prompt is required unless its spec says otherwise (Midjourney's follow-up actions).
        required = kind == .prompt ? try fixture.bool("required", default: true) : declaredRequired
        let structured = kind == .number || kind == .object
        schema = structured ? try ValueSchema(fixture: fixture, kind: kind == .number ? .number : .object, extraKeys: ["requires"]) : nil
        allowed = try fixture.stringArray("enum")
        if let allowed, allowed.isEmpty { throw ModelDefinitionError(path: fixture.path("enum"), "must list at least one value") }
        caseInsensitive = try fixture.bool("case_insensitive", default: false)
        if caseInsensitive, allowed == nil {
            throw ModelDefinitionError(path: fixture.path("case_insensitive"), "needs an enum")
        }
        minimum = structured ? nil : try fixture.optionalInt("min", in: Int.min...Int.max)
        maximum = structured ? nil : try fixture.optionalInt("max", in: Int.min...Int.max)
        if let minimum, let maximum, minimum > maximum {
            throw ModelDefinitionError(path: fixture.path("min"), "is greater than max")
        }
        maxLength = try fixture.optionalInt("max_length", in: 1...10_000_000)
        maxItems = try fixture.optionalInt("max_items", in: 0...100_000)
        urls = try fixture.bool("urls", default: false)
        pixelSizes = try Self.readPixelSizes(fixture)
        defaultValue = fixture.value("default")
        messages = structured ? [:] : try Self.readMessages(fixture)
        requires = try fixture.optionalString("requires")
        conditionalDefaults = try Self.readConditionalDefaults(fixture)
        restrictions = try Self.readRestrictions(fixture, earlier: earlier)
        if let requires, !earlier.contains(where: { $0.name == requires && $0.kind != .forbidden }) {
            throw ModelDefinitionError(path: fixture.path("requires"), "\"\(requires)\" is not an accepted field listed earlier")
        }
        if pixelSizes != nil, ratios.isEmpty {
            throw ModelDefinitionError(path: fixture.path("pixel_sizes"), "needs W:H ratios in the enum to snap to")
        }
        try checkDefaults(fixture)
        for restriction in restrictions where !(allowed ?? []).contains(restriction.when) {
            throw ModelDefinitionError(path: fixture.path("restricts"), "\"\(restriction.when)\" is not in this field's enum")
        }
    }

    private static func readPixelSizes(_ fixture: FixtureObject) throws(ModelDefinitionError) -> PixelSizeSyntax? {
        guard let object = try fixture.child("pixel_sizes") else { return nil }
        try object.rejectUnknownKeys(["max_side"])
        return PixelSizeSyntax(maxSide: try object.int("max_side", in: 1...65_536))
    }

    private static func readMessages(_ fixture: FixtureObject) throws(ModelDefinitionError) -> [Failure: MessageTemplate] {
        guard let object = try fixture.child("messages") else { return [:] }
        try object.rejectUnknownKeys(Failure.allCases.map(\.rawValue))
        var messages: [Failure: MessageTemplate] = [:]
        for failure in Failure.allCases {
            if let text = try object.optionalString(failure.rawValue) { messages[failure] = MessageTemplate(text) }
        }
        return messages
    }

    private static func readConditionalDefaults(_ fixture: FixtureObject) throws(ModelDefinitionError) -> [ConditionalDefault] {
        guard let object = try fixture.child("default_when_supplied") else { return [] }
        return object.object.pairs.compactMap { pair in
            pair.value.isNull ? nil : ConditionalDefault(whenSupplied: pair.key, value: pair.value)
        }
    }

    private static func readRestrictions(_ fixture: FixtureObject, earlier: [FieldRule]) throws(ModelDefinitionError) -> [Restriction] {
        guard let value = fixture.value("restricts") else { return [] }
        guard let items = value.arrayValue else {
            throw ModelDefinitionError(path: fixture.path("restricts"), "expected an array, found \(value.typeName)")
        }
        var restrictions: [Restriction] = []
        for (index, item) in items.enumerated() {
            let rule = try FixtureObject(item, path: fixture.path("restricts.\(index)"))
            try rule.rejectUnknownKeys(["when", "field", "allowed", "message"])
            let field = try rule.string("field")
            guard let target = earlier.first(where: { $0.name == field }), let targetValues = target.allowed else {
                throw ModelDefinitionError(path: rule.path("field"), "\"\(field)\" is not an enum field listed earlier")
            }
            let allowed = try rule.stringArray("allowed") ?? []
            for value in allowed where !targetValues.contains(value) {
                throw ModelDefinitionError(path: rule.path("allowed"), "\"\(value)\" is not in \(field)'s enum")
            }
            restrictions.append(Restriction(when: try rule.string("when"), field: field, allowed: allowed,
                                            message: MessageTemplate(try rule.string("message"))))
        }
        return restrictions
    }

    /// A default must itself be a value the field accepts.
    private func checkDefaults(_ fixture: FixtureObject) throws(ModelDefinitionError) {
        let candidates = [("default", defaultValue)] + conditionalDefaults.map { ("default_when_supplied.\($0.whenSupplied)", $0.value) }
        for (key, candidate) in candidates {
            guard let candidate else { continue }
            do {
                _ = try checkOwnValue(candidate, messages: MessageContext(model: "", prefix: ""))
            } catch {
                throw ModelDefinitionError(path: fixture.path(key), "is not accepted by the field itself: \(error.message)")
            }
        }
    }
}
