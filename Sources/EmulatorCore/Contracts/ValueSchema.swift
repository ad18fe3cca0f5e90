/// The shape of a structured request value — a number, an object with named members, an array
/// of items — as a fixture declares it (`"type": "number"`, `"object"`, `"array"`).
///
/// Top-level `number` and `object` fields of a model hold one; an object's members and an
/// array's items nest further (mj-v7-edit's `model_params.mask.areas[].points`). Checking a
/// value names the failing part by its full path (`model_params.canvas.width must be greater
/// than 0`), and applies the members' defaults.
struct ValueSchema: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case string, integer, number, boolean, object, array
        /// Not accepted here: supplying it (non-null, non-empty) is 20003.
        case forbidden
    }

    /// The ways a value can fail, each with a default message (overridable per node).
    enum Failure: String, Sendable, CaseIterable {
        case required, type, invalid, range, tooShort = "too_short", tooLong = "too_long"
        case tooFew = "too_few", tooMany = "too_many", unknown, forbidden, oddCount = "odd_count", exactlyOne = "exactly_one"
    }

    let kind: Kind
    let required: Bool
    let defaultValue: JSONValue?
    /// String values allowed, in the order messages list them.
    let allowed: [String]?
    let minLength: Int?
    let maxLength: Int?
    /// Inclusive bounds of an integer or number.
    let minimum: Double?
    let maximum: Double?
    /// A bound the value must be strictly above (`exclusiveMinimum` of the published schema).
    let exclusiveMinimum: Double?
    /// Object members in the order they are checked.
    let members: [(name: String, schema: ValueSchema)]
    /// Keys the object does not declare are kept as sent instead of refused (`metadata`).
    let additionalMembers: Bool
    /// Members of which exactly one must be supplied (mj-v7 `mask`: `areas` or `url`).
    let exactlyOneOf: [String]
    /// The schema of an array's items (one element, or none for an unchecked array).
    let items: [ValueSchema]
    let minItems: Int?
    let maxItems: Int?
    /// An array must hold an even number of items ((x, y) pairs).
    let evenCount: Bool
    let messages: [Failure: MessageTemplate]

    /// The phrase a type message uses for what this node expects.
    var expectedType: String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "a boolean"
        case .object: "an object"
        case .array: "an array"
        case .forbidden: "absent"
        }
    }

    /// Checks `value` (present, not null) found at `path`; returns it with member defaults applied.
    func check(_ value: JSONValue, path: String, _ context: MessageContext) throws(APIError) -> JSONValue {
        switch kind {
        case .string:
            guard let text = value.stringValue else { throw typeFailure(value, path, context) }
            let length = text.unicodeScalars.count
            if let minLength, length < minLength { throw failure(.tooShort, path, context) }
            if let maxLength, length > maxLength { throw failure(.tooLong, path, context) }
            if let allowed, !allowed.contains(text) {
                throw failure(.invalid, path, context, ["value": MessageTemplate.echo(text)])
            }
            return value
        case .integer:
            guard let number = value.intValue, value.doubleValue == Double(number) else { throw typeFailure(value, path, context) }
            try checkBounds(Double(number), path, context)
            return .int(number)
        case .number:
            guard let number = value.doubleValue, number.isFinite else { throw typeFailure(value, path, context) }
            try checkBounds(number, path, context)
            return value
        case .boolean:
            guard value.boolValue != nil else { throw typeFailure(value, path, context) }
            return value
        case .object:
            guard let object = value.objectValue else { throw typeFailure(value, path, context) }
            return .object(try checkMembers(object, path, context))
        case .array:
            guard let array = value.arrayValue else { throw typeFailure(value, path, context) }
            if let minItems, array.count < minItems { throw failure(.tooFew, path, context) }
            if let maxItems, array.count > maxItems { throw failure(.tooMany, path, context) }
            if evenCount, !array.count.isMultiple(of: 2) { throw failure(.oddCount, path, context) }
            guard let item = items.first else { return value }
            var checked: [JSONValue] = []
            for (index, element) in array.enumerated() {
                let at = "\(path)[\(index)]"
                if element.isNull { throw item.failure(.required, at, context) }
                checked.append(try item.check(element, path: at, context))
            }
            return .array(checked)
        case .forbidden:
            throw failure(.forbidden, path, context)
        }
    }

    /// Members in declared order (presence, then the member's own checks), then the
    /// exactly-one rule; keys the object does not declare are refused first.
    private func checkMembers(_ object: JSONObject, _ path: String, _ context: MessageContext) throws(APIError) -> JSONObject {
        var out = JSONObject()
        for (key, value) in object.pairs where !members.contains(where: { $0.name == key }) {
            guard additionalMembers else { throw failure(.unknown, "\(path).\(key)", context) }
            out[key] = value
        }
        for (name, member) in members {
            let at = "\(path).\(name)"
            let raw = object[name].flatMap { $0.isNull ? nil : $0 }
            if member.kind == .forbidden {
                if FieldRule.isSupplied(raw) { throw member.failure(.forbidden, at, context) }
                continue
            }
            guard let raw, FieldRule.isSupplied(raw) else {
                if member.required { throw member.failure(.required, at, context) }
                if let fallback = member.defaultValue { out[name] = try member.check(fallback, path: at, context) }
                continue
            }
            out[name] = try member.check(raw, path: at, context)
        }
        if !exactlyOneOf.isEmpty, exactlyOneOf.filter({ FieldRule.isSupplied(object[$0]) }).count != 1 {
            throw failure(.exactlyOne, path, context)
        }
        return out
    }

    private func checkBounds(_ number: Double, _ path: String, _ context: MessageContext) throws(APIError) {
        if let exclusiveMinimum, number <= exclusiveMinimum { throw failure(.range, path, context) }
        if let minimum, number < minimum { throw failure(.range, path, context) }
        if let maximum, number > maximum { throw failure(.range, path, context) }
    }

    private func typeFailure(_ value: JSONValue, _ path: String, _ context: MessageContext) -> APIError {
        failure(.type, path, context, ["got": value.typeName])
    }

    /// Renders the message for `failure` at `path` with this node's facts.
    func failure(_ failure: Failure, _ path: String, _ context: MessageContext, _ extras: [String: String] = [:]) -> APIError {
        var values: [String: String] = [
            "field": path, "model": context.model, "expected": expectedType,
            "allowed": (allowed ?? []).joined(separator: ", "), "other": exactlyOneOf.joined(separator: " or "),
        ]
        switch failure {
        case .tooShort: values["min"] = minLength.map(String.init)
        case .tooLong: values["max"] = maxLength.map(String.init)
        case .tooFew: values["min"] = minItems.map(String.init)
        case .tooMany: values["max"] = maxItems.map(String.init)
        default:
            values["min"] = (exclusiveMinimum ?? minimum).map(Self.text)
            values["max"] = maximum.map(Self.text)
        }
        values.merge(extras) { _, new in new }
        return APIError(failure == .required ? .missingField : .invalidValue, context.prefix + template(failure).render(values))
    }

    /// `2` for whole numbers, `1.1` otherwise.
    static func text(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e16 { return String(Int(number)) }
        return String(number)
    }
}
