/// Performs webhook POSTs for the core, which has no sockets: the core decides when a
/// delivery is due, renders it and records the result; a sender only carries it.
/// `ReAPIEmulatorKit` provides the HTTP one; in-process tests inject a recording one.
public protocol CallbackSender: Sendable {
    /// Sends `request` off the calling thread and calls `completion` exactly once, within
    /// about `request.timeoutMilliseconds` (a receiver that takes longer is a failure).
    func send(_ request: CallbackRequest, completion: @escaping @Sendable (CallbackResult) -> Void)
}

/// One delivery attempt: an HTTP/1.1 `POST` of a JSON body.
public struct CallbackRequest: Sendable {
    public let target: CallbackTarget
    /// `Content-Type`, `User-Agent` and `X-Request-Id`, in that order (`Host` and
    /// `Content-Length` are the sender's to write).
    public let headers: [(String, String)]
    public let body: [UInt8]
    public let timeoutMilliseconds: Int64
    public let taskID: String
    public let attempt: Int

    public init(target: CallbackTarget, headers: [(String, String)], body: [UInt8], timeoutMilliseconds: Int64,
                taskID: String, attempt: Int) {
        self.target = target
        self.headers = headers
        self.body = body
        self.timeoutMilliseconds = timeoutMilliseconds
        self.taskID = taskID
        self.attempt = attempt
    }

    /// The value of a header (name compared without case).
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// What came of one attempt, and how long it took in wall milliseconds.
public struct CallbackResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// The receiver answered with this status (2xx is a delivery, anything else a failure).
        case answered(Int)
        /// No answer: `connection refused`, `timed out after 5 s`, … (a short phrase).
        case failed(String)
    }

    public let outcome: Outcome
    public let durationMilliseconds: Int64

    public init(_ outcome: Outcome, durationMilliseconds: Int64 = 0) {
        self.outcome = outcome
        self.durationMilliseconds = durationMilliseconds
    }

    /// A 2xx answer.
    public var delivered: Bool {
        if case .answered(let status) = outcome { return (200..<300).contains(status) }
        return false
    }

    public var status: Int? {
        if case .answered(let status) = outcome { return status }
        return nil
    }

    /// Why the attempt failed (nil when delivered).
    public var error: String? {
        switch outcome {
        case .answered(let status): (200..<300).contains(status) ? nil : "receiver answered \(status)"
        case .failed(let reason): reason
        }
    }
}
