extension ValueSchema {
    /// Keys a node of each kind may carry.
    static func allowedKeys(for kind: Kind) -> [String] {
        let common = ["type", "required", "messages"]
        switch kind {
        case .string: return common + ["default", "enum", "min_length", "max_length"]
        case .integer, .number: return common + ["default", "min", "max", "exclusive_min"]
        case .boolean: return common + ["default"]
        case .object: return common + ["default", "fields", "exactly_one_of", "additional_fields"]
        case .array: return common + ["items", "min_items", "max_items", "even_count"]
        case .forbidden: return ["type", "messages"]
        }
    }

    /// The default message of each failure; a node's `messages` may replace any of them.
    func template(_ failure: Failure) -> MessageTemplate {
        if let own = messages[failure] { return own }
        switch failure {
        case .required: return MessageTemplate("{field} is required")
        case .type: return MessageTemplate("{field} must be {expected} (got {got})")
        case .invalid: return MessageTemplate("invalid {field} \"{value}\" (allowed: {allowed})")
        case .range:
            switch (exclusiveMinimum ?? minimum, maximum) {
            case (_?, _?) where exclusiveMinimum != nil: return MessageTemplate("{field} must be greater than {min} and at most {max}")
            case (_?, nil) where exclusiveMinimum != nil: return MessageTemplate("{field} must be greater than {min}")
            case (_?, _?): return MessageTemplate("{field} must be between {min} and {max}")
            case (_?, nil): return MessageTemplate("{field} must be at least {min}")
            default: return MessageTemplate("{field} must be at most {max}")
            }
        case .tooShort: return MessageTemplate("{field} must be at least {min} characters")
        case .tooLong: return MessageTemplate("{field} must be at most {max} characters")
        case .tooFew: return MessageTemplate("{field} needs at least {min} entries")
        case .tooMany: return MessageTemplate("{field} accepts at most {max} entries")
        case .unknown: return MessageTemplate("unknown field \"{field}\" for model \"{model}\"")
        case .forbidden: return MessageTemplate("{field} is not supported by {model}")
        case .oddCount: return MessageTemplate("{field} must hold an even number of entries")
        case .exactlyOne: return MessageTemplate("{field} must set exactly one of {other}")
        }
    }

    /// Decodes a node from its fixture object; every problem names its key path.
    /// `extraKeys` are keys the caller reads itself (a top-level field's `requires`).
    init(fixture: FixtureObject, kind: Kind, extraKeys: [String] = []) throws(ModelDefinitionError) {
        try fixture.rejectUnknownKeys(Self.allowedKeys(for: kind) + extraKeys)
        self.kind = kind
        required = try fixture.bool("required", default: false)
        allowed = try fixture.stringArray("enum")
        if let allowed, allowed.isEmpty { throw ModelDefinitionError(path: fixture.path("enum"), "must list at least one value") }
        minLength = try fixture.optionalInt("min_length", in: 0...10_000_000)
        maxLength = try fixture.optionalInt("max_length", in: 1...10_000_000)
        minimum = try Self.number(fixture, "min")
        maximum = try Self.number(fixture, "max")
        exclusiveMinimum = try Self.number(fixture, "exclusive_min")
        if let low = exclusiveMinimum ?? minimum, let maximum, low > maximum {
            throw ModelDefinitionError(path: fixture.path(exclusiveMinimum == nil ? "min" : "exclusive_min"), "is greater than max")
        }
        minItems = try fixture.optionalInt("min_items", in: 0...100_000)
        maxItems = try fixture.optionalInt("max_items", in: 0...100_000)
        evenCount = try fixture.bool("even_count", default: false)
        messages = try Self.readMessages(fixture)
        members = try Self.readMembers(fixture)
        additionalMembers = try fixture.bool("additional_fields", default: false)
        exactlyOneOf = try fixture.stringArray("exactly_one_of") ?? []
        for name in exactlyOneOf where !members.contains(where: { $0.name == name }) {
            throw ModelDefinitionError(path: fixture.path("exactly_one_of"), "\"\(name)\" is not a member of this object")
        }
        if let spec = try fixture.child("items") {
            items = [try ValueSchema(fixture: spec, kind: try spec.choice("type", as: Kind.self))]
        } else {
            items = []
        }
        defaultValue = fixture.value("default")
        if let defaultValue {
            do {
                _ = try check(defaultValue, path: "default", MessageContext(model: "", prefix: ""))
            } catch {
                throw ModelDefinitionError(path: fixture.path("default"), "is not accepted by the field itself: \(error.message)")
            }
        }
    }

    private static func number(_ fixture: FixtureObject, _ key: String) throws(ModelDefinitionError) -> Double? {
        guard let value = fixture.value(key) else { return nil }
        guard let number = value.doubleValue, number.isFinite else {
            throw ModelDefinitionError(path: fixture.path(key), "expected a number, found \(value.typeName)")
        }
        return number
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

    private static func readMembers(_ fixture: FixtureObject) throws(ModelDefinitionError) -> [(name: String, schema: ValueSchema)] {
        guard let object = try fixture.child("fields") else { return [] }
        var members: [(name: String, schema: ValueSchema)] = []
        for (name, spec) in object.object.pairs where !spec.isNull {
            let member = try FixtureObject(spec, path: object.path(name))
            members.append((name, try ValueSchema(fixture: member, kind: try member.choice("type", as: Kind.self))))
        }
        return members
    }

    /// The member at a dotted path below this node (`mask.areas`), for table axes and parents.
    func member(at path: ArraySlice<Substring>) -> ValueSchema? {
        guard let head = path.first else { return self }
        return members.first { $0.name == head }?.schema.member(at: path.dropFirst())
    }
}
