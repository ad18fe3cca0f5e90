/// Typed readers for YAML values: each returns the value or nil after recording why not.
extension ScenarioLinter {
    /// Longest duration a scenario accepts (100 years), so clock arithmetic cannot overflow.
    static let maxDurationMilliseconds: Int64 = 36_500 * 86_400_000

    mutating func report(_ path: String, _ line: Int?, _ message: String) {
        problems.append(ScenarioProblem(path: path, line: line, message: message))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The entries of a mapping whose value is not null (a key left empty counts as absent),
    /// after reporting unknown keys; nil, with a problem, for anything but a mapping.
    mutating func mapping(_ value: YAMLValue, _ path: String, keys allowed: [String],
                          hint: String = "") -> [String: YAMLEntry]? {
        guard case .mapping(let entries) = value.content else {
            report(path, value.line, "expected a mapping\(hint), got \(Self.describe(value))")
            return nil
        }
        var present: [String: YAMLEntry] = [:]
        for entry in entries {
            guard allowed.contains(entry.key) else {
                let known = allowed.map { "`\($0)`" }.joined(separator: ", ")
                let suggestion = NameSuggestion.closest(to: entry.key, among: allowed)
                let advice = suggestion.map { " (did you mean `\($0)`?)" } ?? "; known keys: \(known)"
                report(Self.join(path, entry.key), entry.line, "unknown key `\(Self.clip(entry.key))`\(advice)")
                continue
            }
            if !entry.value.isNull { present[entry.key] = entry }
        }
        return present
    }

    /// Any non-null scalar, as written (`prompt_contains: 42` is the text "42").
    mutating func string(_ value: YAMLValue, _ path: String, allowEmpty: Bool = true) -> String? {
        guard case .scalar(let scalar) = value.content, scalar.kind != .null else {
            report(path, value.line, "expected text, got \(Self.describe(value))")
            return nil
        }
        guard allowEmpty || !scalar.text.isEmpty else {
            report(path, value.line, "must not be empty")
            return nil
        }
        return scalar.text
    }

    mutating func bool(_ value: YAMLValue, _ path: String) -> Bool? {
        guard case .scalar(let scalar) = value.content, let bool = scalar.boolValue else {
            report(path, value.line, "expected true or false, got \(Self.describe(value))")
            return nil
        }
        return bool
    }

    /// One of an enumeration's raw values, with a suggestion for near misses.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: YAMLValue, _ path: String, as type: T.Type) -> T?
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        guard case .scalar(let scalar) = value.content, scalar.kind != .null else {
            report(path, value.line, "expected one of \(list), got \(Self.describe(value))")
            return nil
        }
        guard let choice = T(rawValue: scalar.text) else {
            if names.count == 1 {
                report(path, value.line, "expected \(list), got `\(Self.clip(scalar.text))`")
            } else {
                let hint = NameSuggestion.hint(for: scalar.text, among: names)
                report(path, value.line, "`\(Self.clip(scalar.text))` is not one of \(list)\(hint)")
            }
            return nil
        }
        return choice
    }

    /// An integer in `range`; `rangeText` finishes "must be …" when it is outside.
    mutating func integer(_ value: YAMLValue, _ path: String, in range: ClosedRange<Int>, _ rangeText: String) -> Int? {
        guard case .scalar(let scalar) = value.content else {
            report(path, value.line, "expected an integer, got \(Self.describe(value))")
            return nil
        }
        switch ScalarNumber.integer(scalar) {
        case .value(let number) where range.contains(number):
            return number
        case .value, .outOfRange:
            report(path, value.line, "must be \(rangeText), got \(Self.clip(scalar.text))")
        case .notAnInteger:
            report(path, value.line, "expected an integer, got \(Self.describe(value))")
        }
        return nil
    }

    /// Any finite number, integer or not.
    mutating func number(_ value: YAMLValue, _ path: String) -> Double? {
        guard case .scalar(let scalar) = value.content, scalar.kind == .int || scalar.kind == .float,
              let number = ScalarNumber.double(scalar) else {
            report(path, value.line, "expected a number, got \(Self.describe(value))")
            return nil
        }
        guard number.isFinite else {
            report(path, value.line, "`\(Self.clip(scalar.text))` is not a finite number")
            return nil
        }
        return number
    }

