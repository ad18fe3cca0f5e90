import Dispatch
import Locking

/// Webhook deliveries on the session's clock. The state lock is held only to take an attempt
/// off the schedule (rendering its body) and to record its result, never while the POST runs:
/// the `CallbackSender` performs it on its own threads.
///
/// - Virtual clock: nothing is sent until `advance`, which performs every attempt due by the
///   new time, in time order (retries that fall due within the advance included), in
///   parallel rounds, answers once each was answered (at most its 5 s timeout), and lists
///   them; no thread is blocked meanwhile.
/// - Real clock: each attempt is a clock wake-up at its time; the wake-up only queues the
///   work, so no request thread waits for a receiver.
extension Session {
    /// Whether an attempt's result was kept (its session was not reset meanwhile).
    private enum Recording {
        case dropped
        case recorded(retryAt: Timestamp?)
    }

    /// One attempt taken off the schedule, ready to send.
    struct PreparedCallback: Sendable {
        let generation: UInt64
        let request: CallbackRequest
        let at: Timestamp
        let owner: String
        /// Set when a callback rule makes this attempt fail without sending it.
        let scriptedBy: Int?
    }

    /// Plans the delivery of a task just accepted, on the clock. Called under the state lock.
    func planCallback(_ task: TaskRecord, target: CallbackTarget, rule: Rule?, delay: Int64, in s: inout SessionState) {
        let plan = CallbackSchedule.Plan(target: target, ruleIndex: rule?.index, failedAttempts: rule?.failedAttempts ?? 0,
                                         body: rule?.body)
        let first = task.settlesAt.adding(milliseconds: delay)
        s.callbacks.plan(task.id, plan, firstAt: first)
        armCallbackWakeup(at: first)
    }

    /// Performs every attempt due by `now`, in time order, retries that fall due meanwhile
    /// included, and calls `done` with the first `keeping` of them and how many were made
    /// once every one was answered. No thread waits: attempts go out in rounds, each round
    /// at once (the sender runs at most eight in parallel), and the next round starts from
    /// the completion of the last attempt of the previous one. What `advance` does.
    ///
    /// A round takes the attempts due before the earliest one's time plus the shortest retry
    /// delay, so a retry of any of them falls after all of them: the attempts are made, and
    /// recorded, in time order, as one after the other would be.
    func performDueCallbacks(now: Timestamp, keeping: Int,
                             done: @escaping @Sendable (_ attempts: [DeliveryAttempt], _ count: Int) -> Void) {
        let run = CallbackRun(now: now, keeping: keeping, atDueTime: clock.mode == .virtual, done: done)
        performRound(run)
    }

    private func performRound(_ run: CallbackRun) {
        let batch = takeDueRound(now: run.now, atDueTime: run.atDueTime)
        guard !batch.isEmpty else { return run.finish() }
        let round = CallbackRound(count: batch.count) { results in
            for (prepared, result) in zip(batch, results) {
                if let delivery = self.finishCallback(prepared, result) { run.add(delivery) }
            }
            // Off the completing thread's stack: a long run of rounds must not nest.
            DispatchQueue.global().async { self.performRound(run) }
        }
        for (index, prepared) in batch.enumerated() {
            if let rule = prepared.scriptedBy {
                round.fill(index, Self.scriptedFailure(rule))
            } else {
                send(prepared.request) { round.fill(index, $0) }
            }
        }
    }

    /// Takes one round off the schedule: the earliest due attempt and those due before its
    /// time plus the shortest retry delay, at most `CallbackRound.maxAttempts`.
    private func takeDueRound(now: Timestamp, atDueTime: Bool) -> [PreparedCallback] {
        guard let first = takeDueCallback(now: now, atDueTime: atDueTime) else { return [] }
        var batch = [first]
        let before = Timestamp(milliseconds: first.at.milliseconds + CallbackSchedule.retryDelaysMilliseconds[0] - 1)
        while batch.count < CallbackRound.maxAttempts,
              let next = takeDueCallback(now: now, dueBy: min(now, max(before, first.at)), atDueTime: atDueTime) {
            batch.append(next)
        }
        return batch
    }

    /// Starts every attempt due by now without waiting (the real clock's wake-ups).
    func startDueCallbacks() {
        while let prepared = takeDueCallback(now: clock.now(), atDueTime: false) {
            if let rule = prepared.scriptedBy {
                _ = finishCallback(prepared, Self.scriptedFailure(rule))
            } else if let sender = settings.callbackSender {
                sender.send(prepared.request) { result in _ = self.finishCallback(prepared, result) }
            } else {
                _ = finishCallback(prepared, Self.noSender)
            }
        }
    }

    /// On a real clock, queues `startDueCallbacks` for when the clock reaches `at`. The
    /// wake-up only hands the work to a queue: it may run under the state lock.
    func armCallbackWakeup(at: Timestamp) {
        guard clock.mode == .real else { return }
        // Weak: the clock keeps its wake-ups, and the session keeps the clock.
        clock.schedule(at: at) { [weak self] in
            guard let session = self else { return }
            DispatchQueue.global().async { session.startDueCallbacks() }
        }
    }

