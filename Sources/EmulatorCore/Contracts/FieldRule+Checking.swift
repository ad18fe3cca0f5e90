/// Who the messages are for: the model id (the `{model}` placeholder) and the provider's prefix
/// (`Invalid parameters: ` on API in One).
struct MessageContext: Sendable {
    let model: String
    let prefix: String
    /// Whether keys a (nested) object does not declare are refused (`unknown_fields: reject`).
    var rejectsUnknownFields = true
}

/// A field's value after checking: canonical spelling, default applied.
struct ResolvedValue: Sendable, Equatable {
    var value: JSONValue
    /// The `WxH` string the caller sent, when `value` is the ratio it snapped to.
    var snappedFrom: String?
}

extension FieldRule {
    /// Whether a caller supplied a value: JSON `null`, `""` and `[]` count as not supplied.
    static func isSupplied(_ value: JSONValue?) -> Bool {
        switch value {
        case .none, .some(.null): false
        case .string(let s)?: !s.isEmpty
        case .array(let a)?: !a.isEmpty
        default: true
        }
    }

    /// Checks this field of `body`, given the fields already resolved (listed earlier).
    /// Returns the value to use (the caller's, or a default), or `nil` when absent without default.
    /// `pinned` replaces the caller's value once it passed its own checks (a `WxH` size that
    /// snapped to a grid cell decides the resolution too).
    func resolve(in body: JSONObject, resolved: JSONObject, messages: MessageContext,
                 pinned: JSONValue? = nil) throws(APIError) -> ResolvedValue? {
        // JSON null counts as absent. (Spelled out: a bare `nil` here would be JSONValue.null.)
        var raw = body[key]
        if raw?.isNull == true { raw = Optional<JSONValue>.none }
        // An optional prompt left blank is simply not given (wan2.7 with image_urls).
        if kind == .prompt, !required, raw?.stringValue?.allSatisfy(\.isWhitespace) == true { raw = Optional<JSONValue>.none }
        if kind == .forbidden {
            if Self.isSupplied(raw) { throw failure(.forbidden, messages) }
            return nil
        }
        guard let raw else {
            if required { throw failure(.required, messages) }
            let fallback = conditionalDefaults.first { Self.isSupplied(body[$0.whenSupplied]) }?.value ?? defaultValue
            guard let fallback else { return pinned.map { ResolvedValue(value: $0) } }
            let value: ResolvedValue
            if let pinned { value = ResolvedValue(value: pinned) } else { value = try checkOwnValue(fallback, messages: messages) }
            try checkRestrictions(value.value, resolved: resolved, messages: messages)
            return value
        }
        var value = try checkOwnValue(raw, messages: messages)
        if let requires, !Self.isSupplied(resolved[requires]) { throw failure(.requires, messages) }
        try checkURLs(value.value, messages: messages)
        if let pinned, pinned != value.value { value = ResolvedValue(value: pinned, snappedFrom: value.value.stringValue) }
        try checkRestrictions(value.value, resolved: resolved, messages: messages)
        return value
    }

    /// Type, then allowed values / range / length / count: everything that looks at this value alone
    /// except URLs (which the documented precedence checks after `requires`).
    func checkOwnValue(_ value: JSONValue, messages: MessageContext) throws(APIError) -> ResolvedValue {
        switch kind {
        case .prompt:
            guard let text = value.stringValue else { throw typeFailure(value, messages) }
            if text.allSatisfy(\.isWhitespace) { throw failure(.required, messages) }
            if let maxLength, text.unicodeScalars.count > maxLength {
                throw failure(.tooLong, messages, kind: .promptTooLong)
            }
            if let minLength, text.unicodeScalars.count < minLength { throw failure(.tooShort, messages) }
            return ResolvedValue(value: value)
        case .string:
            guard let text = value.stringValue else { throw typeFailure(value, messages) }
            return try checkString(text, messages: messages)
        case .integer:
            let number = try checkInteger(value, messages: messages)
            try checkListed(String(number), messages: messages)
            return ResolvedValue(value: .int(number))
        case .boolean:
            guard value.boolValue != nil else { throw typeFailure(value, messages) }
            return ResolvedValue(value: value)
        case .stringArray:
            guard let items = value.arrayValue else { throw typeFailure(value, messages) }
            if let bad = items.first(where: { $0.stringValue == nil }) {
                throw failure(.type, messages, ["got": "array containing \(bad.typeName)"])
            }
            try checkCount(items, messages: messages)
            return ResolvedValue(value: value)
        case .number:
            let number = try checkNumber(value, messages: messages)
            if let double = number.doubleValue { try checkListed(NumberRange.text(double), messages: messages) }
            return ResolvedValue(value: number)
        case .array:
            return ResolvedValue(value: try checkArray(value, messages: messages))
        case .object:
            return ResolvedValue(value: try checkObject(value, messages: messages))
        case .forbidden:
            throw failure(.forbidden, messages)
        }
    }

