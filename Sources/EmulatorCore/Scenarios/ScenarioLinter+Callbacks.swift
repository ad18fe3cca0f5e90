/// `on: callback` rules: what they may use (`match`, `fail: {attempts: N}`, `delay`, `body`)
/// and the placeholders of a `body` template.
extension ScenarioLinter {
    static let callbackRuleKeys = ["on", "match", "fail", "delay", "body"]

    /// Reports the keys a callback rule cannot use.
    mutating func checkCallbackRule(_ fields: [String: YAMLEntry], _ path: String) {
        for key in Self.ruleKeys where !Self.callbackRuleKeys.contains(key) {
            guard let entry = fields[key] else { continue }
            report(Self.join(path, key), entry.line, "`\(key)` does not apply to a webhook delivery; a rule with `on: callback` "
                + "can use `match`, `fail: {attempts: N}`, `delay` and `body`")
        }
    }

    /// `fail: {attempts: N}`: the first N attempts fail without reaching the receiver.
    mutating func callbackFailure(_ value: YAMLValue, _ path: String) -> Int? {
        guard let fields = mapping(value, path, keys: ["attempts"], hint: " like `{attempts: 2}`") else { return nil }
        guard let entry = fields["attempts"] else {
            report(path, value.line, "needs `attempts`: how many delivery attempts fail, 1 to \(CallbackSchedule.maxAttempts)")
            return nil
        }
        let most = CallbackSchedule.maxAttempts
        return integer(entry.value, Self.join(path, "attempts"), in: 1...most,
                       "an integer from 1 to \(most) (\(most) fails every attempt: the delivery is given up)")
    }

    /// A `body` template; each `{path}` placeholder must name a field of the poll answer.
    mutating func callbackBody(_ entry: YAMLEntry, _ path: String, phase: Rule.Phase) -> JSONValue? {
        guard phase == .callback else {
            report(path, entry.line, "`body` is the template of a webhook's body and needs `on: callback`; "
                + "a scripted HTTP answer's body is `respond.body`")
            return nil
        }
        guard let template = json(entry.value, path) else { return nil }
        for placeholder in CallbackBody.placeholders(in: template) where !CallbackBody.isPollField(placeholder) {
            let hint = NameSuggestion.closest(to: placeholder, among: CallbackBody.pollFields).map { " (did you mean `{\($0)}`?)" } ?? ""
            report(path, entry.value.line, "`{\(Self.clip(placeholder))}` is not a field of the poll answer\(hint); "
                + "placeholders: \(CallbackBody.pollFields.map { "{\($0)}" }.joined(separator: ", ")), {data.output.image_urls.N}")
        }
        return template
    }
}
