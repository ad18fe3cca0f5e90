import EmulatorCore
import EmulatorHTTP
import Dispatch
import HTTPMessages
import Locking
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `reapi-emulator record`: a recording proxy. Each request a client sends is forwarded to
/// the upstream, answered with the upstream's answer, and written to the recording as one
/// JSON line the moment it completes (docs/drift.md). With `fetchMedia`, the result URLs
/// of a poll answer are fetched once each by the recorder too, so the recording holds
/// their pixel sizes even when clients download them from elsewhere.
public final class RecordingProxy: Sendable {
    public struct Options: Sendable {
        public var upstream: String
        public var host = "127.0.0.1"
        public var port: UInt16 = 0
        public var output: String
        public var fetchMedia = true
        public var timeoutSeconds = 300.0
        public var threads = 16
        /// Called once, from the thread that met it, when the recording cannot be written
        /// (a full disk): the message says why. `record` prints it and stops with status 1.
        public var onWriteFailure: (@Sendable (String) -> Void)?

        public init(upstream: String, output: String) {
            self.upstream = upstream.hasSuffix("/") ? String(upstream.dropLast()) : upstream
            self.output = output
        }
    }

    let server: HTTPServer
    let forwarder: RecordingForwarder

    /// `http://HOST:PORT` the proxy listens on.
    public let baseURL: String
    public var port: UInt16 { server.port }

    /// Opens the recording (truncating it), binds, and serves.
    public static func start(_ options: Options) throws -> RecordingProxy {
        try RecordingProxy(options)
    }

    private init(_ options: Options) throws {
        guard AbsoluteURL(options.upstream)?.hasValidPort == true else {
            throw RecordingError("--upstream \(options.upstream): give an http(s) URL such as https://api.example.com")
        }
        // Bind first: a port in use must not cost an existing recording its contents.
        let listener = try Listener(host: options.host, port: options.port)
        let forwarder = try RecordingForwarder(options)
        baseURL = "http://\(options.host == "0.0.0.0" ? "127.0.0.1" : options.host):\(listener.port)"
        var configuration = ServerConfiguration()
        configuration.threads = options.threads
        configuration.connectionTimeoutSeconds = Int(options.timeoutSeconds) + 30
        // The listener's own drain outlasts the recorder's: a call cancelled at `drainSeconds`
        // still gets its 502 sent (libcurl notices the cancel within about a second).
        configuration.drainSeconds = Self.drainSeconds + 3
        server = try HTTPServer(listener: listener, configuration: configuration) { .respond(forwarder.forward($0)) }
        self.forwarder = forwarder
    }

    /// Upstream calls (forwarded requests and result URLs) still running this long after a
    /// stop began are cancelled (choice, docs/drift.md): the same 5 s a `serve` stop gives
    /// the answers it handed out.
    public static let drainSeconds = 5.0

    /// Stops listening, lets the upstream calls in flight finish for `drainSeconds`, then
    /// cancels them (their clients get 502, their lines say `cancelled`) with the result URLs
    /// not fetched yet, and closes the file: a stop takes at most about 6 s, not `--timeout`.
    public func stop() {
        let forwarder = self.forwarder
        let cancel = DispatchWorkItem { forwarder.cancel() }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.drainSeconds, execute: cancel)
        server.stop()  // returns once every forwarded call has answered, or was cancelled
        forwarder.finish()
        cancel.cancel()
    }
}

/// The proxy's work for each request: forward, record, answer.
final class RecordingForwarder: Sendable {
    /// Result URLs remembered as fetched already; past it, the oldest are forgotten.
    static let maxFetchedURLs = 10_000

    let options: RecordingProxy.Options
    let writer: RecordingWriter
    let upstream: UpstreamClient
    let sequence = Atomic<Int>(0)
    let fetched = Locked<(set: Set<String>, order: [String])>(([], []))
    let mediaFetches = DispatchGroup()
    /// Result URLs waiting for a fetch, and how many fetches run.
    let mediaQueue = Locked<(pending: [String], running: Int)>(([], 0))
    /// Result URLs fetched at once, at most (choice): each holds its answer (up to 32 MiB).
    static let maxMediaFetches = 4
    /// Result URLs waiting, at most; past it a new one is not fetched (choice).
    static let maxPendingFetches = 1_000

