/// How tasks settle and are forgotten: each task has one pending event at a time on the
/// settlement queue (completed or failed → expired → forgotten), so the queue holds one or
/// two entries per task, and a forgotten task leaves nothing behind in any structure.
extension SessionState {
    /// Books everything that fell due by `now`, in time order: a failed task's refund is
    /// booked here, before any answer can show the task as failed; tasks past their
    /// retention are forgotten. Returns the first `keeping` changes (with the task as it was)
    /// and how many there were in all, so a 30-day advance over a million tasks reports a
    /// count, not a million entries.
    @discardableResult
    mutating func settle(_ now: Timestamp, keeping: Int = 0) -> (changes: [TaskChange], count: Int) {
        var changes: [TaskChange] = []
        var count = 0
        while let event = settlements.popDue(now) {
            guard var task = tasks[event.taskID] else { continue }  // evicted before this event
            count += 1
            var refunded: Int?  // what the ledger booked: less than the price at the balance cap
            defer {
                if changes.count < keeping {
                    changes.append(TaskChange(taskID: event.taskID, event: event.kind, at: event.at,
                                              refunded: event.kind == .failed ? refunded ?? task.credits : nil,
                                              key: event.kind == .failed ? task.owner : nil))
                }
            }
            switch event.kind {
            case .completed:
                settled.append(task.id)
                counts.processing -= 1
                counts.completed += 1
                if let expiresAt = task.expiresAt { settlements.push(expiresAt, task.id, .expired) }
            case .expired:
                settlements.push(forgetTime(after: event.at), task.id, .forgotten)
            case .failed:
                settled.append(task.id)
                counts.processing -= 1
                counts.failed += 1
                settlements.push(forgetTime(after: event.at), task.id, .forgotten)
                guard task.refundedAt == nil else { continue }
                task.refundedAt = event.at
                tasks[event.taskID] = task
                let capacity = limits.ledgerCapacity
                let booked = accounts[task.owner]?.book(task.credits, .refund, taskID: task.id, at: event.at, capacity: capacity) ?? 0
                refunded = booked
                counts.creditsRefunded += booked
            case .forgotten:
                forget(task.id)
            }
        }
        return (changes, count)
    }

    private func forgetTime(after at: Timestamp) -> Timestamp {
        Timestamp(milliseconds: at.milliseconds.addingReportingOverflow(limits.retentionMilliseconds).overflow
                  ? Int64.max : at.milliseconds + limits.retentionMilliseconds)
    }

    /// Makes room for one more task under `limits.maxTasks` by forgetting the tasks that
    /// settled first. False when every task kept is still processing (nothing may go).
    mutating func makeRoom() -> Bool {
        while tasks.count >= max(1, limits.maxTasks) {
            guard let oldest = settled.first(live: tasks) else { return false }
            forget(oldest.id)
        }
        return true
    }

    /// Drops a task from every structure that knows it, its webhook plan and attempts
    /// included (the settlement queue skips events of tasks that are gone; the backlogs
    /// drop their entries lazily).
    mutating func forget(_ id: String) {
        guard let task = tasks.removeValue(forKey: id) else { return }
        settledPollBodies.removeValue(forKey: id)
        callbacks.forget(id)
        counts.forgotten += 1
        if task.outcome == .completes { counts.completed -= 1 } else { counts.failed -= 1 }
        accepted.compact(live: tasks)
        settled.compact(live: tasks)
    }
}
