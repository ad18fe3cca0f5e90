import Locking
import Synchronization

/// The reports of sessions that ended (`DELETE /_emulator/sessions/{id}` or the idle timeout),
/// kept for a report written at shutdown (`serve --report`). Off unless `keep(upTo:)` is
/// given a capacity; then the latest that many, with a count of the ones let go.
public final class RetiredReports: Sendable {
    private let capacity = Atomic<Int>(0)
    private let kept = Locked<(reports: [SessionReport], dropped: Int)>(([], 0))

    init() {}

    /// Keeps up to `count` reports of ended sessions from now on (0: none).
    public func keep(upTo count: Int) { capacity.store(max(0, count), ordering: .relaxed) }

    /// Takes the report of `session`, which is ending.
    func retire(_ session: Session) {
        let limit = capacity.load(ordering: .relaxed)
        guard limit > 0 else { return }
        let report = session.reportValue()
        kept.withLock { k in
            k.reports.append(report)
            if k.reports.count > limit {
                k.dropped += k.reports.count - limit
                k.reports.removeFirst(k.reports.count - limit)
            }
        }
    }

    /// The reports kept, oldest first, and how many were let go past the capacity.
    public var reports: (reports: [SessionReport], dropped: Int) { kept.withLock { $0 } }
}
