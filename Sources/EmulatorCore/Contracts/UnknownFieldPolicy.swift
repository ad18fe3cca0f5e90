/// What a submit with a field its model does not define gets (scenario key `unknown_fields`).
///
/// reAPI publishes every input schema with `additionalProperties: false`, so the default
/// refuses such a field: 400, 20003, `unknown field "x" for model "m"` (the wording is a
/// choice), with the nearest field the model defines when there is one:
/// `unknown field "aspect_ratio" for model "doubao-seedream-5-0-lite" (did you mean "size"?)`.
/// `ignore` accepts the body as if the field were absent.
public enum UnknownFieldPolicy: String, Sendable, CaseIterable {
    case reject
    case ignore

    /// The refusal for `field` (a body key, or a dotted path inside an object field);
    /// `defined` are the names the model (or the object) does define at that level.
    static func failure(field: String, defined: [String], _ messages: MessageContext) -> APIError {
        let leaf = field.split(separator: ".").last.map(String.init) ?? field
        let hint = FieldNameHint.nearest(to: leaf, among: defined).map { " (did you mean \"\($0)\"?)" } ?? ""
        var error = APIError(.invalidValue, messages.prefix + "unknown field \"\(MessageTemplate.echo(field))\" for model \"\(messages.model)\"" + hint)
        error.field = field
        return error
    }
}

/// The defined field a stray body key most likely meant: a near spelling (`promt` → `prompt`),
/// else the field that plays the same part under another name — reAPI's models name the
/// ratio `size`, `aspect_ratio` or `ratio`, the image count `n` or `num_images`.
enum FieldNameHint {
    /// Names that mean the same thing on different models.
    static let sameRole: [[String]] = [
        ["size", "aspect_ratio", "ratio"],
        ["n", "num_images", "number_of_images", "image_count", "num_outputs", "count"],
        ["image_urls", "image_url", "image", "images", "reference_image_urls", "input_image", "init_image"],
        ["mask_url", "mask"],
        ["negative_prompt", "negative"],
        ["seed", "random_seed"],
        ["output_format", "format"],
    ]

    static func nearest(to key: String, among defined: [String]) -> String? {
        // Spelling only from five letters on: `seed` is not a typo of `speed`.
        if key.count >= 5, let spelled = NameSuggestion.closest(to: key, among: defined) { return spelled }
        guard let role = sameRole.first(where: { $0.contains(key) }) else { return nil }
        return role.first { defined.contains($0) }
    }
}