    /// The earliest attempt due by `dueBy` (default `now`), its body rendered from the task's poll answer at the
    /// attempt's time: the due time on a virtual clock, the current time on a real one.
    private func takeDueCallback(now: Timestamp, dueBy: Timestamp? = nil, atDueTime: Bool) -> PreparedCallback? {
        let version = settings.configuration.version
        let base = baseURL
        return state.withLock { s -> PreparedCallback? in
            while let due = s.callbacks.popDue(dueBy ?? now) {
                guard let task = s.tasks[due.taskID], let plan = s.callbacks.plans[due.taskID] else { continue }
                let at = atDueTime ? due.at : max(due.at, now)
                let poll = TaskEnvelope(task: task, now: at, baseURL: base).pollBody()
                let body = plan.body.map { CallbackBody.render($0, poll: poll) } ?? poll
                let headers = [("Content-Type", "application/json"), ("User-Agent", "reapi-emulator/\(version)"),
                               ("X-Request-Id", s.callbacks.nextRequestID())]
                let request = CallbackRequest(target: plan.target, headers: headers, body: JSONWriter.bytes(body),
                                              timeoutMilliseconds: CallbackSchedule.timeoutMilliseconds,
                                              taskID: task.id, attempt: due.attempt)
                return PreparedCallback(generation: s.callbacks.generation, request: request, at: at, owner: task.owner,
                                        scriptedBy: due.attempt <= plan.failedAttempts ? plan.ruleIndex : nil)
            }
            return nil
        }
    }

    /// Records an attempt's result (schedule, journal) and arms the retry; nil when the session
    /// was reset while it ran.
    private func finishCallback(_ prepared: PreparedCallback, _ result: CallbackResult) -> DeliveryAttempt? {
        let request = prepared.request
        let outcome = state.withLock { s -> Recording in
            guard s.callbacks.generation == prepared.generation, s.tasks[request.taskID] != nil else { return .dropped }
            return .recorded(retryAt: s.callbacks.record(request.taskID, attempt: request.attempt, at: prepared.at, result: result,
                                                         requestID: request.header("X-Request-Id") ?? "", scriptedBy: prepared.scriptedBy))
        }
        guard case .recorded(let retry) = outcome else { return nil }
        let delivery = DeliveryAttempt(taskID: request.taskID, url: request.target.url, attempt: request.attempt, at: prepared.at,
                                        result: result, retryAt: retry, scriptedBy: prepared.scriptedBy)
        record { sequence in
            var entry = JournalEntry(sequence: sequence, method: "POST", path: EmulatorApp.printable(request.target.url),
                                     status: result.status ?? 0, key: prepared.owner,
                                     requestID: request.header("X-Request-Id") ?? "", at: prepared.at,
                                     bodySize: request.body.count, matchedRule: prepared.scriptedBy, taskID: request.taskID)
            entry.outbound = OutboundCall(url: request.target.url, attempt: request.attempt, error: result.error,
                                          durationMilliseconds: result.durationMilliseconds)
            return entry
        }
        if let retry { armCallbackWakeup(at: retry) }
        return delivery
    }

    /// Hands `request` to the sender; `completion` gets its answer, or a failure a little
    /// past its timeout if the sender never reports (whichever comes first, once).
    private func send(_ request: CallbackRequest, completion: @escaping @Sendable (CallbackResult) -> Void) {
        guard let sender = settings.callbackSender else { return completion(Self.noSender) }
        let slot = ResultSlot(completion)
        sender.send(request) { slot.fill($0) }
        let limit = Int(request.timeoutMilliseconds) + 1000
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(limit)) {
            slot.fill(CallbackResult(.failed("no answer within \(limit / 1000) s"), durationMilliseconds: Int64(limit)))
        }
    }

    private static func scriptedFailure(_ rule: Int) -> CallbackResult {
        CallbackResult(.failed("failed by scenario rule rules[\(rule)] (not sent)"))
    }

    private static let noSender = CallbackResult(.failed("no callback sender in this emulator"))
}

/// Hands on the first result an attempt reports; later ones are ignored.
private final class ResultSlot: Sendable {
    private let completion: Locked<(@Sendable (CallbackResult) -> Void)?>

    init(_ completion: @escaping @Sendable (CallbackResult) -> Void) { self.completion = Locked(completion) }

    func fill(_ result: CallbackResult) {
        let first = completion.withLock { current in
            defer { current = nil }
            return current
        }
        first?(result)
    }
}

/// One attempt as `clock/advance` lists it.
public struct DeliveryAttempt: Sendable, Equatable {
    public let taskID: String
    public let url: String
    /// 1 to 5.
    public let attempt: Int
    /// When it was made on the session's clock.
    public let at: Timestamp
    public let result: CallbackResult
    /// When the next attempt is due; nil when delivered or given up.
    public let retryAt: Timestamp?
    /// The callback rule that failed it without sending it, if any.
    public let scriptedBy: Int?

    /// The last attempt failed: no more will be made.
    public var givenUp: Bool { !result.delivered && retryAt == nil }
}
