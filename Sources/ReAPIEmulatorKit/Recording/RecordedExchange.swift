import EmulatorCore

/// One line of a recording (docs/drift.md): a request a client sent through
/// `reapi-emulator record` and the upstream's answer, with secrets redacted.
public struct RecordedExchange: Sendable {
    /// A request or response as recorded: headers lower-cased with secrets redacted, the body
    /// as UTF-8 text (base64 when it is not text), images as their format and pixel size.
    public struct Message: Sendable {
        public var headers: [String: String]
        public var body: [UInt8]
        /// The body was longer than `RecordedExchange.maxStoredBody` and was cut.
        public var bodyTruncated = false
        public var bodySize: Int
        public var image: ImageProbe.Info?
    }

    public var sequence: Int
    public var method: String
    /// The path as sent, without the query.
    public var path: String
    public var query: [String: String]
    /// The absolute URL, for the result URLs the recorder fetched itself.
    public var url: String?
    /// `client` for requests a client sent; `recorder` for result URLs the recorder fetched.
    public var origin: String
    public var request: Message
    /// Unix milliseconds (wall clock) when the request arrived and when the answer was complete.
    public var startedMilliseconds: Int64
    public var finishedMilliseconds: Int64
    public var status: Int?
    public var response: Message?
    /// Why there is no response (the upstream could not be reached, timed out, …).
    public var error: String?

    /// Bodies past this many bytes are cut in the recording (images are never stored).
    public static let maxStoredBody = 1 << 20
    /// Request and response headers whose value is never written.
    public static let secretHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]

    /// `Bearer sk_live_…` → `Bearer [redacted]`: the scheme stays (a malformed header is
    /// still recognisably malformed), the credential goes.
    public static func redact(_ name: String, _ value: String) -> String {
        guard secretHeaders.contains(name) else { return value }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        return parts.count == 2 ? "\(parts[0]) [redacted]" : "[redacted]"
    }

    /// The message with secrets redacted and the body kept as the format says.
    public static func message(headers: [String: String], body: [UInt8]) -> Message {
        var redacted: [String: String] = [:]
        for (name, value) in headers { redacted[name.lowercased()] = redact(name.lowercased(), value) }
        let image = ImageProbe.info(body)
        let stored = image != nil ? [] : Array(body.prefix(maxStoredBody))
        return Message(headers: redacted, body: stored, bodyTruncated: image == nil && body.count > maxStoredBody,
                       bodySize: body.count, image: image)
    }

    // MARK: JSON lines

    /// The exchange as one JSON line (no newline).
    public var jsonLine: String {
        var line: JSONObject = ["type": "exchange", "seq": .int(sequence), "origin": .string(origin),
                                "started_at": .string(Timestamp(milliseconds: startedMilliseconds).iso8601),
                                "started_ms": .int(Int(startedMilliseconds)), "finished_ms": .int(Int(finishedMilliseconds))]
        var req: JSONObject = ["method": .string(method), "path": .string(path)]
        if !query.isEmpty { req["query"] = .object(JSONObject(query.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })) }
        if let url { req["url"] = .string(url) }
        Self.write(request, into: &req)
        line["request"] = .object(req)
        if let status, let response {
            var res: JSONObject = ["status": .int(status)]
            Self.write(response, into: &res)
            line["response"] = .object(res)
        } else {
            line["response"] = .null
            line["error"] = .string(error ?? "no response")
        }
        return JSONWriter.string(.object(line))
    }

    private static func write(_ m: Message, into o: inout JSONObject) {
        o["headers"] = .object(JSONObject(m.headers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        if let image = m.image {
            o["image"] = ["format": .string(image.format), "width": .int(image.width), "height": .int(image.height)]
        } else if let text = String(validating: m.body, as: UTF8.self) {
            o["body"] = .string(text)
        } else {
            o["body_base64"] = .string(Base64.encode(m.body))
        }
        o["body_size"] = .int(m.bodySize)
        if m.bodyTruncated { o["body_truncated"] = true }
    }

    /// Reads one line; nil for lines of another `type` (the header line) and throws for
    /// lines that are not a recorded exchange.
    public static func parse(_ line: String) throws -> RecordedExchange? {
        let value = try JSONParser.parse(Array(line.utf8))
        guard value["type"]?.stringValue == "exchange" else {
            if value["type"] != nil { return nil }
            throw RecordingError("not a recorded exchange (no \"type\")")
        }
        guard let req = value["request"], let method = req["method"]?.stringValue, let path = req["path"]?.stringValue,
              let started = value["started_ms"]?.intValue else {
            throw RecordingError("an exchange needs request.method, request.path and started_ms")
        }
        var query: [String: String] = [:]
        for (k, v) in req["query"]?.objectValue?.pairs ?? [] { query[k] = v.stringValue ?? "" }
        var exchange = RecordedExchange(
            sequence: value["seq"]?.intValue ?? 0, method: method, path: path, query: query, url: req["url"]?.stringValue,
            origin: value["origin"]?.stringValue ?? "client", request: message(from: req),
            startedMilliseconds: Int64(started), finishedMilliseconds: Int64(value["finished_ms"]?.intValue ?? started),
            status: nil, response: nil, error: value["error"]?.stringValue)
        if let res = value["response"], let status = res["status"]?.intValue {
            exchange.status = status
            exchange.response = message(from: res)
        }
        return exchange
    }

    private static func message(from o: JSONValue) -> Message {
        var headers: [String: String] = [:]
        for (k, v) in o["headers"]?.objectValue?.pairs ?? [] { headers[k] = v.stringValue ?? "" }
        var body: [UInt8] = []
        if let text = o["body"]?.stringValue { body = Array(text.utf8) }
        if let b64 = o["body_base64"]?.stringValue, let data = Base64.decode(b64) { body = data }
        var image: ImageProbe.Info?
        if let i = o["image"], let w = i["width"]?.intValue, let h = i["height"]?.intValue {
            image = ImageProbe.Info(format: i["format"]?.stringValue ?? "", width: w, height: h)
        }
        return Message(headers: headers, body: body, bodyTruncated: o["body_truncated"]?.boolValue ?? false,
                       bodySize: o["body_size"]?.intValue ?? body.count, image: image)
    }
}

/// A recording that cannot be read, with what is wrong.
public struct RecordingError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
