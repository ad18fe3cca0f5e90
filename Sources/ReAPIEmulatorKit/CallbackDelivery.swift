import EmulatorCore

/// The `CallbackSender` of a running emulator: each webhook POST runs on one of
/// `concurrency` threads of its own (so at most that many at once, and always that many when
/// receivers hang), never on a request thread and never under a session's lock; the core is told the status, or why there was none, and how long it took.
///
/// An attempt's timeout counts from when it was handed over, time spent waiting in the queue
/// included, so the core (which waits a little longer than that in `clock/advance`) always
/// hears the result of the POST it recorded, and a POST it gave up on is never sent late.
final class CallbackDelivery: CallbackSender, Sendable {
    /// Attempts in flight at once; more wait in the queue.
    static let concurrency = 8

    private let pool = RenderPool(threads: concurrency, name: "reapi-callback", nice: 0)

    /// Ends the threads once their current attempt is done; queued attempts are dropped (the
    /// core reports them failed at their timeout).
    func shutdown() { pool.shutdown() }

    func send(_ request: CallbackRequest, completion: @escaping @Sendable (CallbackResult) -> Void) {
        let deadline = SocketWait.deadline(in: request.timeoutMilliseconds)
        pool.submit {
            let started = ContinuousClock.now
            let outcome: CallbackResult.Outcome
            if deadline <= .now {
                outcome = .failed("not sent: \(Self.concurrency) callbacks were in flight for the whole timeout")
            } else {
                switch PlainHTTPPost.send(host: request.target.host, port: request.target.port, head: Self.head(request),
                                          body: request.body, timeoutMilliseconds: request.timeoutMilliseconds, deadline: deadline) {
                case .success(let status): outcome = .answered(status)
                case .failure(let failure): outcome = .failed(failure.reason)
                }
            }
            let took = (ContinuousClock.now - started).components
            let elapsed = took.seconds * 1000 + took.attoseconds / 1_000_000_000_000_000
            completion(CallbackResult(outcome, durationMilliseconds: elapsed))
        }
    }

    /// The request line and headers: `Host`, the core's headers, `Content-Length`, `Connection: close`.
    static func head(_ request: CallbackRequest) -> [UInt8] {
        var text = "POST \(request.target.path) HTTP/1.1\r\nHost: \(request.target.hostHeader)\r\n"
        for (name, value) in request.headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(request.body.count)\r\nConnection: close\r\n\r\n"
        return Array(text.utf8)
    }
}
