/// One JSON object of a model definition being decoded, with the key path it sits at, so every
/// complaint about a broken fixture or override names the exact key (`fields.n.max: …`).
struct FixtureObject {
    let object: JSONObject
    /// Dotted path of this object from the definition's root; empty at the root.
    let path: String

    init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    init(_ value: JSONValue, path: String) throws(ModelDefinitionError) {
        guard let object = value.objectValue else {
            throw ModelDefinitionError(path: path, "expected an object, found \(value.typeName)")
        }
        self.init(object, path: path)
    }

    /// The dotted path of `key` inside this object.
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Fails on the first key not in `allowed`, so a misspelt key never passes silently.
    func rejectUnknownKeys(_ allowed: [String]) throws(ModelDefinitionError) {
        for key in object.keys where !allowed.contains(key) {
            throw ModelDefinitionError(path: path(key), "unknown key (allowed: \(allowed.joined(separator: ", ")))")
        }
    }

    /// The value at `key`, treating JSON `null` as absent.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func string(_ key: String) throws(ModelDefinitionError) -> String {
        guard let value = value(key) else { throw ModelDefinitionError(path: path(key), "is required") }
        guard let string = value.stringValue else { throw mismatch(key, "a string", value) }
        return string
    }

    func optionalString(_ key: String) throws(ModelDefinitionError) -> String? {
        guard value(key) != Optional<JSONValue>.none else { return Optional<String>.none }
        return try string(key)
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(ModelDefinitionError) -> Int {
        guard let value = value(key) else { throw ModelDefinitionError(path: path(key), "is required") }
        return try Self.int(value, in: range, path: path(key))
    }

    func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(ModelDefinitionError) -> Int? {
        guard value(key) != Optional<JSONValue>.none else { return Optional<Int>.none }
        return try int(key, in: range)
    }

    func bool(_ key: String, default fallback: Bool) throws(ModelDefinitionError) -> Bool {
        guard let value = value(key) else { return fallback }
        guard let bool = value.boolValue else { throw mismatch(key, "a boolean", value) }
        return bool
    }

    func stringArray(_ key: String) throws(ModelDefinitionError) -> [String]? {
        guard let value = value(key) else { return nil }
        guard let items = value.arrayValue else { throw mismatch(key, "an array of strings", value) }
        var strings: [String] = []
        for (index, item) in items.enumerated() {
            guard let string = item.stringValue else {
                throw ModelDefinitionError(path: path("\(key).\(index)"), "expected a string, found \(item.typeName)")
            }
            strings.append(string)
        }
        return strings
    }

    func child(_ key: String) throws(ModelDefinitionError) -> FixtureObject? {
        guard let value = value(key) else { return nil }
        return try FixtureObject(value, path: path(key))
    }

    /// A value of one of `choices` (a raw-value enum spelled as in the fixture).
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) throws(ModelDefinitionError) -> T
    where T.RawValue == String {
        let raw = try string(key)
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ModelDefinitionError(path: path(key), "unknown value \"\(raw)\" (allowed: \(allowed))")
        }
        return value
    }

    static func int(_ value: JSONValue, in range: ClosedRange<Int>, path: String) throws(ModelDefinitionError) -> Int {
        guard case .int(let int) = value else {
            throw ModelDefinitionError(path: path, "expected an integer, found \(value.typeName)")
        }
        guard range.contains(int) else {
            throw ModelDefinitionError(path: path, "\(int) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return int
    }

    private func mismatch(_ key: String, _ expected: String, _ found: JSONValue) -> ModelDefinitionError {
        ModelDefinitionError(path: path(key), "expected \(expected), found \(found.typeName)")
    }
}
