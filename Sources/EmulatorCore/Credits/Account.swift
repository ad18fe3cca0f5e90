/// One API key's balance and ledger.
public struct Account: Sendable, Equatable {
    public var key: String
    public var credits: Int
    public var revoked: Bool
    public var ledger: [LedgerEntry]

    public init(key: String, credits: Int, revoked: Bool = false, ledger: [LedgerEntry] = []) {
        self.key = key
        self.credits = credits
        self.revoked = revoked
        self.ledger = ledger
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
