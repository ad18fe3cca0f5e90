/// The one bound on credit values (balances, prices, ledger amounts): 10^15 credits, $10^12.
///
/// Scenario files, the control API and the Swift API all refuse or clamp balances above it, and
/// every charge, refund and adjustment is booked with checked arithmetic, so no client value can make the
/// ledger overflow. Prices are far below it (a fixture caps one image at 1,000,000 credits).
public enum CreditBounds {
    /// The largest balance an account holds: 10^15 credits.
    public static let maxBalance = 1_000_000_000_000_000
    /// Every balance the emulator accepts.
    public static let balances = 0...maxBalance
    /// The balance an account starts with when neither the scenario (`default_credits`, an
    /// account's `credits`) nor the embedder says otherwise.
    public static let defaultBalance = 1_000_000
    /// How messages name the bound.
    static let boundText = "an integer from 0 to 10^15 (\(maxBalance))"

    /// `balance` after moving `amount` (negative: a charge), held within `balances`; never traps.
    static func balance(_ balance: Int, moving amount: Int) -> Int {
        let (sum, overflow) = balance.addingReportingOverflow(amount)
        if overflow { return amount > 0 ? maxBalance : 0 }
        return min(max(sum, 0), maxBalance)
    }

    /// A balance sent to the control API (`PUT /_emulator/accounts/{key}` `credits`): an
    /// integer in `balances`, else `invalid_value` (400, 20003) naming the bound.
    static func requestedBalance(_ value: JSONValue) throws(APIError) -> Int {
        // An integral number is an integer (`50.0`), as JSON Schema and the submit fields count it.
        guard let credits = value.intValue ?? value.doubleValue.flatMap({ Int(exactly: $0) }), balances.contains(credits) else {
            throw APIError(.invalidValue, "credits must be \(boundText), got \(describe(value))")
        }
        return credits
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .int(let i): String(i)
        case .double(let d): String(d)
        default: value.typeName
        }
    }
}