    /// A duration in milliseconds: `500ms`, `2s`, `1.5m`, `1h`, `1d` or a bare number of seconds.
    mutating func duration(_ value: YAMLValue, _ path: String) -> Int64? {
        guard case .scalar(let scalar) = value.content, scalar.kind != .null, scalar.kind != .bool else {
            report(path, value.line, "expected a duration like `500ms`, `2s` or `1h`, got \(Self.describe(value))")
            return nil
        }
        let text = scalar.kind == .int ? scalar.text.filter { $0 != "_" } : scalar.text
        if text.hasPrefix("-"), DurationText.read(String(text.dropFirst())) != .invalid {
            report(path, value.line, "must not be negative, got \(Self.clip(scalar.text))")
            return nil
        }
        switch DurationText.read(text) {
        case .milliseconds(let milliseconds) where milliseconds <= Self.maxDurationMilliseconds:
            return milliseconds
        case .milliseconds, .overflow:
            report(path, value.line, "must be at most 100 years (36500d), got \(Self.clip(scalar.text))")
        case .invalid:
            report(path, value.line, "`\(Self.clip(scalar.text))` is not a duration; "
                + "write a number with `ms`, `s`, `m`, `h` or `d` (`500ms`, `1.5s`), or a bare number of seconds")
        }
        return nil
    }

    /// A fixed duration (`20ms`) or a range (`{min: 50ms, max: 300ms}`).
    mutating func durationRange(_ value: YAMLValue, _ path: String) -> DurationRange? {
        guard case .mapping = value.content else {
            return duration(value, path).map { DurationRange(milliseconds: $0) }
        }
        guard let fields = mapping(value, path, keys: ["min", "max"]) else { return nil }
        guard let minEntry = fields["min"], let maxEntry = fields["max"] else {
            report(path, value.line, "a range needs both `min` and `max` (for a fixed duration write just the duration)")
            return nil
        }
        let low = duration(minEntry.value, Self.join(path, "min"))
        let high = duration(maxEntry.value, Self.join(path, "max"))
        guard let low, let high else { return nil }
        guard low <= high else {
            report(path, value.line, "`min` (\(DurationText.format(low))) is longer than `max` (\(DurationText.format(high)))")
            return nil
        }
        return DurationRange(min: low, max: high)
    }

    /// Any YAML value as JSON: mappings become objects (key order kept), timestamps strings;
    /// integers beyond 64 bits, infinities and NaN are problems (JSON cannot carry them).
    mutating func json(_ value: YAMLValue, _ path: String) -> JSONValue? {
        switch value.content {
        case .mapping(let entries):
            var object = JSONObject()
            for entry in entries {
                guard let member = json(entry.value, Self.join(path, entry.key)) else { return nil }
                object[entry.key] = member
            }
            return .object(object)
        case .list(let items):
            var array: [JSONValue] = []
            for (index, item) in items.enumerated() {
                guard let element = json(item, "\(path)[\(index)]") else { return nil }
                array.append(element)
            }
            return .array(array)
        case .scalar(let scalar):
            switch scalar.kind {
            case .null: return .null
            case .bool: return .bool(scalar.boolValue ?? false)
            case .string, .timestamp: return .string(scalar.text)
            case .int:
                if case .value(let number) = ScalarNumber.integer(scalar) { return .int(number) }
                report(path, value.line, "`\(Self.clip(scalar.text))` does not fit in a 64-bit integer")
                return nil
            case .float:
                if let number = ScalarNumber.double(scalar), number.isFinite { return .double(number) }
                report(path, value.line, "`\(Self.clip(scalar.text))` is not a finite number, which JSON requires")
                return nil
            }
        }
    }

    /// How a value is named in "got …": `a list`, `a mapping`, `nothing`, `the text "500"`, `1.5`.
    static func describe(_ value: YAMLValue) -> String {
        switch value.content {
        case .list: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.kind {
            case .null: return "nothing"
            case .string, .timestamp: return "the text \"\(clip(scalar.text))\""
            case .bool, .int, .float: return clip(scalar.text)
            }
        }
    }

    /// Long user text shortened for messages.
    static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }
}
