/// How webhook attempts show in the control API: in `clock/advance`'s `changes`, in a task's
/// `timeline`, and in the journal (direction `outbound`).
extension DeliveryAttempt {
    /// `{"event": "callback", "task_id", "url", "attempt", "status", "error", "delivered", …}`.
    var json: JSONValue {
        var o: JSONObject = ["task_id": .string(taskID), "event": "callback", "at": .string(at.iso8601),
                             "at_unix": .int(Int(at.unixSeconds)), "url": .string(url), "attempt": .int(attempt)]
        o["status"] = result.status.map(JSONValue.int) ?? .null
        o["error"] = result.error.map(JSONValue.string) ?? .null
        o["delivered"] = .bool(result.delivered)
        o["duration_ms"] = .int(Int(result.durationMilliseconds))
        if let retryAt { o["retry_at"] = .string(retryAt.iso8601) }
        if givenUp { o["given_up"] = true }
        return .object(o)
    }
}

extension ClockAdvance {
    /// Task changes and webhook attempts in one list, in time order (at one instant, a task's
    /// change comes before the attempt that reports it).
    var changesJSON: [JSONValue] {
        var out: [JSONValue] = []
        var changes = self.changes[...], callbacks = self.callbacks[...]
        while let change = changes.first, let callback = callbacks.first {
            if change.at <= callback.at { out.append(change.json); changes.removeFirst() } else { out.append(callback.json); callbacks.removeFirst() }
        }
        return out + changes.map(\.json) + callbacks.map(\.json)
    }

    /// `changesJSON`, the first `maxChanges` entries: what `clock/advance` lists (its `count`
    /// says how many there were in all).
    var listedJSON: [JSONValue] {
        let all = changesJSON
        return all.count > Self.maxChanges ? Array(all.prefix(Self.maxChanges)) : all
    }
}

extension JournalEntry {
    /// `inbound` for a request the emulator answered, `outbound` for a webhook it sent.
    var direction: String { outbound == nil ? "inbound" : "outbound" }

    /// The fields an outbound entry adds: `url`, `attempt`, `error`, `duration_ms`.
    func addingOutbound(to o: inout JSONObject) {
        guard let outbound else { return }
        o["url"] = .string(outbound.url)
        o["attempt"] = .int(outbound.attempt)
        o["error"] = outbound.error.map(JSONValue.string) ?? .null
        o["duration_ms"] = .int(Int(outbound.durationMilliseconds))
    }
}
