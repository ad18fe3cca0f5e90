/// Result URLs: real images, clips and a clip's last frame served by the emulator, expiring on
/// its clock (docs/contract.md §6). A file already made is answered at once; one to make goes
/// out as a render job (off the request thread, never under the session's lock), bounded by
/// the render gate. `Range` is honoured on every kind (`ByteRange`).
struct MediaAPI: Sendable {
    let renderImage: MediaRendering
    /// The encoded image when it is cached already (nil: always render).
    let cachedImage: MediaCacheLookup?
    let gate: RenderGate

    func media(task mediaKey: String, file: String, range: String? = nil, _ context: RequestContext) -> Answer {
        let (lookup, delay) = context.session.transaction(at: context.now) { s, _ -> (TaskRecord?, Int64) in
            let delay = s.draw(s.active.scenario.latency.media)
            // Only the key the URL was handed out with: `task_<hex>` is not another spelling of `<hex>`.
            let task = (s.tasks["task_" + mediaKey] ?? s.tasks[mediaKey]).flatMap { $0.mediaKey == mediaKey ? $0 : nil }
            return (task, delay)
        }
        return answer(lookup, file: file, range: range, now: context.now, context).held(delay, context)
    }

    /// Which file of a task a URL names: a result by index, or the clip's last frame.
    private static func spec(for task: TaskRecord, file: String) -> ImageSpec? {
        if file == TaskRecord.lastFrameFile, task.lastFrame { return lastFrame(for: task) }
        let parts = file.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), String(index) == parts[0], index >= 0, index < task.imageCount,
              parts[1] == task.format.fileExtension else { return nil }
        return mediaImage(for: task, index: index)
    }

    private func answer(_ lookup: TaskRecord?, file: String, range: String?, now: Timestamp, _ context: RequestContext) -> Answer {
        var answer = fileAnswer(lookup, file: file, range: range, now: now, context)
        // The task the URL belongs to, for the report (looked up in the one transaction).
        if let task = lookup, answer.outcome.taskID != nil {
            answer.outcome.task = ReportObservation.TaskFacts(task, statusSeen: nil)
            answer.outcome.model = task.model
        }
        return answer
    }

    private func fileAnswer(_ lookup: TaskRecord?, file: String, range: String?, now: Timestamp, _ context: RequestContext) -> Answer {
        let requestID = context.requestID
        guard let task = lookup, task.status(at: now) == .completed, let image = Self.spec(for: task, file: file) else {
            return Answer(Self.xml(404, code: "NoSuchKey", message: "The specified key does not exist.", requestID: requestID))
        }
        if let expiresAt = task.expiresAt, now >= expiresAt {
            return Answer(Self.xml(403, code: "AccessDenied", message: "Request has expired", requestID: requestID,
                                   extra: "<Expires>\(expiresAt.iso8601)</Expires><ServerTime>\(now.iso8601)</ServerTime>"),
                          taskID: task.id)
        }
        let headers = [("Content-Type", image.format.mimeType)] + (task.expiresAt.map { expiresAt in
            [("Cache-Control", "private, max-age=\(max(0, (expiresAt.milliseconds - now.milliseconds) / 1000))")]
        } ?? [])
        if let bytes = cachedImage?(image) {
            return Answer(ByteRange.apply(range, to: HTTPResponse(status: 200, headers: headers, body: bytes)), taskID: task.id)
        }
        guard let ticket = gate.enter() else {
            let busy = APIError(.unavailable, "\(gate.capacity) images are being drawn or waiting to be; retry this URL in 1 s",
                                retryAfterSeconds: 1)
            return context.errorAnswer(busy, taskID: task.id)
        }
        let render = renderImage
        let failed = Self.xml(500, code: "InternalError", message: "image rendering failed", requestID: requestID)
        let job = RenderJob(heldUntil: nil) {
            defer { ticket.release() }
            guard let bytes = try? render(image) else { return failed }
            return ByteRange.apply(range, to: HTTPResponse(status: 200, headers: headers, body: bytes))
        }
        let fallback = context.error(APIError(.unavailable, "the image could not be drawn now (the emulator is stopping); retry this URL",
                                              retryAfterSeconds: 1))
        var answer = Answer(fallback, delivery: .render(job), taskID: task.id)
        answer.outcome.shownStatus = 200
        return answer
    }

    /// What picture a result URL shows. With a request `seed` the picture depends only on
    /// the model, size, seed and index, so the same seed gives the same bytes.
    static func mediaImage(for task: TaskRecord, index: Int) -> ImageSpec {
        let order = task
        var lines = [order.model, "\(order.width)x\(order.height)"]
        let base: UInt64
        if let seed = order.seed {
            lines.append("seed \(seed)")
            base = UInt64(bitPattern: Int64(seed))
        } else {
            lines.append(task.id)
            base = task.id.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        }
        if order.imageCount > 1 { lines.append("\(order.media == .image ? "image" : "clip") \(index + 1) of \(order.imageCount)") }
        // An audio track's tone comes from the task (seed) and the track (index) separately.
        var spec = ImageSpec(width: order.width, height: order.height, format: order.format, lines: lines,
                             seed: order.media == .audio ? base : base &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        spec.track = index
        spec.durationMilliseconds = order.clipMilliseconds
        spec.audio = order.audio
        return spec
    }

    /// A clip's last frame: a PNG of the clip's size showing what its first clip's last frame shows.
    static func lastFrame(for task: TaskRecord) -> ImageSpec {
        var spec = mediaImage(for: task, index: 0)
        spec.format = .png
        spec.lines.append("last frame")
        spec.durationMilliseconds = 0
        spec.audio = false
        return spec
    }

    /// A short XML error body in the style of signed-URL object stores.
    static func xml(_ status: Int, code: String, message: String, requestID: String, extra: String = "") -> HTTPResponse {
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(code)</Code><Message>\(message)</Message>\(extra)<RequestId>\(requestID)</RequestId></Error>\n"
        return HTTPResponse(status: status, headers: [("Content-Type", "application/xml")], body: Array(body.utf8))
    }
}
