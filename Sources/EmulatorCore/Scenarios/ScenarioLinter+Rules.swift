/// `rules`: each rule's keys, its one outcome, what its phase allows, and rules that can never
/// apply because an earlier rule always matches first.
extension ScenarioLinter {
    static let ruleKeys = ["on", "match", "duration", "fail", "reject", "respond", "delay", "fault", "body"]
    static let matchKeys = ["model", "prompt_contains", "nth", "key", "provider"]
    static let outcomeKeys = ["fail", "reject", "respond", "fault"]
    /// Headers the HTTP layer computes from the body; a scripted value would contradict it.
    static let computedHeaders: Set<String> = ["content-length", "transfer-encoding"]

    mutating func rules(_ value: YAMLValue, accounts: [AccountSpec]?) -> [Rule] {
        guard case .list(let items) = value.content else {
            report("rules", value.line, "expected a list of rules, got \(Self.describe(value))")
            return []
        }
        let accountKeys = accounts.map { Set($0.map(\.key)) }
        // Each item's own problems, then (once every rule is read) whether it can ever apply,
        // reported in that order item by item.
        var rules: [Rule] = []
        var itemProblems: [[ScenarioProblem]] = []
        for (index, item) in items.enumerated() {
            let before = problems.count
            if let rule = rule(item, index: index, accountKeys: accountKeys) { rules.append(rule) }
            itemProblems.append(Array(problems[before...]))
            problems.removeSubrange(before...)
        }
        var shadowedBy: [Int: Int] = [:]
        for (rule, earlier) in zip(rules, Self.shadowingRules(rules)) { shadowedBy[rule.index] = earlier }
        for (index, item) in items.enumerated() {
            problems += itemProblems[index]
            guard let earlier = shadowedBy[index] else { continue }
            let at = items[earlier].line.map { " (line \($0))" } ?? ""
            report("rules[\(index)]", item.line, "never applies: rules[\(earlier)]\(at) comes first and "
                + "matches every request this rule matches (the first matching rule decides)")
        }
        return rules
    }

    /// One rule, or nil when any part of it has a problem.
    private mutating func rule(_ value: YAMLValue, index: Int, accountKeys: Set<String>?) -> Rule? {
        let path = "rules[\(index)]"
        guard let fields = mapping(value, path, keys: Self.ruleKeys) else { return nil }
        let before = problems.count
        var rule = Rule(index: index)

        if let entry = fields["on"] { rule.on = choice(entry.value, Self.join(path, "on"), as: Rule.Phase.self) ?? .submit }
        if let entry = fields["match"] { rule.match = match(entry.value, Self.join(path, "match"), accountKeys: accountKeys) ?? RuleMatch() }
        if let entry = fields["duration"] { rule.duration = durationRange(entry.value, Self.join(path, "duration")) }
        if let entry = fields["delay"] { rule.delay = durationRange(entry.value, Self.join(path, "delay")) }
        if let entry = fields["fail"] {
            if rule.on == .callback {
                rule.failedAttempts = callbackFailure(entry.value, Self.join(path, "fail"))
            } else {
                rule.fail = failure(entry.value, Self.join(path, "fail"))
            }
        }
        if let entry = fields["body"] { rule.body = callbackBody(entry, Self.join(path, "body"), phase: rule.on) }
        if let entry = fields["reject"] { rule.reject = choice(entry.value, Self.join(path, "reject"), as: RejectKind.self) }
        if let entry = fields["respond"] { rule.respond = response(entry.value, Self.join(path, "respond")) }
        if let entry = fields["fault"] { rule.fault = choice(entry.value, Self.join(path, "fault"), as: ConnectionFault.self) }

        // In the order written (same line: the order of `outcomeKeys`), so the message names the second one's line.
        let outcomes = Self.outcomeKeys.enumerated()
            .compactMap { order, key in fields[key].map { (entry: $0, order: order) } }
            .sorted { ($0.entry.line ?? 0, $0.order) < ($1.entry.line ?? 0, $1.order) }
            .map(\.entry)
        if outcomes.count > 1 {
            let names = outcomes.map { "`\($0.key)`" }.joined(separator: " and ")
            report(path, outcomes[1].line, "has \(names); a rule has at most one outcome among `fail`, `reject`, `respond` and `fault`")
        }
        if rule.on == .callback {
            checkCallbackRule(fields, path)
        } else if rule.on == .poll {
            for key in ["duration", "fail", "reject"] {
                guard let entry = fields[key] else { continue }
                report(Self.join(path, key), entry.line, "`\(key)` only applies to submit rules; a rule with `on: poll` "
                    + "can use `respond`, `delay` and `fault: reset_before_accept`")
            }
            if let entry = fields["fault"], rule.fault == .resetAfterAccept {
                report(Self.join(path, "fault"), entry.value.line, "`reset_after_accept` needs a submit to accept; "
                    + "a rule with `on: poll` can only use `reset_before_accept`")
            }
        } else if let entry = fields["duration"], outcomes.count == 1, let outcome = outcomes.first {
            if outcome.key == "fail" {
                report(Self.join(path, "duration"), entry.line, "does not apply with `fail`; set when the task fails with `fail.after`")
            } else if outcome.key != "fault" || rule.fault == .resetBeforeAccept {
                let ending = outcome.key == "fault" ? "fault: reset_before_accept" : outcome.key
                report(Self.join(path, "duration"), entry.line, "is the processing time of a task, and a rule that ends in "
                    + "`\(ending)` creates none")
            }
        }
        return problems.count == before ? rule : nil
    }

