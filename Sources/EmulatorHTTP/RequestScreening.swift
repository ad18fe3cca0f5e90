import HTTPMessages

/// Checks a request must pass before it is handed over, so that what cannot be served is
/// refused at once (400/413/414/501) instead of waiting for a body that never ends or being
/// read in a way a proxy in front would read differently (RFC 9112 §6, request smuggling).
enum RequestScreening {
    /// What the raw request target says (seen in the URI log callback, before libmicrohttpd
    /// unescapes the path or splits the query): a refusal, and whether the query must be
    /// dropped so that MHD does not exhaust the connection's memory parsing it.
    static func target(_ uri: UnsafeBufferPointer<UInt8>, _ configuration: ServerConfiguration) -> (Refusal?, dropQuery: Bool) {
        let mark = uri.firstIndex(of: UInt8(ascii: "?"))
        let path = UnsafeBufferPointer(rebasing: uri[..<(mark ?? uri.endIndex)])
        if uri.count > configuration.maxURIBytes {
            return (Refusal(status: 414, message: "request target of \(uri.count) bytes is longer than the \(configuration.maxURIBytes)-byte limit"), true)
        }
        if let mark {
            let query = uri[(mark + 1)...]
            let parameters = query.split(separator: UInt8(ascii: "&")).count
            if parameters > configuration.maxQueryParameters {
                return (Refusal(status: 414, message: "\(parameters) query parameters is more than the \(configuration.maxQueryParameters) allowed"), true)
            }
        }
        if let control = controlCharacter(in: path) {
            return (Refusal(status: 400, message: "request path contains the control character \(control); percent-encoded or not, control characters are not allowed in a path"), false)
        }
        return (nil, false)
    }

    /// The first control character in `path`, raw or percent-encoded, as `%XX`.
    static func controlCharacter(in path: UnsafeBufferPointer<UInt8>) -> String? {
        var i = path.startIndex
        while i < path.endIndex {
            let byte = path[i]
            if byte < 0x20 || byte == 0x7F { return percent(byte) }
            if byte == UInt8(ascii: "%"), i + 2 < path.endIndex, let high = path[i + 1].hexDigitValue, let low = path[i + 2].hexDigitValue {
                let decoded = high << 4 | low
                if decoded < 0x20 || decoded == 0x7F { return percent(decoded) }
                i += 3
                continue
            }
            i += 1
        }
        return nil
    }

    /// Method and framing headers, seen once the headers are in and before the body is read.
    static func head(method: String, headers: [(name: String, value: String)], _ configuration: ServerConfiguration) -> Refusal? {
        let methodBytes = method.utf8.count
        if methodBytes > configuration.maxMethodBytes {
            return Refusal(status: 501, message: "method \(String(method.prefix(16)))… (\(methodBytes) bytes) is not implemented")
        }
        if methodBytes == 0 || !method.utf8.allSatisfy(isTokenByte) {
            return Refusal(status: 400, message: "the request method is not an HTTP token")
        }
        // RFC 9112 §3.2: more than one Host is a 400; a second Origin could make the
        // browser check read one value and the sender mean another.
        for name in ["Host", "Origin"] where headers.lazy.filter({ $0.name.lowercased() == name.lowercased() }).count > 1 {
            return Refusal(status: 400, message: "a request may carry only one \(name) header")
        }
        let codings = values(of: "transfer-encoding", in: headers).map { $0.lowercased() }
        let lengths = values(of: "content-length", in: headers)
        if !codings.isEmpty {
            if !lengths.isEmpty {
                return Refusal(status: 400, message: "a request may not carry both Transfer-Encoding and Content-Length")
            }
            if codings.last != "chunked" {
                return Refusal(status: 400, message: "Transfer-Encoding \"\(codings.joined(separator: ", "))\" does not end in chunked, so the body length cannot be determined; send Content-Length or chunked")
            }
            if codings.filter({ $0 == "chunked" }).count > 1 {
                return Refusal(status: 400, message: "Transfer-Encoding applies chunked more than once")
            }
            if let other = codings.first(where: { $0 != "chunked" }) {
                return Refusal(status: 501, message: "transfer coding \"\(String(other.prefix(32)))\" is not implemented; send the body chunked or with Content-Length")
            }
            return nil
        }
        guard !lengths.isEmpty else { return nil }
        guard lengths.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else {
            return Refusal(status: 400, message: "Content-Length must be a decimal number of bytes")
        }
        // Leading zeros do not make a value different ("05" is 5, "000" is 0).
        let normalised = Set(lengths.map { digits -> String in
            let significant = digits.drop { $0 == "0" }
            return significant.isEmpty ? "0" : String(significant)
        })
        guard normalised.count == 1, let length = normalised.first else {
            return Refusal(status: 400, message: "conflicting Content-Length values: \(lengths.prefix(4).joined(separator: ", "))")
        }
        if length.utf8.count > 18 || (Int(length) ?? .max) > configuration.maxBodyBytes {
            return Refusal(status: 413, message: "request body is larger than the limit")
        }
        return nil
    }

    /// Every value of a header, comma-separated lists split, blanks dropped.
    private static func values(of name: String, in headers: [(name: String, value: String)]) -> [String] {
        headers.filter { $0.name.lowercased() == name }.flatMap { header in
            header.value.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        }
    }

    /// tchar (RFC 9110 §5.6.2).
    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(b)
        }
    }

    private static func percent(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
    }
}
