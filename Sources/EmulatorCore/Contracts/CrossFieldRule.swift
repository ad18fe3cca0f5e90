/// A rule between fields, from a fixture's `rules` list: when every `when` condition holds,
/// every `require` condition must hold too, else the submit is refused with `message`.
///
/// ```json
/// {"when": {"aspect_ratio": {"in": ["auto"]}}, "require": {"input_urls": {"supplied": true}},
///  "message": "aspect_ratio \"auto\" requires input_urls (image-to-image only)"}
/// ```
/// Rules run after every field passed its own checks (and after the unknown-field check), in
/// the order listed; the first broken rule decides. Conditions read the resolved values
/// (defaults applied), except `supplied`, which asks whether the caller sent a non-empty value.
/// A field inside an object field is named by its dotted path (`model_params.task_id`).
struct CrossFieldRule: Sendable {
    /// What one field must look like; every key given must hold.
    struct Condition: Sendable {
        let field: String
        /// `field` split at dots: the path from the body's top level.
        var path: [String] { field.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
        /// The caller sent a non-null, non-empty value the field kept (`true`) or did not (`false`).
        var supplied: Bool?
        /// The resolved value is one of these (an absent value is in no list).
        var oneOf: [JSONValue]?
        var noneOf: [JSONValue]?
        /// The resolved value is a number (an array: its entry count) within these inclusive bounds.
        var minimum: Double?
        var maximum: Double?
        /// The resolved array has as many entries as this other field's (absent counts 0).
        var sameCountAs: String?
        /// The resolved number is greater than this other field's (holds when either is absent).
        var greaterThan: String?
        /// `min` / `max` bound the resolved number minus this other field's, not the number itself
        /// (suno's "infillEndS - infillStartS must be between 6 and 60 seconds"; holds when either is absent).
        var minus: String?

        func holds(body: JSONObject, resolved: JSONObject) -> Bool {
            var value = Self.value(at: path, in: resolved)
            if let greaterThan, let number = value?.doubleValue, let other = resolved[greaterThan]?.doubleValue, number <= other {
                return false
            }
            if let minus {
                guard let number = value?.doubleValue, let other = resolved[minus]?.doubleValue else { return true }
                value = .double(number - other)
            }
            // Sent non-empty, and kept by the field (a blank optional prompt is not kept).
            let given = FieldRule.isSupplied(Self.value(at: path, in: body)) && value != nil
            if let supplied, given != supplied { return false }
            if let oneOf, !oneOf.contains(where: { $0 == value }) { return false }
            if let noneOf, noneOf.contains(where: { $0 == value }) { return false }
            if minimum != nil || maximum != nil {
                guard let number = value?.doubleValue ?? value?.arrayValue.map({ Double($0.count) }) else { return false }
                if let minimum, number < minimum { return false }
                if let maximum, number > maximum { return false }
            }
            if let sameCountAs, Self.count(value) != Self.count(resolved[sameCountAs]) { return false }
            return true
        }

        /// The value at a dotted path of nested objects; nil when any step is missing.
        static func value(at path: [String], in object: JSONObject) -> JSONValue? {
            var current: JSONValue? = .object(object)
            for key in path { current = current?.objectValue?[key] }
            return current
        }

        static func count(_ value: JSONValue?) -> Int { value?.arrayValue?.count ?? 0 }
    }

    let when: [Condition]
    let require: [Condition]
    /// `missingField` (20002, `"code": "required"`) or `invalidValue` (20003, the default).
    let kind: ErrorKind
    let message: MessageTemplate

