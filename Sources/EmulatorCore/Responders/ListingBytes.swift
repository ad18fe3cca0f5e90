/// Listings are bounded by bytes as well as by count: a page of 1,000 journal entries or
/// advance changes naming 2 KB callback URLs and 8 KB paths would otherwise be megabytes long.
/// A page stops at the item that would take it past `max` bytes of JSON (at least one item is
/// listed); the listing then says `"truncated": true` and its cursor continues after the last
/// item listed (docs/limits.md, "Control reads").
enum ListingBytes {
    /// Bytes of listed items one answer carries at most (choice).
    static let max = 1 << 20

    /// How many of `items`, taken in order, fit in `limit` bytes of JSON (at least one).
    static func fitting<S: Sequence>(_ items: S, limit: Int = max) -> Int where S.Element == JSONValue {
        var used = 0, kept = 0
        for item in items {
            used += JSONWriter.bytes(item).count + 1
            if used > limit, kept > 0 { break }
            kept += 1
        }
        return kept
    }
}
