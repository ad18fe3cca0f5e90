/// Reads `Authorization: Bearer <key>` (docs/contract.md §2: 10001 missing, 10002 malformed).
enum BearerToken {
    enum Failure: Error, Sendable { case missing, malformed }

    static func parse(_ header: String?) -> Result<String, Failure> {
        guard let header else { return .failure(.missing) }
        // Byte-wise: "Bearer" (any case), spaces, then printable ASCII with no space.
        let bytes = Array(header.utf8)
        var i = bytes.startIndex
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        let scheme = Array("bearer".utf8)
        guard bytes.count - i > scheme.count,
              zip(bytes[i..<i + scheme.count], scheme).allSatisfy({ $0 | 0x20 == $1 }), bytes[i + scheme.count] == 0x20
        else { return .failure(.malformed) }
        i += scheme.count
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        var end = bytes.count
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        let key = bytes[i..<end]
        guard !key.isEmpty, key.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return .failure(.malformed) }
        return .success(String(decoding: key, as: UTF8.self))
    }
}
