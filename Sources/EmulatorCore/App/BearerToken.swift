/// Reads `Authorization: Bearer <key>` (CONTRACTS.md §2: 10001 missing, 10002 malformed).
enum BearerToken {
    enum Failure: Error, Sendable { case missing, malformed }

    static func parse(_ header: String?) -> Result<String, Failure> {
        guard let header else { return .failure(.missing) }
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return .failure(.malformed) }
        let key = String(parts[1])
        guard key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return .failure(.malformed) }
        return .success(key)
    }
}
