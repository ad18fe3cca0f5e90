/// An answer that is ready only once work off the request thread finishes (a clock advance
/// waiting on its webhook deliveries): the binding holds the connection without a thread
/// and calls `start` on a queue of its own; `start` hands over the response, once.
public struct DeferredAnswer: Sendable {
    /// Added to the response (`X-Request-Id`, `Date`).
    var headers: [(name: String, value: String)] = []
    let work: @Sendable (_ deliver: @escaping @Sendable (HTTPResponse) -> Void) -> Void

    init(_ work: @escaping @Sendable (_ deliver: @escaping @Sendable (HTTPResponse) -> Void) -> Void) {
        self.work = work
    }

    /// Runs the work; `deliver` gets the response with the request's headers.
    public func start(_ deliver: @escaping @Sendable (HTTPResponse) -> Void) {
        let headers = headers
        work { response in
            var response = response
            for header in headers where response.header(header.name) == nil { response.headers.append(header) }
            deliver(response)
        }
    }

    /// Runs the work and waits for the response (in-process callers, tests).
    public func wait() -> HTTPResponse { Session.waitFor { start($0) } }
}

extension Answer {
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
