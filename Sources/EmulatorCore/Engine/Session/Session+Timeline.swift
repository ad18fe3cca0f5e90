/// A task's timeline: its own events and its webhook attempts, in time order
/// (`GET /_emulator/tasks/{id}`).
extension Session {
    /// A task's webhook events for its timeline: each attempt, then the one due next or
    /// `callback_given_up`. Empty for a task without `callback_url`.
    func callbackTimeline(_ taskID: String) -> [TimelineEvent] {
        state.withLock { s -> [TimelineEvent] in
            guard let plan = s.callbacks.plans[taskID] else { return [] }
            let url = plan.target.url
            let made = s.callbacks.attempts[taskID] ?? []
            var events = made.map { attempt in
                TimelineEvent(.callback(attempt: attempt.attempt, url: url, status: attempt.result.status, error: attempt.result.error,
                                        durationMilliseconds: attempt.result.durationMilliseconds, requestID: attempt.requestID),
                              at: attempt.at)
            }
            if let next = s.callbacks.pending(taskID) {
                events.append(TimelineEvent(.callbackDue(attempt: next.attempt, url: url), at: next.at))
            } else if let last = made.last, !last.result.delivered, last.retryAt == nil {
                events.append(TimelineEvent(.callbackGivenUp(attempts: made.count), at: last.at))
            }
            return events
        }
    }

    /// The task's own events with its webhook events merged in by time.
    func timeline(_ task: TaskRecord, now: Timestamp) -> [TimelineEvent] {
        TimelineEvent.merged(task.timeline(at: now), callbackTimeline(task.id))
    }
}
