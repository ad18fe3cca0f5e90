import EmulatorCore
import EmulatorMedia
import HTTPMessages

/// `reapi-emulator diff`: replays a recording against a fresh in-process emulator on a
/// virtual clock moved to each recorded time, and checks each answer against the recorded
/// one (docs/drift.md): status, error code, envelope shape, each task's status sequence,
/// pixel size of media. Task ids and result URLs are mapped from the recording's to the
/// emulator's as the answers hand them out.
public struct DriftReplay {
    public var provider: Provider
    public var scenario: Scenario
    public var scenarioText: String?
    public var seed: UInt64?

    public init(provider: Provider = .reapi, scenario: Scenario = .empty, scenarioText: String? = nil, seed: UInt64? = nil) {
        self.provider = provider
        self.scenario = scenario
        self.scenarioText = scenarioText
        self.seed = seed
    }

    /// The same, with the scenario read from a file or text (as `serve --scenario` reads it).
    public init(provider: Provider, scenario source: ScenarioSource?, seed: UInt64? = nil) throws {
        let (scenario, _, text) = try source.map(ScenarioFiles.resolve) ?? (Scenario.empty, "none", nil)
        self.init(provider: provider, scenario: scenario, scenarioText: text, seed: seed)
    }

    /// Reads each recording (JSON lines) and replays it against its own fresh emulator.
    public func replay(files: [String]) throws -> DriftChecks {
        var all = DriftChecks()
        for file in files {
            let data: [UInt8]
            do { data = try BoundedFileReader.read(file, upTo: .max) } catch { throw RecordingError("\(file): \(error)") }
            var exchanges: [RecordedExchange] = []
            for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                do {
                    if let exchange = try RecordedExchange.parse(String(line)) { exchanges.append(exchange) }
                } catch {
                    throw RecordingError("\(file):\(number + 1): \(error)")
                }
            }
            all.merge(try replay(exchanges, source: String(file.split(separator: "/").last ?? Substring(file))))
        }
        return all
    }

    static let submitEndpoint = "POST /api/v1/images/generations"
    static let pollEndpoint = "GET /api/v1/tasks/{id}"
    static let mediaEndpoint = "GET /media/tasks/{task}/{file}"
    static let publicURL = "http://replay.invalid"

    /// The checks of one recording; `source` names it in the details.
    public func replay(_ exchanges: [RecordedExchange], source: String) throws -> DriftChecks {
        var checks = DriftChecks()
        let ordered = exchanges.sorted { ($0.startedMilliseconds, $0.sequence) < ($1.startedMilliseconds, $1.sequence) }
        guard let first = ordered.first else { return checks }
        let clock = EmulatorClock(mode: .virtual, start: Timestamp(milliseconds: first.startedMilliseconds))
        let renderer = ImageRenderer(cacheLimitBytes: 16 << 20)
        let app = try EmulatorApp(configuration: EmulatorConfiguration(provider: provider, publicURL: Self.publicURL, seed: seed ?? 0),
                                  clock: clock, scenario: scenario, scenarioText: scenarioText,
                                  overrides: ClockOverrides(mode: .virtual, seed: seed),
                                  validator: try ModelCatalog.builtIn()) { try renderer.image(for: $0) }
        var state = ReplayState()
        for exchange in ordered {
            guard let status = exchange.status, let recorded = exchange.response else {
                checks.skipped += 1
                continue
            }
            guard let endpoint = Self.endpoint(exchange) else {
                checks.skipped += 1
                continue
            }
            let delta = exchange.startedMilliseconds - clock.now().milliseconds
            if delta > 0 { clock.advance(byMilliseconds: delta) }
            let place = "\(source) seq \(exchange.sequence)"
            let (request, model) = state.request(for: exchange, endpoint: endpoint, provider: provider)
            // A result image is a render job: the replay draws it here, on its own thread.
            let handled = app.handle(request)
            let answer = handled.resolvedResponse()
            // A fresh tally per exchange, merged after: handing the Comparer the whole tally
            // copied it on every append, quadratic in the exchanges (20k polls took 60 s).
            var compare = Comparer(endpoint: endpoint, model: model, place: place, checks: DriftChecks())
            compare.check(.status, status == answer.status, "HTTP \(status) recorded, \(answer.status) from the emulator")
            if endpoint == Self.mediaEndpoint {
                if status == 200 {
                    let emulated = ImageProbe.info(answer.body)
                    compare.check(.pixels, recorded.image == emulated,
                                  "image \(recorded.image?.description ?? "none") recorded, \(emulated?.description ?? "none") from the emulator")
                }
            } else {
                let mine = try? JSONParser.parse(answer.body)
                let theirs = try? JSONParser.parse(recorded.body)
                if let theirs, let mine {
                    // The recording is read from its bytes; the emulator's code is the one its answer reports.
                    let a = EnvelopeReading.errorCode(theirs), b = handled.outcome.shownErrorCode
                    if a != nil || b != nil {
                        compare.check(.errorCode, a == b, "error code \(a.map(String.init) ?? "none") recorded, \(b.map(String.init) ?? "none") from the emulator")
                    }
                    let sa = EnvelopeReading.shape(theirs), sb = EnvelopeReading.shape(mine)
                    compare.check(.envelope, sa == sb, Self.shapeDifference(recorded: sa, emulated: sb))
                    state.learn(exchange, endpoint: endpoint, recorded: theirs, emulated: mine, model: model)
                } else {
                    compare.check(.envelope, (theirs == nil) == (mine == nil),
                                  theirs == nil ? "recorded body is not JSON" : "the emulator's body is not JSON")
                }
            }
            checks.merge(compare.checks)
        }
        for (recordedID, sequences) in state.sequences.sorted(by: { $0.key < $1.key }) {
            var compare = Comparer(endpoint: Self.pollEndpoint, model: state.models[recordedID], place: "\(source) task \(recordedID)",
                                   checks: DriftChecks())
            let a = Self.collapsed(sequences.recorded), b = Self.collapsed(sequences.emulated)
            compare.check(.statusSequence, a == b, "statuses \(a.joined(separator: " → ")) recorded, \(b.joined(separator: " → ")) from the emulator")
            checks.merge(compare.checks)
        }
        return checks
    }

    /// The endpoint an exchange is scored under; nil for paths the emulator does not emulate.
    static func endpoint(_ e: RecordedExchange) -> String? {
        if e.method == "POST", e.path == "/api/v1/images/generations" { return submitEndpoint }
        if e.method == "GET", e.path.hasPrefix("/api/v1/tasks/"), e.path.count > "/api/v1/tasks/".count { return pollEndpoint }
        if e.method == "GET", e.origin == "recorder" || e.path.hasPrefix("/media/") { return mediaEndpoint }
        return nil
    }

    static func collapsed(_ statuses: [String]) -> [String] {
        statuses.reduce(into: []) { out, s in if out.last != s { out.append(s) } }
    }

    static func shapeDifference(recorded: Set<String>, emulated: Set<String>) -> String {
        let missing = recorded.subtracting(emulated).sorted(), extra = emulated.subtracting(recorded).sorted()
        var parts: [String] = []
        if !missing.isEmpty { parts.append("recorded only: " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { parts.append("emulator only: " + extra.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}

/// What the replay learns as it goes: recorded task ids and result URLs → the emulator's.
struct ReplayState {
    var tasks: [String: String] = [:]
    var models: [String: String] = [:]
    var urls: [String: (path: String, model: String?)] = [:]
    var sequences: [String: (recorded: [String], emulated: [String])] = [:]

    /// The request to send the emulator for a recorded one, and the model it is about.
    func request(for e: RecordedExchange, endpoint: String, provider: Provider) -> (HTTPRequest, String?) {
        var headers: [String: String] = [:]
        if let type = e.request.headers["content-type"] { headers["content-type"] = type }
        if let auth = e.request.headers["authorization"] { headers["authorization"] = Self.replayAuthorization(auth, provider: provider) }
        switch endpoint {
        case DriftReplay.submitEndpoint:
            let model = (try? JSONParser.parse(e.request.body))?["model"]?.stringValue
            return (HTTPRequest(method: e.method, path: e.path, query: e.query, headers: headers, body: e.request.body), model)
        case DriftReplay.pollEndpoint:
            let recordedID = String(e.path.dropFirst("/api/v1/tasks/".count))
            let path = "/api/v1/tasks/" + (tasks[recordedID] ?? recordedID)
            return (HTTPRequest(method: e.method, path: path, query: e.query, headers: headers), models[recordedID])
        default:
            let key = e.url ?? e.path
            let mapped = urls[key] ?? urls[e.path]
            return (HTTPRequest(method: "GET", path: mapped?.path ?? e.path, headers: [:]), mapped?.model)
        }
    }

    /// `Bearer [redacted]` → a fixed replay key of the provider's shape; another scheme
    /// stays another scheme, so 10001/10002 answers replay as they were.
    static func replayAuthorization(_ recorded: String, provider: Provider) -> String {
        let parts = recorded.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return "malformed" }
        let key = provider == .reapi ? "rk_drift_replay" : "aio_drift_replay"
        return parts[0].lowercased() == "bearer" ? "Bearer \(key)" : "\(parts[0]) \(key)"
    }

    mutating func learn(_ e: RecordedExchange, endpoint: String, recorded: JSONValue, emulated: JSONValue, model: String?) {
        switch endpoint {
        case DriftReplay.submitEndpoint:
            guard let theirs = EnvelopeReading.taskID(recorded), let mine = EnvelopeReading.taskID(emulated) else { return }
            tasks[theirs] = mine
            models[theirs] = model
        case DriftReplay.pollEndpoint:
            let recordedID = String(e.path.dropFirst("/api/v1/tasks/".count))
            let a = EnvelopeReading.status(recorded), b = EnvelopeReading.status(emulated)
            if a != nil || b != nil {
                sequences[recordedID, default: ([], [])].recorded.append(a ?? "(none)")
                sequences[recordedID, default: ([], [])].emulated.append(b ?? "(none)")
            }
            for (theirs, mine) in zip(EnvelopeReading.imageURLs(recorded), EnvelopeReading.imageURLs(emulated)) {
                let path = mine.hasPrefix(DriftReplay.publicURL) ? String(mine.dropFirst(DriftReplay.publicURL.count)) : mine
                urls[theirs] = (path, models[recordedID])
                if let url = AbsoluteURL(theirs) { urls[url.path.percentDecoded ?? url.path] = (path, models[recordedID]) }
            }
        default:
            break
        }
    }
}