    /// A number field with an `enum` (written as strings, `["4", "6", "8"]`) takes only those values.
    private func checkListed(_ text: String, messages: MessageContext) throws(APIError) {
        guard let allowed, !allowed.contains(text) else { return }
        throw failure(.invalid, messages, ["value": text])
    }

    private func checkString(_ text: String, messages: MessageContext) throws(APIError) -> ResolvedValue {
        if let maxLength, text.unicodeScalars.count > maxLength { throw failure(.tooLong, messages) }
        if let minLength, text.unicodeScalars.count < minLength { throw failure(.tooShort, messages) }
        guard let allowed else { return ResolvedValue(value: .string(text)) }
        let probe = caseInsensitive ? text.lowercased() : text
        if let match = allowed.first(where: { (caseInsensitive ? $0.lowercased() : $0) == probe }) {
            return ResolvedValue(value: .string(match))
        }
        if let pixelSizes, let size = pixelSizes.parse(text),
           let ratio = PixelSizeSyntax.closest(width: size.width, height: size.height, among: ratios) {
            return ResolvedValue(value: .string(ratio.name), snappedFrom: text)
        }
        throw failure(.invalid, messages, ["value": MessageTemplate.echo(text)])
    }

    /// Integers: JSON integers, and numbers with no fractional part (`1.0`); a whole number too
    /// large for 64 bits fails the range check when the field has one, the type check otherwise.
    private func checkInteger(_ value: JSONValue, messages: MessageContext) throws(APIError) -> Int {
        let number: Int
        switch value {
        case .int(let int): number = int
        case .double(let double) where double.rounded(.towardZero) == double:
            guard let exact = Int(exactly: double) else {
                if minimum != nil || maximum != nil { throw failure(.range, messages) }
                throw typeFailure(value, messages)
            }
            number = exact
        default:
            throw typeFailure(value, messages)
        }
        if let minimum, number < minimum { throw failure(.range, messages) }
        if let maximum, number > maximum { throw failure(.range, messages) }
        return number
    }

    func checkURLs(_ value: JSONValue, messages: MessageContext) throws(APIError) {
        guard urls else { return }
        let candidates: [String] = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
        for candidate in candidates {
            let probe = candidate.lowercased()
            if probe.hasPrefix("data:") { throw failure(.dataURI, messages, ["value": MessageTemplate.echo(candidate)]) }
            let isHTTP = (probe.hasPrefix("https://") && probe.count > 8) || (probe.hasPrefix("http://") && probe.count > 7)
            if !isHTTP { throw failure(.notHTTP, messages, ["value": MessageTemplate.echo(candidate)]) }
        }
    }

    private func checkRestrictions(_ value: JSONValue, resolved: JSONObject, messages: MessageContext) throws(APIError) {
        guard let own = value.stringValue else { return }
        for restriction in restrictions where restriction.when == own {
            let other = resolved[restriction.field]?.stringValue
            if let other, restriction.allowed.contains(other) { continue }
            let text = restriction.message.render(["field": name, "value": own, "other": restriction.field,
                                                   "model": messages.model,
                                                   "allowed": restriction.allowed.joined(separator: ", ")])
            throw APIError(.invalidValue, messages.prefix + text)
        }
    }

    func typeFailure(_ value: JSONValue, _ messages: MessageContext) -> APIError {
        failure(.type, messages, ["got": value.typeName])
    }

    /// Renders the message for `failure` with this field's facts and the given extras.
    func failure(_ failure: Failure, _ messages: MessageContext, kind errorKind: ErrorKind? = nil,
                 _ extras: [String: String] = [:]) -> APIError {
        var values: [String: String] = [
            "field": name, "model": messages.model, "expected": expectedType,
            "allowed": (allowed ?? []).joined(separator: ", "),
        ]
        if let requires { values["other"] = requires }
        switch failure {
        case .tooLong: values["max"] = maxLength.map(String.init)
        case .tooShort: values["min"] = minLength.map(String.init)
        case .tooMany: values["max"] = maxItems.map(String.init)
        case .tooFew: values["min"] = minItems.map(String.init)
        default:
            values["min"] = minimum.map(String.init) ?? numberRange?.minimum.map(NumberRange.text)
            values["max"] = maximum.map(String.init) ?? numberRange?.maximum.map(NumberRange.text)
        }
        values.merge(extras) { _, new in new }
        let code = errorKind ?? (failure == .required ? .missingField : .invalidValue)
        return APIError(code, messages.prefix + template(failure).render(values))
    }
}
