/// A model's price per image and how it turns into credits (1 credit = $0.001).
///
/// `usd` tables hold dollars per image, kept as integer micro-dollars so that
/// `credits = ceil(usd × n × 1000)` is exact: $0.0048 is 4800 µ$, one image is
/// ceil(4800 / 1000) = 5 credits, never 6 from a floating-point 4.8000000001.
/// `credits` tables hold whole credits per image, multiplied by the image count.
struct PriceTable: Sendable {
    enum Unit: String, Sendable, CaseIterable {
        case usd
        case credits
    }

    /// The most a single image may cost in a fixture: $1000, or 1,000,000 credits.
    static let maxMicroDollars = 1_000_000_000
    static let maxCredits = 1_000_000

    let unit: Unit
    /// Micro-dollars (`usd`) or credits (`credits`) per image.
    let perImage: LookupTable<Int>

    /// Credits for `count` images with these resolved fields; `nil` when the table has no entry.
    func credits(_ resolved: JSONObject, count: Int) -> Int? {
        guard let each = perImage.lookup(resolved, isLess: <) else { return nil }
        let (total, overflow) = each.multipliedReportingOverflow(by: count)
        guard !overflow, total >= 0 else { return nil }
        switch unit {
        case .usd: return total / 1000 + (total % 1000 == 0 ? 0 : 1)
        case .credits: return total
        }
    }

    /// Decodes one table entry: dollars (any JSON number) or whole credits.
    static func entry(unit: Unit) -> (JSONValue, String) throws(ModelDefinitionError) -> Int {
        { value, path throws(ModelDefinitionError) in
            switch unit {
            case .usd:
                guard let dollars = value.doubleValue, dollars >= 0,
                      dollars * 1_000_000 <= Double(maxMicroDollars) else {
                    throw ModelDefinitionError(path: path, "expected a price in USD between 0 and 1000")
                }
                return Int((dollars * 1_000_000).rounded())
            case .credits:
                return try FixtureObject.int(value, in: 0...maxCredits, path: path)
            }
        }
    }
}
