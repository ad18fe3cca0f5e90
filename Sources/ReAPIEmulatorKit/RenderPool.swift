import EmulatorCore
import Locking
#if canImport(Glibc)
import Glibc
#endif

/// The threads that draw result images, apart from the HTTP worker threads, so a storm of
/// large renders never delays health, control calls or other requests. At most `threads`
/// images are drawn at once (each holds one raw canvas, up to width × height × 3 bytes);
/// the core's render gate bounds how many wait. Render threads run at a lower priority
/// (nice 10), so the request threads win the cores when both want them.
///
/// The webhook sender uses one too (`name` "reapi-callback", nice 0): threads of its own, so
/// its eight parallel attempts never depend on how many threads Dispatch will lend.
final class RenderPool: Sendable {
    let threads: Int
    private let queue = JobQueue()

    init(threads: Int, name: String = "reapi-render", nice: Int32 = 10) {
        self.threads = max(1, threads)
        for index in 0..<self.threads {
            DetachedThread.start(name: "\(name)-\(index)") { [queue] in
                #if canImport(Glibc)
                if nice != 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice) }
                #endif
                while let job = queue.next() { job() }
            }
        }
    }

    /// Runs `job` on a render thread.
    func submit(_ job: @escaping @Sendable () -> Void) { queue.push(job) }

    /// Ends the threads once their current image is drawn; queued jobs are dropped.
    func shutdown() { queue.close() }
}

/// A blocking FIFO of jobs (a condition variable: render threads sleep when idle).
private final class JobQueue: @unchecked Sendable {
    // Guarded by `condition`.
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0
    private var closed = false
    private let condition = Condition()

    func push(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// The next job, waiting for one; nil once closed (jobs still queued are dropped, which
    /// hands their render places back).
    func next() -> (@Sendable () -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count || closed {
            if closed { return nil }
            condition.wait()
        }
        let job = jobs[head]
        head += 1
        if head > 64, head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }

    func close() {
        condition.lock()
        closed = true
        jobs.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
