/// What a submit with a field its model does not define gets (scenario key `unknown_fields`).
///
/// reAPI publishes every input schema with `additionalProperties: false`, so the default
/// refuses such a field: 400, 20003, `unknown field "x" for model "m"` (the wording is a
/// choice). `ignore` accepts the body as if the field were absent.
public enum UnknownFieldPolicy: String, Sendable, CaseIterable {
    case reject
    case ignore

    /// The refusal for `field` (a body key, or a dotted path inside an object field).
    static func failure(field: String, _ messages: MessageContext) -> APIError {
        APIError(.invalidValue, messages.prefix + "unknown field \"\(MessageTemplate.echo(field))\" for model \"\(messages.model)\"")
    }
}
