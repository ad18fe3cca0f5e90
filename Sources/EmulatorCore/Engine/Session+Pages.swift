/// Bounded reads of a session: every listing returns at most `PageLimit.max` items and a
/// cursor for the rest. Only the items of the page are copied under the lock; turning them
/// into JSON happens outside it, so a listing never stalls request handling.
public enum PageLimit {
    /// Items a listing returns when the request names no `limit` (choice).
    public static let `default` = 100
    /// The most a listing returns, whatever `limit` says (choice).
    public static let max = 1000

    /// `limit` as asked, clamped to `0...max`; nil asks for the default.
    public static func clamp(_ limit: Int?) -> Int { Swift.min(Swift.max(0, limit ?? `default`), max) }
}

/// One page of tasks, oldest first, with the time their status was read at.
public struct TaskPage: Sendable {
    public let tasks: [TaskRecord]
    /// Each task's place in the accepted order (a cursor value), in the order of `tasks`.
    public let sequences: [Int]
    public let now: Timestamp
    /// Pass as `before` for the page of older tasks; nil when there are none.
    public let next: Int?
}

/// One page of accounts in key order.
public struct AccountPage: Sendable {
    public let accounts: [Account]
    /// Pass as `after` for the following page; nil when there are none.
    public let next: String?
}

extension Session {
    /// The latest `limit` tasks accepted before the cursor `before` that match the filters,
    /// oldest first.
    public func tasks(key: String? = nil, status: TaskRecord.Status? = nil, limit: Int? = nil, before: Int? = nil) -> TaskPage {
        let limit = PageLimit.clamp(limit)
        return transaction { s, now in
            let (entries, more) = s.accepted.latest(limit, before: before) { entry in
                guard let task = s.tasks[entry.id] else { return false }
                return (key == nil || task.owner == key) && (status == nil || task.status(at: now) == status)
            }
            let listed = entries.reversed().compactMap { entry in s.tasks[entry.id].map { (entry.sequence, $0) } }
            return TaskPage(tasks: listed.map(\.1), sequences: listed.map(\.0), now: now, next: more ? entries.last?.sequence : nil)
        }
    }

    /// Accounts with a key after `after`, in key order, at most `limit`.
    public func accounts(limit: Int? = nil, after: String? = nil) -> AccountPage {
        let limit = PageLimit.clamp(limit)
        // Keys are compared under the lock (no copy of the table that a later write would
        // have to duplicate); sorting and rendering happen outside it.
        let candidates = transaction { s, _ -> [Account] in
            guard let after else { return Array(s.accounts.values) }
            return s.accounts.values.filter { $0.key > after }
        }
        let sorted = candidates.sorted { $0.key < $1.key }
        let page = Array(sorted.prefix(limit))
        return AccountPage(accounts: page, next: sorted.count > limit ? page.last?.key : nil)
    }

    /// Every account the session knows, by key (the embedding API; at most `PageLimit.max`).
    public func accounts() -> [Account] { accounts(limit: PageLimit.max).accounts }

    /// The latest `limit` journal entries before the sequence `before` that match the
    /// filters, oldest first; nil `limit` is the whole ring (the embedding API).
    public func requests(pathPrefix: String? = nil, status: Int? = nil, limit: Int? = nil, before: Int? = nil) -> JournalPage {
        journal.withLock { journal in
            let (entries, more) = journal.latest(limit ?? journal.capacity, before: before) { entry in
                (pathPrefix == nil || entry.path.hasPrefix(pathPrefix!)) && (status == nil || entry.status == status)
            }
            return JournalPage(entries: entries.reversed(), capacity: journal.capacity, evicted: journal.evicted,
                               next: more ? entries.last?.sequence : nil)
        }
    }
}

extension EmulatorApp {
    /// Tasks forgotten so far in the default session and the open ones (a cheap read: one
    /// lock per session, nothing settled).
    public var forgottenTaskCount: Int {
        ([defaultSession] + sessions.all()).reduce(0) { sum, session in sum + session.state.withLock { $0.counts.forgotten } }
    }
}
