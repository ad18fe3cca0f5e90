/// One API key's balance and ledger.
public struct Account: Sendable, Equatable {
    public var key: String
    public var credits: Int
    public var revoked: Bool
    /// The latest entries, oldest first (at most the session's ledger capacity).
    public var ledger: [LedgerEntry]
    /// Entries that fell off the front of the ledger to keep it bounded.
    public var droppedEntries = 0

    public init(key: String, credits: Int, revoked: Bool = false, ledger: [LedgerEntry] = []) {
        self.key = key
        self.credits = credits
        self.revoked = revoked
        self.ledger = ledger
    }

    /// Appends `entry`, keeping the latest `capacity` entries and counting the ones dropped.
    mutating func book(_ entry: LedgerEntry, capacity: Int) {
        ledger.append(entry)
        let excess = ledger.count - max(1, capacity)
        if excess > 0 {
            ledger.removeFirst(excess)
            droppedEntries += excess
        }
    }
}

/// A movement of credits: negative for a charge, positive for a refund.
public struct LedgerEntry: Sendable, Equatable {
    public enum Reason: String, Sendable { case charge, refund, adjustment }

    public var taskID: String?
    public var amount: Int
    public var reason: Reason
    public var at: Timestamp

}
