import EmulatorCore
import Foundation

// Typed views of the control API's JSON, returned by `Emulator.requests()`, `account(_:)`
// and `advance(by:)`; each field is the control API's field of the same meaning
// (`GET /_emulator/requests`, `GET /_emulator/accounts/{key}`, `POST /_emulator/clock/advance`).

extension Emulator {
    /// One request from the journal.
    public struct RecordedRequest: Sendable, Equatable {
        /// Position in the journal since the last reset (1 = first).
        public let sequence: Int
        public let method: String
        public let path: String
        /// The HTTP status answered.
        public let status: Int
        /// The bearer key, when the request carried a well-formed one.
        public let key: String?
        /// `req_…`, as in the answer's `X-Request-Id`.
        public let requestID: String
        /// When it arrived, on the emulator's clock.
        public let at: Date
        public let bodySize: Int
        /// Index of the scenario rule a submit matched.
        public let matchedRule: Int?
        /// The task a submit created, or a poll named.
        public let taskID: String?
    }

    /// An API key's state.
    public struct Account: Sendable, Equatable {
        public let key: String
        public let credits: Int
        public let revoked: Bool
        /// Every movement of credits, oldest first.
        public let ledger: [LedgerEntry]
    }

    /// A movement of credits on an account.
    public struct LedgerEntry: Sendable, Equatable {
        public enum Reason: String, Sendable { case charge, refund, adjustment }
        public let taskID: String?
        /// Negative for a charge, positive for a refund.
        public let amount: Int
        public let reason: Reason
        /// On the emulator's clock, to the second.
        public let at: Date
    }

    /// What `advance(by:)` did.
    public struct ClockAdvance: Sendable, Equatable {
        /// The emulator's time afterwards.
        public let now: Date
        /// Tasks that completed, failed or expired on the way, in time order.
        public let changes: [TaskChange]
    }

    /// A task reaching a new state while the clock moved.
    public struct TaskChange: Sendable, Equatable {
        public enum Event: String, Sendable { case completed, failed, expired }
        public let taskID: String
        public let event: Event
        public let at: Date
        /// Credits given back to the task's key when it failed.
        public let refunded: Int?
    }
}

extension Emulator.RecordedRequest {
    init?(json: JSONValue, dates: ISO8601DateFormatter) {
        guard let sequence = json["seq"]?.intValue, let method = json["method"]?.stringValue,
              let path = json["path"]?.stringValue, let status = json["status"]?.intValue,
              let requestID = json["request_id"]?.stringValue,
              let at = json["at"]?.stringValue.flatMap(dates.date(from:)) else { return nil }
        self.init(sequence: sequence, method: method, path: path, status: status, key: json["key"]?.stringValue,
                  requestID: requestID, at: at, bodySize: json["body_size"]?.intValue ?? 0,
                  matchedRule: json["matched_rule"]?.intValue, taskID: json["task_id"]?.stringValue)
    }
}

extension Emulator.Account {
    init?(json: JSONValue) {
        guard let key = json["key"]?.stringValue, let credits = json["credits"]?.intValue else { return nil }
        self.init(key: key, credits: credits, revoked: json["revoked"]?.boolValue ?? false,
                  ledger: json["ledger"]?.arrayValue?.compactMap(Emulator.LedgerEntry.init(json:)) ?? [])
    }
}

extension Emulator.LedgerEntry {
    init?(json: JSONValue) {
        guard let amount = json["amount"]?.intValue, let reason = json["reason"]?.stringValue.flatMap(Reason.init(rawValue:)),
              let at = json["at_unix"]?.intValue else { return nil }
        self.init(taskID: json["task_id"]?.stringValue, amount: amount, reason: reason, at: Date(timeIntervalSince1970: Double(at)))
    }
}

extension Emulator.TaskChange {
    init?(json: JSONValue, dates: ISO8601DateFormatter) {
        guard let taskID = json["task_id"]?.stringValue, let event = json["event"]?.stringValue.flatMap(Event.init(rawValue:)),
              let at = json["at"]?.stringValue.flatMap(dates.date(from:)) else { return nil }
        self.init(taskID: taskID, event: event, at: at, refunded: json["refunded"]?.intValue)
    }
}
