/// Renders a task's submit and poll bodies in its model's envelope family
/// (docs/contract.md §3 canonical, §4 imagen-4-0, §5 API in One).
struct TaskEnvelope {
    let task: TaskRecord
    let now: Timestamp
    /// `--public-url`, without a trailing slash.
    let baseURL: String

    private var status: TaskRecord.Status { task.status(at: now) }
    private var urls: [String] { task.mediaPaths.map { baseURL + $0 } }

    private var errorObject: JSONValue {
        guard status == .failed, case .fails(let code, let message) = task.outcome else { return .null }
        return ["code": .int(code), "message": .string(message)]
    }

    /// A completed task's `output`: its URLs under its medium's field (`image_urls`,
    /// `video_urls`, `audio_urls`), and `last_frame_url` when the request asked for it.
    private var output: JSONValue {
        var output: JSONObject = [task.order.media.outputField: .array(urls.map(JSONValue.string))]
        if let path = task.lastFramePath { output["last_frame_url"] = .string(baseURL + path) }
        if !task.order.tracks.isEmpty {
            output["tracks"] = .array(zip(task.order.tracks, urls).map { track, url in
                ["type": .string(track.type), "label": .string(track.label), "url": .string(url)]
            })
        }
        return .object(output)
    }

    /// The 200 body answered to the submit.
    func submitBody() -> JSONValue {
        switch task.family {
        case .canonical:
            return canonical()
        case .imagen:
            return ["code": 200, "data": [["status": "submitted", "task_id": .string(task.id)]]]
        case .apiinone:
            return ["code": 200, "message": "success", "data": ["task_id": .string(task.id), "status": "IN_PROGRESS"]]
        }
    }

    /// The 200 body answered to a poll.
    func pollBody() -> JSONValue {
        switch task.family {
        case .canonical: return canonical()
        case .imagen: return imagen()
        case .apiinone: return apiInOne()
        }
    }

    /// `{"id","model","status","created_at","output","error"}`; output fills in on completion.
    private func canonical() -> JSONValue {
        var o: JSONObject = [
            "id": .string(task.id), "model": .string(task.model), "status": .string(status.rawValue),
            "created_at": .int(Int(task.createdAt.unixSeconds)),
        ]
        o["output"] = status == .completed ? output : .null
        o["error"] = errorObject
        return .object(o)
    }

    /// `{"code":200,"data":{"id","status","progress","result","created","completed"}}`; a failed
    /// task is `{"code":200,"data":{"id","status","error"}}` (docs/contract.md §4, both shapes).
    private func imagen() -> JSONValue {
        var data: JSONObject = ["id": .string(task.id), "status": .string(status.rawValue)]
        switch status {
        case .failed:
            data["error"] = errorObject
            return ["code": 200, "data": .object(data)]
        case .processing:
            let total = max(1, task.settlesAt.milliseconds - task.createdAt.milliseconds)
            let done = max(0, now.milliseconds - task.createdAt.milliseconds)
            data["progress"] = .int(Int(min(99, done * 100 / total)))
        case .completed:
            data["progress"] = 100
            let expires = JSONValue.int(Int(task.expiresAtUnixSeconds ?? 0))
            data["result"] = ["images": .array(urls.map { ["url": .string($0), "expires_at": expires] })]
        }
        data["created"] = .int(Int(task.createdAt.unixSeconds))
        if status == .completed { data["completed"] = .int(Int(task.settlesAt.unixSeconds)) }
        return ["code": 200, "data": .object(data)]
    }

    /// `{"code":200,"message":"success","data":{"task_id","status","output","error"}}`.
    private func apiInOne() -> JSONValue {
        let label = status == .processing ? "IN_PROGRESS" : status.rawValue
        let output: JSONValue = status == .completed ? self.output : .null
        return ["code": 200, "message": "success",
                "data": ["task_id": .string(task.id), "status": .string(label), "output": output, "error": errorObject]]
    }
}
