/// What a submit's validation may learn about a task accepted earlier: Midjourney's follow-up
/// actions (`upscale`, `variation`, …) and the mj-v7 edit models name their parent task by id,
/// and the parent must exist, belong to the same key, have completed, and hold the image picked.
public struct PriorTask: Sendable, Equatable {
    public var id: String
    public var model: String
    /// The API key that submitted it.
    public var owner: String
    /// Its status at the time of the submit being validated.
    public var status: TaskRecord.Status
    public var imageCount: Int
    /// Its parameters after defaults (the task view's `parameters`): what a follow-up inherits.
    public var parameters: JSONObject

    public init(id: String, model: String, owner: String, status: TaskRecord.Status, imageCount: Int,
                parameters: JSONObject = JSONObject()) {
        self.id = id
        self.model = model
        self.owner = owner
        self.status = status
        self.imageCount = imageCount
        self.parameters = parameters
    }

    /// The task as a submit at `now` sees it.
    public init(_ record: TaskRecord, at now: Timestamp) {
        self.init(id: record.id, model: record.model, owner: record.owner, status: record.status(at: now),
                  imageCount: record.imageCount, parameters: record.parameters())
    }
}

/// The earlier tasks a submit may refer to, seen from the key that submits: the core passes one
/// in with every submit; validation outside a running emulator uses `none`.
public struct PriorTasks: Sendable {
    /// The API key of the submit being validated (a parent owned by another key is refused).
    public let key: String
    private let lookup: @Sendable (String) -> PriorTask?

    public init(key: String, lookup: @escaping @Sendable (String) -> PriorTask?) {
        self.key = key
        self.lookup = lookup
    }

    /// The task with this id, whoever owns it; nil when there is none.
    public func task(_ id: String) -> PriorTask? { lookup(id) }

    /// No earlier tasks: every follow-up names an unknown task.
    public static let none = PriorTasks(key: "") { _ in nil }

    /// The tasks of an emulator's state at `now` (the dictionary is copied on write, so the
    /// lookup sees the tasks as they were when the submit began).
    public static func of(_ tasks: [String: TaskRecord], key: String, at now: Timestamp) -> PriorTasks {
        PriorTasks(key: key) { id in tasks[id].map { PriorTask($0, at: now) } }
    }
}
