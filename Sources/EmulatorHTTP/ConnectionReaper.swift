import CMicroHTTPD
import Dispatch
import Locking
import Synchronization

/// One background thread that enforces the wall-clock limits libmicrohttpd has no option
/// for: it sends held answers whose hold cap passed, closes connections too slow to deliver
/// a request, and sheds idle connections (oldest first) while more than the limit are open.
/// It wakes every `interval` and at once when `nudge()` is called (a connection opened
/// past the limit).
final class ConnectionReaper: Sendable {
    let connections: ConnectionRegistry
    let deadlines: HoldDeadlines
    let suspended: SuspendedConnections
    private let readTimeoutMs: Int64
    private let limit: Int
    private let intervalMs: Int
    private let wake = DispatchSemaphore(value: 0)
    private let running = Atomic<Bool>(true)
    private let finished = DispatchSemaphore(value: 0)
    /// Totals since start, for tests and logs.
    let timedOut = Atomic<Int>(0)
    let shed = Atomic<Int>(0)
    /// What a shed connection is sent before it closes: the listener's 503, as raw HTTP.
    private let shedAnswer: @Sendable () -> [UInt8]
    let holdsCapped = Atomic<Int>(0)

    init(connections: ConnectionRegistry, deadlines: HoldDeadlines, suspended: SuspendedConnections,
         configuration: ServerConfiguration, intervalMs: Int = 100, shedAnswer: @escaping @Sendable () -> [UInt8]) {
        self.shedAnswer = shedAnswer
        self.connections = connections
        self.deadlines = deadlines
        self.suspended = suspended
        self.readTimeoutMs = Int64(max(0.05, configuration.requestReadTimeoutSeconds) * 1000)
        self.limit = max(1, configuration.connectionLimit)
        self.intervalMs = intervalMs
        DetachedThread.start(name: "reapi-emulator-reaper") { [self] in loop() }
    }

    /// Runs a sweep now rather than at the next tick.
    func nudge() { wake.signal() }

    /// Ends the thread and waits for it.
    func stop() {
        guard running.exchange(false, ordering: .acquiringAndReleasing) else { return }
        wake.signal()
        finished.wait()
    }

    private func loop() {
        while running.load(ordering: .acquiring) {
            _ = wake.wait(timeout: .now() + .milliseconds(intervalMs))
            guard running.load(ordering: .acquiring) else { break }
            sweep()
        }
        finished.signal()
    }

    func sweep() {
        let now = cmhd_monotonic_ms()
        for token in deadlines.expired(now: now) {
            // Whoever takes the entry resumes: a wake-up that came first left nothing here.
            if let handle = suspended.take(token) {
                // Counted before the resume: the answer may reach the client (and a test read
                // the count) before this thread runs another instruction.
                holdsCapped.add(1, ordering: .relaxed)
                MHD_resume_connection(handle.raw)
            }
        }
        let result = connections.sweep(now: now, readTimeoutMs: readTimeoutMs, limit: limit, shedAnswer: shedAnswer)
        if result.timedOut > 0 { timedOut.add(result.timedOut, ordering: .relaxed) }
        if result.shed > 0 { shed.add(result.shed, ordering: .relaxed) }
    }
}