    init(_ options: RecordingProxy.Options) throws {
        self.options = options
        // Before anything is created: without libcurl no request could be forwarded.
        try UpstreamClient.check().get()
        writer = try RecordingWriter(path: options.output, onFailure: options.onWriteFailure)
        upstream = UpstreamClient(timeoutSeconds: options.timeoutSeconds)
        writer.write(JSONWriter.string(["type": "recording", "format": 1, "upstream": .string(options.upstream),
                                        "started_at": .string(Timestamp(milliseconds: Self.wallMilliseconds()).iso8601)]))
    }

    /// Forwards one request, records the exchange, and returns the upstream's answer.
    func forward(_ request: HTTPRequest) -> HTTPResponse {
        let seq = sequence.add(1, ordering: .relaxed).newValue
        let started = Self.wallMilliseconds()
        var exchange = RecordedExchange(sequence: seq, method: request.method, path: request.path, query: request.query, url: nil,
                                        origin: "client", request: RecordedExchange.message(headers: request.headers, body: request.body),
                                        startedMilliseconds: started, finishedMilliseconds: started)
        var response: HTTPResponse
        if request.bodyTooLarge {
            exchange.error = "request body larger than the recorder's limit"
            response = Self.problem(413, exchange.error ?? "")
        } else if !Self.isOriginForm(request.path) {
            // `@otherhost:port/…` appended to the upstream would name another host.
            exchange.error = "only origin-form request targets (/path) are forwarded"
            response = Self.problem(400, exchange.error ?? "")
        } else if case let url = options.upstream + request.path + Self.queryString(request.query), AbsoluteURL(url) != nil {
            switch upstream.send(method: request.method, url: url, headers: request.headers, body: request.body) {
            case .success(let reply):
                exchange.status = reply.status
                exchange.response = RecordedExchange.message(headers: reply.headers, body: reply.body)
                let headers = reply.headers.filter { !UpstreamClient.droppedResponseHeaders.contains($0.key) }
                response = HTTPResponse(status: reply.status, headers: headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                        body: reply.body)
                if options.fetchMedia, reply.status == 200, request.path.hasPrefix("/api/v1/tasks/") {
                    fetchResults(in: reply.body)
                }
            case .failure(let error):
                exchange.error = "upstream unreachable: \(error)"
                response = Self.problem(502, exchange.error ?? "")
            }
        } else {
            exchange.error = "cannot form the upstream URL for \(request.path)"
            response = Self.problem(400, exchange.error ?? "")
        }
        exchange.finishedMilliseconds = Self.wallMilliseconds()
        writer.write(exchange.jsonLine)
        return response
    }

    /// Fetches each result URL of a poll answer not fetched before, in the background.
    private func fetchResults(in body: [UInt8]) {
        guard let json = try? JSONParser.parse(body) else { return }
        for link in EnvelopeReading.imageURLs(json) {
            let absolute = link.hasPrefix("http") ? link : options.upstream + link
            let isNew = fetched.withLock { f -> Bool in
                guard f.set.insert(absolute).inserted else { return false }
                f.order.append(absolute)
                if f.order.count > Self.maxFetchedURLs { f.set.remove(f.order.removeFirst()) }
                return true
            }
            guard isNew, AbsoluteURL(absolute) != nil else { continue }
            let start = mediaQueue.withLock { q -> Bool in
                guard q.pending.count < Self.maxPendingFetches else { return false }
                mediaFetches.enter()  // before a running loop can take it and leave
                q.pending.append(absolute)
                guard q.running < Self.maxMediaFetches else { return false }
                q.running += 1
                return true
            }
            if start { DispatchQueue.global().async { [self] in fetchPending() } }
        }
    }

    /// Fetches waiting result URLs one after the other until none is left (one of at most
    /// `maxMediaFetches` such loops).
    private func fetchPending() {
        while let url = mediaQueue.withLock({ q -> String? in
            if q.pending.isEmpty { q.running -= 1; return nil }
            return q.pending.removeFirst()
        }) {
            fetchResult(url)
            mediaFetches.leave()
        }
    }

