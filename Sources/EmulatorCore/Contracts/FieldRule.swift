/// One request field of a model as its fixture declares it: JSON type, default, allowed values
/// and limits, the cross-field rules that hang off it, and the message for each way it can fail.
///
/// Fields are checked in the order the fixture lists them and the first failure decides, so
/// the fixture's field order *is* the documented order of precedence.
struct FieldRule: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        /// The prompt: a string, blank counts as missing (20002), over `max_length` scalars is 20007.
        case prompt
        case string
        case integer
        case boolean
        case stringArray = "string_array"
        /// Any JSON number (`iw: 1.5`), with a `min`/`max` range that may be fractional.
        case number
        /// An array whose entries each follow the `items` spec (`bbox_list`: arrays of integers).
        case array
        /// A JSON object with its own ordered `fields`; keys it does not declare are unknown fields.
        case object
        /// Not accepted by this model: supplying it (non-null, non-empty) is 20003.
        case forbidden
    }

    /// "When this field resolves to `when`, `field` (listed earlier) must be one of `allowed`."
    /// The 4K rule: resolution `4k` restricts size to the six widescreen ratios.
    struct Restriction: Sendable {
        let when: String
        let field: String
        let allowed: [String]
        let message: MessageTemplate
    }

    /// A default that applies instead of `default` when another field is supplied
    /// (gpt-image-2: `size` resolves to `auto` when `image_urls` is given).
    struct ConditionalDefault: Sendable {
        let whenSupplied: String
        let value: JSONValue
    }

    /// The ways a field can fail; each has a message template in `messages`.
    enum Failure: String, Sendable, CaseIterable {
        case required, tooLong = "too_long", tooShort = "too_short", type, invalid, range
        case tooMany = "too_many", tooFew = "too_few", oddCount = "odd_count", forbidden, requires
        case dataURI = "data_uri", notHTTP = "not_http"
    }

    /// The name messages use: the body key at the top level, a dotted path inside an object
    /// (`sequential_image_generation_options.max_images`), an indexed one inside an array
    /// (`bbox_list[0]`).
    var name: String
    /// The key this field is read from in its enclosing object (the name at the top level).
    let key: String
    let kind: Kind
    let required: Bool
    let defaultValue: JSONValue?
    let conditionalDefaults: [ConditionalDefault]
    /// Allowed string values, canonical spelling, in the order messages list them.
    let allowed: [String]?
    let caseInsensitive: Bool
    /// Set when `WxH` pixel strings are accepted besides `allowed` and snapped to its ratios.
    let pixelSizes: PixelSizeSyntax?
    let minimum: Int?
    let maximum: Int?
    /// A `number` field's bounds (inclusive, or exclusive below when `exclusiveMinimum`).
    let numberRange: NumberRange?
    /// Longest accepted string, in Unicode scalars.
    let maxLength: Int?
    /// Shortest accepted string, in Unicode scalars (a blank prompt is still 20002 first).
    let minLength: Int?
    let maxItems: Int?
    let minItems: Int?
    /// The spec every entry of an `array` field follows.
    let items: Box<FieldRule>?
    /// The fields of an `object` field, in order of precedence.
    let members: [FieldRule]
    /// An `object` keeps keys it does not declare instead of refusing them (`metadata`).
    let additionalFields: Bool
    /// An array must hold an even number of entries (mj-v7 mask `points`: (x, y) pairs).
    let evenCount: Bool
    /// A field (listed earlier) that must hold a non-empty value when this one is supplied.
    let requires: String?
    /// Values must be public `http(s)` URLs; `data:` URIs get their own message.
    let urls: Bool
    let restrictions: [Restriction]
    let messages: [Failure: MessageTemplate]
    /// The error kind of a value this model does not offer (`invalid`, `forbidden`): the
    /// fixture's `refusal`, else by the field's role in reAPI's catalogue — a `size` or
    /// `aspect_ratio` is 20005 "size not supported by this model", a `quality` 20006, the rest 20003.
    let refusal: ErrorKind

    /// The kinds a fixture's `refusal` may name.
    static let refusalKinds: [ErrorKind] = [.invalidValue, .sizeNotSupported, .qualityNotSupported]

    /// The catalogue's kind for a value of the field `key` the model does not offer.
    static func defaultRefusal(forKey key: String) -> ErrorKind {
        switch key {
        case "size", "aspect_ratio": .sizeNotSupported
        case "quality": .qualityNotSupported
        default: .invalidValue
        }
    }

    /// The `W:H` entries of `allowed`, the candidates `WxH` strings snap to.
    var ratios: [AspectRatio] { (allowed ?? []).compactMap(AspectRatio.init) }

    /// The message template for `failure`: the fixture's own, else the platform's default wording.
    func template(_ failure: Failure) -> MessageTemplate {
        if let own = messages[failure] { return own }
        switch failure {
        case .required: return MessageTemplate("{field} is required")
        case .tooLong: return MessageTemplate("{field} must be at most {max} characters")
        case .tooShort: return MessageTemplate("{field} must be at least {min} characters")
        case .type: return MessageTemplate("{field} must be {expected} (got {got})")
        case .invalid: return MessageTemplate("invalid {field} \"{value}\" (allowed: {allowed})")
        case .range:
            if let numberRange { return numberRange.defaultTemplate }
            switch (minimum, maximum) {
            case let (min?, max?) where min == max: return MessageTemplate("{field} must be {min} for {model}")
            case (_?, _?): return MessageTemplate("{field} must be between {min} and {max}")
            case (_?, nil): return MessageTemplate("{field} must be at least {min}")
            default: return MessageTemplate("{field} must be at most {max}")
            }
        case .tooMany: return MessageTemplate("{field} accepts at most {max} entries")
        case .tooFew: return MessageTemplate("{field} needs at least {min} entries")
        case .oddCount: return MessageTemplate("{field} must hold an even number of entries")
        case .forbidden: return MessageTemplate("{field} is not supported by {model}")
        case .requires: return MessageTemplate("{field} requires at least one entry in {other}")
        case .dataURI: return MessageTemplate("{field} must be a public http(s) URL — data: URIs are rejected")
        case .notHTTP: return MessageTemplate("{field} must be a public http(s) URL (got \"{value}\")")
        }
    }

    /// The phrase a type message uses for what this field expects ("an integer").
    var expectedType: String {
        switch kind {
        case .prompt, .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .stringArray: "an array of strings"
        case .number: "a number"
        case .array: "an array"
        case .object: "an object"
        case .forbidden: "absent"
        }
    }
}

/// A heap box, so a field spec can hold the spec of its array entries.
final class Box<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The bounds of a `number` field, as the fixture writes them.
struct NumberRange: Sendable {
    let minimum: Double?
    let maximum: Double?
    /// `min` is exclusive (`zoom_ratio` must be greater than 0).
    let exclusiveMinimum: Bool

    func contains(_ value: Double) -> Bool {
        if let minimum, exclusiveMinimum ? value <= minimum : value < minimum { return false }
        if let maximum, value > maximum { return false }
        return true
    }

    var defaultTemplate: MessageTemplate {
        switch (minimum, maximum) {
        case (_?, _?) where exclusiveMinimum: MessageTemplate("{field} must be greater than {min} and at most {max}")
        case (_?, _?): MessageTemplate("{field} must be between {min} and {max}")
        case (_?, nil) where exclusiveMinimum: MessageTemplate("{field} must be greater than {min}")
        case (_?, nil): MessageTemplate("{field} must be at least {min}")
        default: MessageTemplate("{field} must be at most {max}")
        }
    }

    /// A bound as messages show it: `2`, `1.1`.
    static func text(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
