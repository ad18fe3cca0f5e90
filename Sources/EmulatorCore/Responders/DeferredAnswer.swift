/// An answer that is ready only once work off the request thread finishes (a clock advance
/// waiting on its webhook deliveries, a large scenario being checked): the binding holds the
/// connection without a thread and calls `start` on a queue of its own; `start` hands over
/// the response, once.
public struct DeferredAnswer: Sendable {
    /// Added to the response (`X-Request-Id`, `Date`).
    var headers: [(name: String, value: String)] = []
    /// Told the status of the response the work hands over, just before it goes out: the
    /// metrics count a deferred answer then, with its real status.
    var delivered: (@Sendable (Int) -> Void)?
    let work: @Sendable (_ deliver: @escaping @Sendable (HTTPResponse) -> Void) -> Void

    init(_ work: @escaping @Sendable (_ deliver: @escaping @Sendable (HTTPResponse) -> Void) -> Void) {
        self.work = work
    }

    /// Runs the work; `deliver` gets the response with the request's headers.
    public func start(_ deliver: @escaping @Sendable (HTTPResponse) -> Void) {
        let headers = headers, delivered = delivered
        work { response in
            var response = response
            for header in headers where response.header(header.name) == nil { response.headers.append(header) }
            delivered?(response.status)
            deliver(response)
        }
    }

    /// Runs the work and waits for the response (in-process callers, tests).
    public func wait() -> HTTPResponse { Session.waitFor { start($0) } }
}

extension Answer {
    /// A control answer whose work runs off the request thread (checking and installing a
    /// scenario): the response `work` returns, or its error in the listener's envelope. The
    /// connection is held meanwhile; if it can be held no longer (`--max-hold`, a stop) it gets
    /// a 503 instead and the work still completes.
    static func offThread(_ context: RequestContext, _ work: @escaping @Sendable () throws(APIError) -> HTTPResponse) -> Answer {
        let deferred = DeferredAnswer { deliver in
            do throws(APIError) { deliver(try work()) } catch { deliver(context.error(error)) }
        }
        let fallback = context.error(APIError(.unavailable, "the scenario was still being checked when its answer could be held no longer (--max-hold, or a stop); the check goes on and a good scenario still takes effect"))
        return Answer(fallback, delivery: .later(deferred))
    }

    /// The response as the binding would send it, with the work of a render or deferred
    /// answer done inline (in-process callers: the harness, `diff`'s replay).
    public func resolvedResponse() -> HTTPResponse {
        switch delivery {
        case .render(let job): job.run()
        case .later(let deferred): deferred.wait()
        case .now, .at, .drop: response
        }
    }
}
