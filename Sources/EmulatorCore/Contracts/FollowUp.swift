/// How a submit names an earlier task it continues — Midjourney's `upscale` of a grid, an
/// mj-v7-variation of an mj-v7 task — and what that parent must be: a task of the same key,
/// of one of the `parents` models (this model's own when none are listed), completed, holding
/// the image picked.
///
/// ```json
/// "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1,
///             "parents": ["midjourney"], "inherit": ["size"],
///             "parent_must": [{"field": "model_params.speed", "equals": "draft", "message": "…"}]}
/// ```
/// Field names may be dotted paths into object fields (`model_params.task_id`). `inherit` copies
/// the parent's resolved values (its grid's `size`, a prompt's `aspect_ratio`) over this
/// request's, so a follow-up renders at its parent's size.
struct FollowUp: Sendable {
    static let keys = ["task_field", "index_field", "index_base", "index_default", "parents", "inherit", "parent_must", "messages"]

    enum Failure: String, Sendable, CaseIterable {
        case unknownTask = "unknown_task", otherKey = "other_key", wrongModel = "wrong_model"
        case notCompleted = "not_completed", indexRange = "index_range"
    }

    /// "The parent's `field` must be `equals`" (mj-v7-enhance: only draft-mode sources).
    struct Requirement: Sendable {
        let field: String
        let equals: JSONValue
        let message: MessageTemplate
    }

    let taskField: String
    let indexField: String?
    /// What the first image is called: 1 for Midjourney's `index`, 0 for mj-v7's `image_number`.
    let indexBase: Int
    /// The index used when the request gives none; nil when the index is not checked then.
    let indexDefault: Int?
    /// Models whose tasks may be followed; empty: this model's own.
    let parents: [String]
    let inherit: [String]
    let requirements: [Requirement]
    let messages: [Failure: MessageTemplate]

    func template(_ failure: Failure) -> MessageTemplate {
        if let own = messages[failure] { return own }
        switch failure {
        case .unknownTask: return MessageTemplate("{field} \"{task}\" does not exist")
        case .otherKey: return MessageTemplate("{field} \"{task}\" belongs to another API key")
        case .wrongModel: return MessageTemplate("{field} \"{task}\" is a {parent} task; {model} can only follow {parents}")
        case .notCompleted: return MessageTemplate("{field} \"{task}\" is {status}; only a completed task can be followed up")
        case .indexRange: return MessageTemplate("{index_field} {value} is out of range: task \"{task}\" has {images}")
        }
    }

    /// The parent task this request names, after every check; throws the first that fails.
    func parent(for resolved: JSONObject, model: String, prior: PriorTasks, _ context: MessageContext) throws(APIError) -> PriorTask {
        guard let taskID = resolved[taskField]?.stringValue, !taskID.isEmpty else {
            throw APIError(.missingField, context.prefix + "\(taskField) is required")
        }
        let allowed = parents.isEmpty ? [model] : parents
        var values = ["field": taskField, "task": MessageTemplate.echo(taskID), "model": model,
                      "parents": allowed.joined(separator: ", ")]
        func failure(_ failure: Failure) -> APIError {
            APIError(.invalidValue, context.prefix + template(failure).render(values))
        }
        guard let task = prior.task(taskID) else { throw failure(.unknownTask) }
        guard task.owner == prior.key else { throw failure(.otherKey) }
        values["parent"] = task.model
        guard allowed.contains(task.model) else { throw failure(.wrongModel) }
        values["status"] = task.status.rawValue
        guard task.status == .completed else { throw failure(.notCompleted) }
        if let indexField, let index = resolved[indexField]?.intValue ?? indexDefault {
            values["index_field"] = indexField
            values["value"] = String(index)
            values["images"] = task.imageCount == 1 ? "1 image" : "\(task.imageCount) images"
            guard index >= indexBase, index - indexBase < task.imageCount else { throw failure(.indexRange) }
        }
        for requirement in requirements where Self.value(at: requirement.field, in: task.parameters) != requirement.equals {
            values["value"] = Self.value(at: requirement.field, in: task.parameters).flatMap(LookupTable<Int>.key(for:)) ?? "none"
            throw APIError(.invalidValue, context.prefix + requirement.message.render(values))
        }
        return task
    }

    /// The value at `path` in task parameters: the key itself (`size`, `model_params.speed`
    /// flattened), else the dotted walk through nested objects.
    static func value(at path: String, in parameters: JSONObject) -> JSONValue? {
        if let direct = parameters[path] { return direct }
        var current: JSONValue? = .object(parameters)
        for part in path.split(separator: ".") { current = current?[String(part)] }
        return current
    }
}

extension FollowUp {
    init(_ fixture: FixtureObject, isField: (String) -> Bool) throws(ModelDefinitionError) {
        try fixture.rejectUnknownKeys(Self.keys)
        taskField = try fixture.string("task_field")
        indexField = try fixture.optionalString("index_field")
        let named: [(key: String, name: String?)] = [("task_field", taskField), ("index_field", indexField)]
        for (key, name) in named {
            if let name, !isField(name) { throw ModelDefinitionError(path: fixture.path(key), "\"\(name)\" is not a declared field") }
        }
        indexBase = try fixture.optionalInt("index_base", in: 0...1) ?? 1
        indexDefault = try fixture.optionalInt("index_default", in: 0...10_000)
        parents = try fixture.stringArray("parents") ?? []
        inherit = try fixture.stringArray("inherit") ?? []
        var requirements: [Requirement] = []
        if let list = fixture.value("parent_must") {
            guard let items = list.arrayValue else {
                throw ModelDefinitionError(path: fixture.path("parent_must"), "expected an array, found \(list.typeName)")
            }
            for (index, item) in items.enumerated() {
                let rule = try FixtureObject(item, path: fixture.path("parent_must.\(index)"))
                try rule.rejectUnknownKeys(["field", "equals", "message"])
                guard let equals = rule.value("equals") else { throw ModelDefinitionError(path: rule.path("equals"), "is required") }
                requirements.append(Requirement(field: try rule.string("field"), equals: equals,
                                                message: MessageTemplate(try rule.string("message"))))
            }
        }
        self.requirements = requirements
        var messages: [Failure: MessageTemplate] = [:]
        if let object = try fixture.child("messages") {
            try object.rejectUnknownKeys(Failure.allCases.map(\.rawValue))
            for failure in Failure.allCases {
                if let text = try object.optionalString(failure.rawValue) { messages[failure] = MessageTemplate(text) }
            }
        }
        self.messages = messages
    }
}
