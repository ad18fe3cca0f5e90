/// Request variants chosen by one field's value — Midjourney's `action` — each with the fields
/// it requires and accepts and the earlier task it follows; and, for a model without such a
/// field, the task every request follows (mj-v7-upscale's parent). Images per variant come
/// from the definition's `images_by` table.
///
/// ```json
/// "variant_field": "action",
/// "variants": {"upscale": {"requires": ["task_id"], "accepts": ["task_id", "index"],
///                          "follows": {"task_field": "task_id", "index_field": "index"}}},
/// "follows": {"task_field": "model_params.task_id"}
/// ```
struct VariantTable: Sendable {
    static let rootKeys = ["variant_field", "variants", "follows"]
    static let variantKeys = ["requires", "accepts", "min_entries", "follows", "fill", "messages"]

    enum Failure: String, Sendable, CaseIterable {
        case required, notAccepted = "not_accepted", tooFew = "too_few"
    }

    /// "When `field` was not supplied, set it from `from`'s value through `values`"
    /// (Midjourney `blend`: `dimensions: PORTRAIT` renders the `2:3` size).
    struct Fill: Sendable {
        let field: String
        let from: String
        let values: [String: String]
    }

    struct Variant: Sendable {
        let name: String
        let requires: [String]
        /// The fields a request of this variant may supply (besides the variant field); nil: all.
        let accepts: [String]?
        let minimumEntries: [(field: String, count: Int)]
        let follows: FollowUp?
        let fills: [Fill]
        let messages: [Failure: MessageTemplate]
    }

    /// The field whose value picks the variant; nil when `base` applies to every request.
    let field: String?
    let variants: [Variant]
    /// The root-level `follows`; a variant's own replaces it.
    let base: Variant

    /// The variant a resolved value of `field` selects, else `base`.
    func variant(for value: JSONValue?) -> Variant {
        guard let name = value?.stringValue, let variant = variants.first(where: { $0.name == name }) else { return base }
        return variant
    }
}

extension VariantTable.Variant {
    func template(_ failure: VariantTable.Failure) -> MessageTemplate {
        if let own = messages[failure] { return own }
        switch failure {
        case .required: return MessageTemplate("{field} is required when {other} is {value}")
        case .notAccepted: return MessageTemplate("{field} is not accepted when {other} is {value}")
        case .tooFew: return MessageTemplate("{field} needs at least {min} entries when {other} is {value}")
        }
    }

    /// What this variant asks of the raw body: its required fields (in order), then no field
    /// it does not accept (in the model's field order), then its minimum entry counts.
    func checkShape(_ body: JSONObject, fieldNames: [String], variantField: String,
                    _ context: MessageContext) throws(APIError) {
        func failure(_ failure: VariantTable.Failure, _ field: String, _ extras: [String: String] = [:]) -> APIError {
            var values = ["field": field, "other": variantField, "value": name, "model": context.model]
            values.merge(extras) { _, new in new }
            return APIError(failure == .required ? .missingField : .invalidValue, context.prefix + template(failure).render(values))
        }
        // Blank text counts as missing, as a blank prompt does.
        for field in requires where !FieldRule.isSupplied(body[field]) || body[field]?.stringValue?.allSatisfy(\.isWhitespace) == true {
            throw failure(.required, field)
        }
        if let accepts {
            for field in fieldNames where field != variantField && !accepts.contains(field) && FieldRule.isSupplied(body[field]) {
                throw failure(.notAccepted, field)
            }
        }
        for (field, count) in minimumEntries {
            if let entries = body[field]?.arrayValue, entries.count < count { throw failure(.tooFew, field, ["min": String(count)]) }
        }
    }
}
