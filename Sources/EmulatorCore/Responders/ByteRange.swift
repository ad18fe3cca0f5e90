/// `Range: bytes=…` on media answers (RFC 9110 §14): video players and downloaders fetch a
/// clip in pieces. One range is served as 206 with `Content-Range`; several ranges, another
/// unit or a malformed header get the whole file (200), as the RFC allows; a range that starts
/// past the end is 416 with `Content-Range: bytes */<size>`. Every media answer says
/// `Accept-Ranges: bytes`.
enum ByteRange {
    /// `response` (a 200 with the whole file) cut to the range `header` asks for.
    static func apply(_ header: String?, to response: HTTPResponse) -> HTTPResponse {
        var response = response
        guard response.status == 200 else { return response }
        response.headers.append(("Accept-Ranges", "bytes"))
        guard let header, let range = parse(header, size: response.body.count) else { return response }
        let size = response.body.count
        switch range {
        case .unsatisfiable:
            response.status = 416
            response.headers.append(("Content-Range", "bytes */\(size)"))
            response.body = []
        case .bytes(let first, let last):
            response.status = 206
            response.headers.append(("Content-Range", "bytes \(first)-\(last)/\(size)"))
            response.body = Array(response.body[first...last])
        }
        return response
    }

    enum Parsed: Equatable {
        case bytes(Int, Int)
        case unsatisfiable
    }

    /// One `bytes=first-last`, `bytes=first-` or `bytes=-suffix` range; nil for anything else.
    static func parse(_ header: String, size: Int) -> Parsed? {
        let text = header.trimmingWhitespace
        guard text.lowercased().hasPrefix("bytes="), !text.contains(",") else { return nil }
        let spec = text.dropFirst(6)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let from = parts[0].isEmpty ? nil : Int(parts[0]), to = parts[1].isEmpty ? nil : Int(parts[1])
        if !parts[0].isEmpty, from == nil { return nil }
        if !parts[1].isEmpty, to == nil { return nil }
        switch (from, to) {
        case let (first?, last):
            if let last, last < first { return nil }
            guard first < size else { return .unsatisfiable }
            return .bytes(first, min(last ?? size - 1, size - 1))
        case let (nil, suffix?):
            guard suffix > 0, size > 0 else { return .unsatisfiable }
            return .bytes(max(0, size - suffix), size - 1)
        case (nil, nil):
            return nil
        }
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return self[start...end]
    }
}
