/// One API key's balance and ledger.
public struct Account: Sendable, Equatable {
    public var key: String
    public var credits: Int
    public var revoked: Bool
    /// The latest entries, oldest first (at most the session's ledger capacity).
    public var ledger: [LedgerEntry]
    /// Entries that fell off the front of the ledger to keep it bounded.
    public var droppedEntries = 0

    /// `credits` is held within `CreditBounds.balances`.
    public init(key: String, credits: Int, revoked: Bool = false, ledger: [LedgerEntry] = []) {
        self.key = key
        self.credits = CreditBounds.balance(credits, moving: 0)
        self.revoked = revoked
        self.ledger = ledger
    }

    /// Moves `amount` credits (negative: out) and records in the ledger what actually moved:
    /// the balance never leaves `CreditBounds.balances`. The ledger keeps the latest
    /// `capacity` entries and counts the ones dropped. Returns the amount that moved.
    @discardableResult
    mutating func book(_ amount: Int, _ reason: LedgerEntry.Reason, taskID: String?, at: Timestamp,
                       capacity: Int = StoreLimits().ledgerCapacity) -> Int {
        let before = credits
        credits = CreditBounds.balance(credits, moving: amount)
        ledger.append(LedgerEntry(taskID: taskID, amount: credits - before, reason: reason, at: at))
        let excess = ledger.count - max(1, capacity)
        if excess > 0 {
            ledger.removeFirst(excess)
            droppedEntries += excess
        }
        return credits - before
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
