import Synchronization

/// Bounds the images being drawn or waiting to be drawn, over all sessions: a result URL
/// that would go past `capacity` is answered 503 with `Retry-After` at once, so a storm of
/// distinct 4K downloads queues at most `capacity` renders and never grows without end.
/// The drawing itself runs off the request threads (`Answer.Delivery.render`).
public final class RenderGate: Sendable {
    public let capacity: Int
    private let admitted = Atomic<Int>(0)

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Renders admitted and not finished (running or queued).
    public var inFlight: Int { admitted.load(ordering: .relaxed) }

    /// A ticket for one render, or nil when `capacity` are in flight already.
    func enter() -> RenderTicket? {
        let after = admitted.add(1, ordering: .acquiringAndReleasing).newValue
        guard after <= capacity else {
            admitted.subtract(1, ordering: .relaxed)
            return nil
        }
        return RenderTicket(self)
    }

    fileprivate func leave() { admitted.subtract(1, ordering: .acquiringAndReleasing) }
}

/// One admitted render: handed back when it is done, or when the job is dropped unrun
/// (a closed connection, a stop), so the gate never loses a place.
final class RenderTicket: Sendable {
    private let gate: RenderGate
    private let done = Atomic<Bool>(false)

    fileprivate init(_ gate: RenderGate) { self.gate = gate }

    func release() {
        if !done.exchange(true, ordering: .acquiringAndReleasing) { gate.leave() }
    }

    deinit { release() }
}

/// An image to draw before its answer can go out: `run()` draws it and returns the
/// response. The embedding runs it on its render pool; in-process callers may run it inline.
public struct RenderJob: Sendable {
    /// The answer also waits for this time on this clock (a scripted media latency).
    public var heldUntil: (at: Timestamp, clock: EmulatorClock)?
    /// Added to the response (`X-Request-Id`).
    var headers: [(name: String, value: String)] = []
    let work: @Sendable () -> HTTPResponse

    init(heldUntil: (at: Timestamp, clock: EmulatorClock)?, work: @escaping @Sendable () -> HTTPResponse) {
        self.heldUntil = heldUntil
        self.work = work
    }

    /// Draws the image and returns the response to send (200 with the bytes, or 500).
    public func run() -> HTTPResponse {
        var response = work()
        response.headers += headers
        return response
    }
}
