extension FieldRule {
    /// Keys a field of each kind may carry (besides `type` and `messages`).
    private static func allowedKeys(for kind: Kind) -> [String] {
        let common = ["type", "messages"]
        switch kind {
        case .prompt: return common + ["required", "max_length", "min_length"]
        case .string:
            return common + ["required", "default", "default_when_supplied", "enum", "case_insensitive", "pixel_sizes",
                             "max_length", "min_length", "urls", "requires", "restricts"]
        case .integer: return common + ["required", "default", "enum", "min", "max", "requires"]
        case .number: return common + ["required", "default", "enum", "min", "max", "exclusive_min", "requires"]
        case .boolean: return common + ["required", "default", "requires"]
        case .stringArray: return common + ["required", "min_items", "max_items", "urls", "requires"]
        case .array: return common + ["required", "items", "min_items", "max_items", "even_count", "requires"]
        case .object: return common + ["required", "default", "fields", "additional_fields", "requires"]
        case .forbidden: return common
        }
    }

    /// Reads the field `name` from its fixture object; `earlier` are the fields listed before it
    /// (cross-field rules may only look back, since fields are checked in order). `key` is where
    /// it sits in its enclosing object (nested fields are named by their path, `a.b`).
    init(name: String, key: String? = nil, fixture: FixtureObject, earlier: [FieldRule]) throws(ModelDefinitionError) {
        let kind = try fixture.choice("type", as: Kind.self)
        try fixture.rejectUnknownKeys(Self.allowedKeys(for: kind))
        self.name = name
        self.key = key ?? name
        self.kind = kind
        required = try fixture.bool("required", default: kind == .prompt)
        allowed = try fixture.stringArray("enum")
        if let allowed, allowed.isEmpty { throw ModelDefinitionError(path: fixture.path("enum"), "must list at least one value") }
        caseInsensitive = try fixture.bool("case_insensitive", default: false)
        if caseInsensitive, allowed == nil {
            throw ModelDefinitionError(path: fixture.path("case_insensitive"), "needs an enum")
        }
        if kind == .number {
            minimum = nil
            maximum = nil
            numberRange = try Self.readNumberRange(fixture)
        } else {
            minimum = try fixture.optionalInt("min", in: Int.min...Int.max)
            maximum = try fixture.optionalInt("max", in: Int.min...Int.max)
            numberRange = nil
        }
        if let minimum, let maximum, minimum > maximum {
            throw ModelDefinitionError(path: fixture.path("min"), "is greater than max")
        }
        maxLength = try fixture.optionalInt("max_length", in: 1...10_000_000)
        minLength = try fixture.optionalInt("min_length", in: 1...10_000_000)
        if let minLength, let maxLength, minLength > maxLength {
            throw ModelDefinitionError(path: fixture.path("min_length"), "is greater than max_length")
        }
        maxItems = try fixture.optionalInt("max_items", in: 0...100_000)
        minItems = try fixture.optionalInt("min_items", in: 1...100_000)
        if let minItems, let maxItems, minItems > maxItems {
            throw ModelDefinitionError(path: fixture.path("min_items"), "is greater than max_items")
        }
        items = try Self.readItems(fixture, kind: kind, name: name)
        members = try Self.readMembers(fixture, kind: kind, name: name)
        additionalFields = try fixture.bool("additional_fields", default: false)
        evenCount = try fixture.bool("even_count", default: false)
        urls = try fixture.bool("urls", default: false)
        pixelSizes = try Self.readPixelSizes(fixture)
        defaultValue = fixture.value("default")
        messages = try Self.readMessages(fixture)
        requires = try fixture.optionalString("requires")
        conditionalDefaults = try Self.readConditionalDefaults(fixture)
        restrictions = try Self.readRestrictions(fixture, earlier: earlier)
        if let requires, !earlier.contains(where: { $0.key == requires && $0.kind != .forbidden }) {
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

    private static func readNumberRange(_ fixture: FixtureObject) throws(ModelDefinitionError) -> NumberRange? {
        func bound(_ key: String) throws(ModelDefinitionError) -> Double? {
            guard let value = fixture.value(key) else { return nil }
            guard let number = value.doubleValue, number.isFinite else {
                throw ModelDefinitionError(path: fixture.path(key), "expected a number, found \(value.typeName)")
            }
            return number
        }
        let low = try bound("min"), high = try bound("max")
        let exclusive = try fixture.bool("exclusive_min", default: false)
        if exclusive, low == nil { throw ModelDefinitionError(path: fixture.path("exclusive_min"), "needs min") }
        if let low, let high, low > high { throw ModelDefinitionError(path: fixture.path("min"), "is greater than max") }
        if low == nil, high == nil { return nil }
        return NumberRange(minimum: low, maximum: high, exclusiveMinimum: exclusive)
    }

    private static func readItems(_ fixture: FixtureObject, kind: Kind, name: String) throws(ModelDefinitionError) -> Box<FieldRule>? {
        guard kind == .array else { return nil }
        guard let spec = try fixture.child("items") else {
            throw ModelDefinitionError(path: fixture.path("items"), "is required for an array field")
        }
        let item = try FieldRule(name: name + "[]", fixture: spec, earlier: [])
        if item.kind == .prompt || item.kind == .forbidden {
            throw ModelDefinitionError(path: spec.path("type"), "an array entry cannot be of type \"\(item.kind.rawValue)\"")
        }
        return Box(item)
    }

    private static func readMembers(_ fixture: FixtureObject, kind: Kind, name: String) throws(ModelDefinitionError) -> [FieldRule] {
        guard kind == .object else { return [] }
        guard let object = try fixture.child("fields") else {
            throw ModelDefinitionError(path: fixture.path("fields"), "is required for an object field")
        }
        var members: [FieldRule] = []
        for (key, spec) in object.object.pairs {
            let member = try FieldRule(name: "\(name).\(key)", key: key, fixture: try FixtureObject(spec, path: object.path(key)),
                                       earlier: members)
            if member.kind == .prompt {
                throw ModelDefinitionError(path: object.path(key), "a nested field cannot be of type \"prompt\"")
            }
            members.append(member)
        }
        return members
    }

    private static func readPixelSizes(_ fixture: FixtureObject) throws(ModelDefinitionError) -> PixelSizeSyntax? {
        guard let object = try fixture.child("pixel_sizes") else { return nil }
        try object.rejectUnknownKeys(["max_side", "snap_with"])
        return PixelSizeSyntax(maxSide: try object.int("max_side", in: 1...65_536), snapWith: try object.stringArray("snap_with") ?? [])
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
            guard let target = earlier.first(where: { $0.key == field }), let targetValues = target.allowed else {
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