    /// Fetches one result URL and records it.
    private func fetchResult(_ url: String) {
        let seq = sequence.add(1, ordering: .relaxed).newValue
        let started = Self.wallMilliseconds()
        let path = AbsoluteURL(url).map { $0.path.percentDecoded ?? $0.path } ?? url
        var exchange = RecordedExchange(sequence: seq, method: "GET", path: path, query: [:], url: url,
                                        origin: "recorder", request: RecordedExchange.message(headers: [:], body: []),
                                        startedMilliseconds: started, finishedMilliseconds: started)
        switch upstream.send(method: "GET", url: url, headers: [:], body: []) {
        case .success(let reply):
            exchange.status = reply.status
            exchange.response = RecordedExchange.message(headers: reply.headers, body: reply.body)
        case .failure(let error):
            exchange.error = "result URL unreachable: \(error)"
        }
        exchange.finishedMilliseconds = Self.wallMilliseconds()
        writer.write(exchange.jsonLine)
    }

    /// Cancels the upstream calls in flight and every later one, and drops the result URLs
    /// still waiting for a fetch.
    func cancel() {
        upstream.cancelAll()
        let dropped = mediaQueue.withLock { q -> Int in
            defer { q.pending.removeAll() }
            return q.pending.count
        }
        for _ in 0..<dropped { mediaFetches.leave() }
    }

    /// Waits (bounded) for result URLs being fetched, then closes the file (each upstream call
    /// has its own libcurl handle, so there is nothing to close there).
    func finish() {
        _ = mediaFetches.wait(timeout: .now() + RecordingProxy.drainSeconds + 5)
        writer.close()
    }

    /// An answer of the recorder itself (the upstream gave none), in reAPI's error shape.
    static func problem(_ status: Int, _ message: String) -> HTTPResponse {
        .json(status, ["error": ["code": .int(status), "message": .string("reapi-emulator record: " + message)]])
    }

    static func queryString(_ query: [String: String]) -> String {
        guard !query.isEmpty else { return "" }
        // Foundation's urlQueryAllowed without `&`, `=` and `+`.
        let allowed = "!$'()*,-./:;?@_~"
        let pairs = query.sorted { $0.key < $1.key }.map { key, value in
            key.percentEncoded(allowing: allowed) + "=" + value.percentEncoded(allowing: allowed)
        }
        return "?" + pairs.joined(separator: "&")
    }

    static func wallMilliseconds() -> Int64 { EmulatorClock.systemMilliseconds() }

    /// `/` then anything but a second `/` (`//host/…` is a network path): appended to the
    /// upstream's origin, the URL keeps the upstream's host.
    static func isOriginForm(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//")
    }
}

/// Appends lines to the recording; each `write` is one whole line written under a lock, so a
/// line is in the file as soon as its exchange completes and lines never interleave.
///
/// The file is opened without following a symlink and refused unless it is a regular file
/// (`--out /dev/null`, a FIFO or a link is not replaced); a write that fails (a full disk)
/// is reported once to `onFailure` and later lines are dropped, never a crash.
final class RecordingWriter: Sendable {
    private let descriptor: Locked<Int32?>
    private let onFailure: (@Sendable (String) -> Void)?
    private let path: String

    init(path: String, onFailure: (@Sendable (String) -> Void)? = nil) throws {
        self.path = path
        self.onFailure = onFailure
        descriptor = Locked(try OutputFile.open(path, flag: "--out"))
    }

    func write(_ line: String) {
        let failure = descriptor.withLock { fd -> String? in
            guard let open = fd else { return nil }
            if let error = OutputFile.writeAll(open, Array((line + "\n").utf8)) {
                Glibc.close(open)
                fd = nil
                return "cannot write the recording \(path): \(error); the recording stops here"
            }
            return nil
        }
        if let failure { onFailure?(failure) }
    }

    func close() {
        descriptor.withLock { fd in
            if let open = fd { Glibc.close(open) }
            fd = nil
        }
    }
}
