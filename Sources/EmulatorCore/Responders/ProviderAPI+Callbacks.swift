/// `callback_url` on submit: checked before anything is charged, planned once the task is
/// accepted. A model takes it when its definition declares the field (the API in One models);
/// on any other the field is unknown, like every field a model does not define.
extension ProviderAPI {
    /// The order's `callback_url`, taken apart and checked against `--callback-hosts`; nil when
    /// the request carries none. A refusal is 400 `invalid_value` in the listener's envelope.
    func callbackTarget(_ order: GenerationOrder) -> Result<CallbackTarget?, APIError> {
        guard case .string(let text)? = order.parameters["callback_url"] else { return .success(nil) }
        let prefix = configuration.provider.validationMessagePrefix
        switch CallbackTarget.parse(text) {
        case .failure(let refusal):
            return .failure(APIError(.invalidValue, prefix + refusal.message))
        case .success(let target) where !configuration.callbackHosts.allows(target.host):
            let allowed = configuration.callbackHosts.names.joined(separator: ", ")
            let flag = target.host.contains(":") ? "[\(target.host)]" : target.host
            return .failure(APIError(.invalidValue, prefix + "callback_url host \"\(MessageTemplate.echo(target.host))\" is not allowed: "
                + "this emulator delivers callbacks only to \(allowed) (start it with --callback-hosts \(flag), "
                + "or --callback-hosts '*' to allow any host)"))
        case .success(let target):
            return .success(target)
        }
    }

    /// Picks the `on: callback` rule for an accepted task and plans its first attempt for when
    /// it settles (plus the rule's `delay`). Under the state lock.
    func scheduleCallback(_ task: TaskRecord, to target: CallbackTarget, _ context: RequestContext, _ s: inout SessionState) {
        let subject = RuleMatcher.Subject(phase: .callback, model: task.model, prompt: task.prompt, key: task.owner,
                                          provider: configuration.provider)
        let rule = RuleMatcher.pick(s.active.scenario.rules, for: subject, counters: &s.ruleCounters)
        let delay = rule?.delay.map { s.draw($0) } ?? 0
        context.session.planCallback(task, target: target, rule: rule, delay: delay, in: &s)
    }
}
