/// The models one provider serves, as a value (`GET /_emulator/models`, `reapi-emulator
/// models`): rendered as JSON (`json`) or, by the CLI, as a table. The table reads the typed
/// summary below, never the JSON back.
public struct ModelListing: Sendable {
    public var provider: Provider
    /// Sorted by id.
    public var models: [ModelDefinition]

    public init(provider: Provider, models: [ModelDefinition]) {
        self.provider = provider
        self.models = models
    }

    /// `{"provider", "count", "models": [...]}`.
    public var json: JSONValue {
        ["provider": .string(provider.rawValue), "count": .int(models.count), "models": .array(models.map(\.listingEntry))]
    }
}

/// What a readable table shows of one model.
extension ModelDefinition {
    /// How many files a request makes: a count field, or the counts a table gives by its axes.
    public enum ImageCountSummary: Sendable, Equatable {
        case field(String)
        case table(counts: [Int], by: [String])
    }

    /// The cheapest and dearest entries of the price table, in its unit, per what, by which axes.
    public struct PriceSummary: Sendable, Equatable {
        public var lowest: Double
        public var highest: Double
        public var inDollars: Bool
        public var per: String
        public var by: [String]
    }

    /// The request fields a caller may send (forbidden ones left out), in order, with whether each is required.
    public var callerFields: [(name: String, required: Bool)] {
        fields.filter { $0.kind != .forbidden }.map { ($0.name, $0.required) }
    }

    public var imageCountSummary: ImageCountSummary {
        if let imageCountField { return .field(imageCountField) }
        let counts = Set(Self.leaves(source["images"] ?? 1).map { Int($0) })
        return .table(counts: counts.sorted(), by: (source["images_by"]?.arrayValue ?? []).compactMap(\.stringValue))
    }

    public var priceSummary: PriceSummary? {
        let leaves = Self.leaves(source["price_per_image"])
        guard let low = leaves.min(), let high = leaves.max() else { return nil }
        return PriceSummary(lowest: low, highest: high, inDollars: price.unit == .usd, per: pricePer,
                            by: (source["price_by"]?.arrayValue ?? []).compactMap(\.stringValue))
    }

    /// What the price is per: `image`, `request`, `second`, `minute` (per a count field's entry).
    var pricePer: String {
        pricedPerRequest ? "request" : pricedPerSecond ? "second"
            : pricedPerMinute ? (priceCountField.map { "minute per \($0) entry" } ?? "minute") : "image"
    }

    /// Every number in a lookup table, however deep.
    static func leaves(_ table: JSONValue?) -> [Double] {
        switch table {
        case .object(let object)?: return object.pairs.flatMap { leaves($0.value) }
        case let leaf?: return leaf.doubleValue.map { [$0] } ?? []
        case nil: return []
        }
    }
}