    /// The refusal this rule gives `body`, or nil when it is kept.
    func check(body: JSONObject, resolved: JSONObject, messages: MessageContext) -> APIError? {
        guard when.allSatisfy({ $0.holds(body: body, resolved: resolved) }),
              !require.allSatisfy({ $0.holds(body: body, resolved: resolved) }) else { return nil }
        return APIError(kind, messages.prefix + message.render(["model": messages.model]))
    }
}

extension CrossFieldRule {
    /// Decodes the root `rules` list; field names must be declared fields.
    static func decodeList(_ value: JSONValue?, fields: [FieldRule]) throws(ModelDefinitionError) -> [CrossFieldRule] {
        guard let value else { return [] }
        guard let items = value.arrayValue else {
            throw ModelDefinitionError(path: "rules", "expected an array, found \(value.typeName)")
        }
        var rules: [CrossFieldRule] = []
        for (index, item) in items.enumerated() {
            let rule = try FixtureObject(item, path: "rules.\(index)")
            try rule.rejectUnknownKeys(["when", "require", "code", "message"])
            let code = try rule.optionalString("code") ?? "invalid"
            guard code == "invalid" || code == "required" else {
                throw ModelDefinitionError(path: rule.path("code"), "unknown value \"\(code)\" (allowed: invalid, required)")
            }
            let require = try conditions(rule, "require", fields: fields)
            guard !require.isEmpty else { throw ModelDefinitionError(path: rule.path("require"), "must name at least one field") }
            rules.append(CrossFieldRule(when: try conditions(rule, "when", fields: fields), require: require,
                                        kind: code == "required" ? .missingField : .invalidValue,
                                        message: MessageTemplate(try rule.string("message"))))
        }
        return rules
    }

    private static func conditions(_ rule: FixtureObject, _ key: String, fields: [FieldRule]) throws(ModelDefinitionError) -> [Condition] {
        guard let object = try rule.child(key) else { return [] }
        var conditions: [Condition] = []
        for (field, spec) in object.object.pairs {
            try checkDeclared(field, path: object.path(field), fields: fields)
            let entry = try FixtureObject(spec, path: object.path(field))
            try entry.rejectUnknownKeys(["supplied", "in", "not_in", "min", "max", "same_count_as", "greater_than", "minus"])
            var condition = Condition(field: field)
            if entry.value("supplied") != nil { condition.supplied = try entry.bool("supplied", default: false) }
            condition.oneOf = try list(entry, "in")
            condition.noneOf = try list(entry, "not_in")
            condition.minimum = try number(entry, "min")
            condition.maximum = try number(entry, "max")
            condition.sameCountAs = try entry.optionalString("same_count_as")
            if let other = condition.sameCountAs { try checkDeclared(other, path: entry.path("same_count_as"), fields: fields) }
            condition.greaterThan = try entry.optionalString("greater_than")
            if let other = condition.greaterThan { try checkDeclared(other, path: entry.path("greater_than"), fields: fields) }
            condition.minus = try entry.optionalString("minus")
            if let other = condition.minus { try checkDeclared(other, path: entry.path("minus"), fields: fields) }
            conditions.append(condition)
        }
        return conditions
    }

    /// `field` must be an accepted field, or a dotted path through object fields' members.
    private static func checkDeclared(_ field: String, path: String, fields: [FieldRule]) throws(ModelDefinitionError) {
        var level = fields
        for key in field.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard let found = level.first(where: { $0.key == key && $0.kind != .forbidden }) else {
                throw ModelDefinitionError(path: path, "\"\(field)\" is not an accepted field")
            }
            level = found.members
        }
    }

    private static func list(_ entry: FixtureObject, _ key: String) throws(ModelDefinitionError) -> [JSONValue]? {
        guard let value = entry.value(key) else { return nil }
        guard let items = value.arrayValue, !items.isEmpty else {
            throw ModelDefinitionError(path: entry.path(key), "expected a non-empty array of values")
        }
        return items
    }

    private static func number(_ entry: FixtureObject, _ key: String) throws(ModelDefinitionError) -> Double? {
        guard let value = entry.value(key) else { return nil }
        guard let number = value.doubleValue else {
            throw ModelDefinitionError(path: entry.path(key), "expected a number, found \(value.typeName)")
        }
        return number
    }
}
