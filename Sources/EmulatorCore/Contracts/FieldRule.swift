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
        /// Not accepted by this model: supplying it (non-null, non-empty) is 20003.
        case forbidden
        /// A JSON number within `min` / `max` / `exclusive_min` (checked by `schema`).
        case number
        /// A JSON object with declared members (checked by `schema`, see `ValueSchema`).
        case object
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
        case required, tooLong = "too_long", type, invalid, range, tooMany = "too_many", forbidden, requires
        case dataURI = "data_uri", notHTTP = "not_http"
    }

    let name: String
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
    /// Longest accepted string, in Unicode scalars.
    let maxLength: Int?
    let maxItems: Int?
    /// A field (listed earlier) that must hold a non-empty value when this one is supplied.
    let requires: String?
    /// Values must be public `http(s)` URLs; `data:` URIs get their own message.
    let urls: Bool
    let restrictions: [Restriction]
    let messages: [Failure: MessageTemplate]
    /// The structure a `number` or `object` field's value must have; nil for other kinds.
    let schema: ValueSchema?

    /// The `W:H` entries of `allowed`, the candidates `WxH` strings snap to.
    var ratios: [AspectRatio] { (allowed ?? []).compactMap(AspectRatio.init) }

    /// The message template for `failure`: the fixture's own, else the platform's default wording.
    func template(_ failure: Failure) -> MessageTemplate {
        if let own = messages[failure] { return own }
        switch failure {
        case .required: return MessageTemplate("{field} is required")
        case .tooLong: return MessageTemplate("{field} must be at most {max} characters")
        case .type: return MessageTemplate("{field} must be {expected} (got {got})")
        case .invalid: return MessageTemplate("invalid {field} \"{value}\" (allowed: {allowed})")
        case .range:
            switch (minimum, maximum) {
            case let (min?, max?) where min == max: return MessageTemplate("{field} must be {min} for {model}")
            case (_?, _?): return MessageTemplate("{field} must be between {min} and {max}")
            case (_?, nil): return MessageTemplate("{field} must be at least {min}")
            default: return MessageTemplate("{field} must be at most {max}")
            }
        case .tooMany: return MessageTemplate("{field} accepts at most {max} entries")
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
        case .forbidden: "absent"
        case .number: "a number"
        case .object: "an object"
        }
    }
}
