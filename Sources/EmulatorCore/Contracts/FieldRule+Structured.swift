/// Checks of the structured kinds: `number`, `array` (entries follow `items`) and `object`
/// (its own ordered fields, and no keys it does not declare).
extension FieldRule {
    /// Entry count of an array value against `min_items` / `max_items`.
    func checkCount(_ items: [JSONValue], messages: MessageContext) throws(APIError) {
        if let maxItems, items.count > maxItems { throw failure(.tooMany, messages) }
        if let minItems, items.count < minItems { throw failure(.tooFew, messages) }
        if evenCount, !items.count.isMultiple(of: 2) { throw failure(.oddCount, messages) }
    }

    /// Any JSON number within `numberRange`; integers stay integers in the resolved value.
    func checkNumber(_ value: JSONValue, messages: MessageContext) throws(APIError) -> JSONValue {
        guard let number = value.doubleValue, number.isFinite else { throw typeFailure(value, messages) }
        if let numberRange, !numberRange.contains(number) { throw failure(.range, messages) }
        return value
    }

    /// An array whose entries each pass the `items` spec, named `field[index]` in messages.
    func checkArray(_ value: JSONValue, messages: MessageContext) throws(APIError) -> JSONValue {
        guard let entries = value.arrayValue else { throw typeFailure(value, messages) }
        try checkCount(entries, messages: messages)
        guard let spec = items?.value else { return value }
        var resolved: [JSONValue] = []
        resolved.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            var item = spec
            item.name = "\(name)[\(index)]"
            if entry.isNull, item.required { throw item.failure(.required, messages) }
            let checked = try item.checkOwnValue(entry, messages: messages)
            try item.checkURLs(checked.value, messages: messages)
            resolved.append(checked.value)
        }
        return .array(resolved)
    }

    /// An object whose declared members pass their own checks, in order; a key it does not
    /// declare is an unknown field (unless the scenario says `unknown_fields: ignore`).
    func checkObject(_ value: JSONValue, messages: MessageContext) throws(APIError) -> JSONValue {
        guard let object = value.objectValue else { throw typeFailure(value, messages) }
        var resolved = JSONObject()
        for declared in members {
            var member = declared
            member.name = "\(name).\(declared.key)"
            guard let checked = try member.resolve(in: object, resolved: resolved, messages: messages) else { continue }
            resolved[member.key] = checked.value
        }
        for (key, member) in object.pairs where !members.contains(where: { $0.key == key }) {
            if additionalFields {
                resolved[key] = member
            } else if messages.rejectsUnknownFields {
                throw UnknownFieldPolicy.failure(field: "\(name).\(key)", defined: members.filter { $0.kind != .forbidden }.map(\.key), messages)
            }
        }
        return .object(resolved)
    }
}