    private mutating func match(_ value: YAMLValue, _ path: String, accountKeys: Set<String>?) -> RuleMatch? {
        guard let fields = mapping(value, path, keys: Self.matchKeys, hint: " like `{model: z-image, nth: 3}`") else { return nil }
        var match = RuleMatch()
        if let entry = fields["model"], let model = string(entry.value, Self.join(path, "model"), allowEmpty: false),
           checkModel(model, Self.join(path, "model"), entry.value.line) {
            match.model = model
        }
        if let entry = fields["prompt_contains"] {
            match.promptContains = string(entry.value, Self.join(path, "prompt_contains"), allowEmpty: false)
        }
        if let entry = fields["nth"] {
            match.nth = integer(entry.value, Self.join(path, "nth"), in: 1...Int.max, "an integer ≥ 1 (the first matching request is 1)")
        }
        if let entry = fields["key"], let key = string(entry.value, Self.join(path, "key"), allowEmpty: false) {
            match.key = key
            if let accountKeys, !accountKeys.contains(key) {
                report(Self.join(path, "key"), entry.value.line, "`\(Self.clip(key))` is not in `accounts`, "
                    + "so its requests are refused as an unknown key before any rule is checked")
            }
        }
        if let entry = fields["provider"] { match.provider = choice(entry.value, Self.join(path, "provider"), as: Provider.self) }
        return match
    }

    private mutating func failure(_ value: YAMLValue, _ path: String) -> TaskFailure? {
        guard let fields = mapping(value, path, keys: ["code", "after", "message"], hint: " like `{code: 80001}`") else { return nil }
        guard let codeEntry = fields["code"] else {
            report(path, value.line, "needs a `code`: one of \(Self.failureCodeList)")
            return nil
        }
        let codePath = Self.join(path, "code")
        guard case .scalar(let scalar) = codeEntry.value.content, scalar.kind == .int || scalar.kind == .float else {
            report(codePath, codeEntry.value.line, "expected a task failure code (\(Self.failureCodeList)), "
                + "got \(Self.describe(codeEntry.value))")
            return nil
        }
        guard case .value(let code) = ScalarNumber.integer(scalar), TaskFailure.codes.contains(code) else {
            report(codePath, codeEntry.value.line, "\(Self.clip(scalar.text)) is not a task failure code (\(Self.failureCodeList))")
            return nil
        }
        var failure = TaskFailure(code: code)
        if let entry = fields["after"] { failure.after = duration(entry.value, Self.join(path, "after")) }
        if let entry = fields["message"] { failure.message = string(entry.value, Self.join(path, "message")) }
        return failure
    }

    private static var failureCodeList: String { TaskFailure.codes.map(String.init).joined(separator: ", ") }

    private mutating func response(_ value: YAMLValue, _ path: String) -> ScriptedResponse? {
        guard let fields = mapping(value, path, keys: ["status", "body", "headers"], hint: " like `{status: 503}`") else { return nil }
        guard let statusEntry = fields["status"] else {
            report(path, value.line, "needs a `status` (an HTTP status from 200 to 599)")
            return nil
        }
        let statuses = Self.scriptedStatuses
        guard let status = integer(statusEntry.value, Self.join(path, "status"), in: statuses,
                                   "an HTTP status from \(statuses.lowerBound) to \(statuses.upperBound) (a 1xx answer is not final)")
        else { return nil }
        var response = ScriptedResponse(status: status)
        if let entry = fields["body"] { response.body = json(entry.value, Self.join(path, "body")) }
        if let entry = fields["headers"] {
            response.headers = headers(entry.value, Self.join(path, "headers"))
            checkHeaderSize(response.headers, Self.join(path, "headers"), entry.line)
        }
        return response
    }

    private mutating func headers(_ value: YAMLValue, _ path: String) -> [String: String] {
        guard case .mapping(let entries) = value.content else {
            report(path, value.line, "expected a mapping of header names to values, got \(Self.describe(value))")
            return [:]
        }
        var headers: [String: String] = [:]
        for entry in entries {
            let headerPath = Self.join(path, entry.key)
            guard !entry.key.isEmpty, entry.key.unicodeScalars.allSatisfy(Self.isTokenCharacter) else {
                report(headerPath, entry.line, "`\(Self.clip(entry.key))` is not a valid header name")
                continue
            }
            guard !Self.computedHeaders.contains(entry.key.lowercased()) else {
                report(headerPath, entry.line, "`\(entry.key)` is computed from the body and cannot be scripted")
                continue
            }
            guard let text = string(entry.value, headerPath) else { continue }
            guard !text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) else {
                report(headerPath, entry.value.line, "a header value cannot contain line breaks or control characters")
                continue
            }
            headers[entry.key] = text
        }
        return headers
    }

    /// RFC 9110 `tchar`.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar)
        }
    }

    /// Whether every request `later` matches is also matched by `earlier`, which has no `nth`
    /// (so `earlier` always decides first and `later` can never apply).
    static func covers(_ earlier: RuleMatch, _ later: RuleMatch) -> Bool {
        guard earlier.nth == nil else { return false }
        if let model = earlier.model, later.model != model { return false }
        if let key = earlier.key, later.key != key { return false }
        if let provider = earlier.provider, later.provider != provider { return false }
        if let needle = earlier.promptContains {
            guard let text = later.promptContains, NeedleIndex.contains(NeedleIndex.fold(text), NeedleIndex.fold(needle)) else { return false }
        }
        return true
    }
}
