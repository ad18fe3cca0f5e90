/// JSON Schemas (OpenAPI 3.1 dialect) of the submit bodies, generated from the model
/// definitions: one schema per model, its fields as the fixture declares them.
///
/// The schema states what the field checks accept, no more and no less: a value the emulator
/// treats as "not supplied" (`null`, `""`, `[]`, see `FieldRule.isSupplied`) is allowed for an
/// optional field, since the default then applies. Cross-field rules, prompt flags and the
/// pixel-size cap cannot be said in JSON Schema; they are named in the description instead.
enum OpenAPIFieldSchema {
    /// The schema of one field, as its own checks see a supplied value.
    static func value(_ field: FieldRule) -> JSONObject {
        var s = JSONObject()
        switch field.kind {
        case .prompt:
            s["type"] = "string"
            // A blank prompt counts as missing (20002): at least one non-space character.
            s["pattern"] = "\\S"
            s["minLength"] = .int(max(1, field.minLength ?? 1))
            if let max = field.maxLength { s["maxLength"] = .int(max) }
        case .string:
            if let allowed = field.allowed {
                let spellings = field.caseInsensitive ? allowed.flatMap(caseSpellings) : allowed
                let listed: JSONObject = ["type": "string", "enum": .array(spellings.map(JSONValue.string))]
                if field.pixelSizes != nil {
                    // `WxH` pixels (either case of x, 1-6 digits, no leading zero) snap to a ratio.
                    s["anyOf"] = [.object(listed), ["type": "string", "pattern": "^[1-9][0-9]{0,5}[xX][1-9][0-9]{0,5}$"]]
                } else {
                    s = listed
                }
            } else {
                s["type"] = "string"
                if field.urls { s["pattern"] = "^[hH][tT][tT][pP][sS]?://" }
                if let min = field.minLength { s["minLength"] = .int(min) }
                if let max = field.maxLength { s["maxLength"] = .int(max) }
            }
        case .integer:
            s["type"] = "integer"
            if let min = field.minimum { s["minimum"] = .int(min) }
            if let max = field.maximum { s["maximum"] = .int(max) }
        case .number:
            s["type"] = "number"
            if let range = field.numberRange {
                if let min = range.minimum { s[range.exclusiveMinimum ? "exclusiveMinimum" : "minimum"] = .double(min) }
                if let max = range.maximum { s["maximum"] = .double(max) }
            }
        case .boolean:
            s["type"] = "boolean"
        case .stringArray:
            var item: JSONObject = ["type": "string"]
            if field.urls { item["pattern"] = "^[hH][tT][tT][pP][sS]?://" }
            s = ["type": "array", "items": .object(item)]
            if let min = field.minItems { s["minItems"] = .int(min) }
            if let max = field.maxItems { s["maxItems"] = .int(max) }
        case .array:
            s["type"] = "array"
            if let items = field.items { s["items"] = .object(schema(items.value)) }
            if let min = field.minItems { s["minItems"] = .int(min) }
            if let max = field.maxItems { s["maxItems"] = .int(max) }
        case .object:
            s = object(field.members, additional: field.additionalFields)
        case .forbidden:
            // Not accepted: only the "not supplied" spellings pass.
            return ["description": "not accepted by this model", "anyOf": notSupplied]
        }
        if let value = field.defaultValue { s["default"] = value }
        return s
    }

    /// A field's schema as a property: an optional one also takes the "not supplied" values.
    static func schema(_ field: FieldRule) -> JSONObject {
        let own = value(field)
        guard !field.required, field.kind != .forbidden else { return own }
        var wrapped: JSONObject = ["anyOf": .array([.object(own)] + notSupplied.arrayValue!)]
        if let value = field.defaultValue { wrapped["default"] = value }
        return wrapped
    }

    /// `null`, `""` and `[]`: what `FieldRule.isSupplied` counts as absent.
    static let notSupplied: JSONValue = [["type": "null"], ["const": ""], ["type": "array", "maxItems": 0]]

    /// An object of `members` in their order; `additional` keeps undeclared keys.
    static func object(_ members: [FieldRule], additional: Bool, extra: [(String, JSONValue)] = [],
                       requiredExtra: [String] = []) -> JSONObject {
        var properties = JSONObject(extra)
        for member in members { properties[member.key] = .object(schema(member)) }
        let required = requiredExtra + members.filter(\.required).map(\.key)
        var s: JSONObject = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { s["required"] = .array(required.map(JSONValue.string)) }
        s["additionalProperties"] = .bool(additional)
        return s
    }

    /// Every upper/lower-case spelling of a case-insensitive value (`4k`, `4K`), capped so a
    /// long word does not explode the enum (it then keeps its canonical and upper-case forms).
    static func caseSpellings(_ word: String) -> [String] {
        let letters = word.filter(\.isLetter).count
        guard letters <= 6 else { return Array(Set([word, word.uppercased(), word.lowercased()])).sorted() }
        var out = [""]
        for ch in word {
            let forms = ch.isLetter ? Array(Set([String(ch).lowercased(), String(ch).uppercased()])).sorted() : [String(ch)]
            out = out.flatMap { prefix in forms.map { prefix + $0 } }
        }
        return out
    }
}
