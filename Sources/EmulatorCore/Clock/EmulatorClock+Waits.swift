extension EmulatorClock {
    /// Wall seconds a client must wait for `emulated` seconds to pass on this clock: on a
    /// real clock ceil(emulated ÷ time scale), at least 1 when any wait is due; on a virtual
    /// clock the emulated seconds themselves, since that clock moves only when a test
    /// advances it (docs/limits.md).
    public func wallSeconds(forEmulatedSeconds emulated: Int) -> Int {
        guard emulated > 0 else { return 0 }
        guard mode == .real else { return emulated }
        return max(1, Int((Double(emulated) / timeScale).rounded(.up)))
    }

    /// Rewrites a `Retry-After` the core wrote in emulated seconds into the wall seconds
    /// the client will wait (an HTTP-date value is left as it is).
    public func convertRetryAfter(_ response: inout HTTPResponse) {
        for (index, header) in response.headers.enumerated() where header.name.lowercased() == "retry-after" {
            guard let seconds = Int(header.value) else { continue }
            response.headers[index].value = String(wallSeconds(forEmulatedSeconds: seconds))
        }
    }
}
