@testable import EmulatorCore
import Synchronization
import Testing

/// Records every picture the core asks the media layer to draw and answers with bytes that
/// follow from it, so a test sees exactly which `MediaImage` a URL produced.
final class RecordingRenderer: Sendable {
    private let images = Mutex<[MediaImage]>([])

    var requested: [MediaImage] { images.withLock { $0 } }

    var render: MediaRendering {
        { [self] image in
            images.withLock { $0.append(image) }
            return Array("\(image.format.rawValue) \(image.width)x\(image.height) \(image.seed)".utf8)
        }
    }
}

/// An `EmulatorApp` with the REAL model catalogue on a virtual clock, and the calls the
/// contract tests make on it: submit, poll, media, clock and ledger through the control API.
struct ContractHarness {
    /// 2026-01-01T00:00:00Z: where every harness clock starts.
    static let start = Timestamp(unixSeconds: 1_767_225_600)
    static let publicURL = "https://emu.test"
    static let submitPath = "/api/v1/images/generations"

    let app: EmulatorApp
    let renderer: RecordingRenderer
    /// The key requests carry unless a test names another.
    let key: String

    /// - Parameters:
    ///   - scenario: YAML text, checked against the real catalogue (empty: no scenario).
    ///   - credits: balance of keys created on first use.
    init(provider: Provider = .reapi, scenario yaml: String = "", seed: UInt64 = 1, credits: Int = 1_000_000) throws {
        let catalog = try builtInCatalog.get()
        let scenario = try ScenarioLoader.parse(yaml, catalog: catalog)
        var configuration = EmulatorConfiguration(provider: provider, publicURL: Self.publicURL, seed: seed)
        configuration.defaultCredits = credits
        renderer = RecordingRenderer()
        app = try EmulatorApp(configuration: configuration, clock: EmulatorClock(mode: .virtual, start: Self.start),
                              scenario: scenario, clockOverride: .init(mode: .virtual, seed: seed),
                              validator: catalog, renderImage: renderer.render)
        key = provider == .reapi ? "rk_test_contract" : "aio_test_contract"
    }

    // MARK: Provider API

    func submit(_ json: String, key: String? = nil) -> HTTPResponse {
        app.handle(.make("POST", Self.submitPath, key: key ?? self.key, json: json))
    }

    /// Submits `json`, requires a 200 and returns the task id from whichever envelope came back.
    func accepted(_ json: String, key: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let response = submit(json, key: key)
        #expect(response.status == 200, "submit refused: \(response.bodyText)", sourceLocation: sourceLocation)
        return try #require(response.json.flatMap(Self.taskID(in:)), "no task id in \(response.bodyText)",
                            sourceLocation: sourceLocation)
    }

    func poll(_ id: String, key: String? = nil) -> HTTPResponse {
        app.handle(.make("GET", "/api/v1/tasks/\(id)", key: key ?? self.key))
    }

    /// A result URL handed out by the emulator (absolute) or a path, fetched with no key.
    func media(_ url: String, method: String = "GET") -> HTTPResponse {
        let path = url.hasPrefix(Self.publicURL) ? String(url.dropFirst(Self.publicURL.count)) : url
        return app.handle(.make(method, path, key: nil))
    }

    /// The task id of a submit answer in any of the three envelope families.
    static func taskID(in body: JSONValue) -> String? {
        body["id"]?.stringValue ?? body["data"]?.arrayValue?.first?["task_id"]?.stringValue
            ?? body["data"]?["task_id"]?.stringValue
    }

    // MARK: Control API

    var now: Timestamp { app.clock.now() }

    /// Moves the virtual clock through `POST /_emulator/clock/advance`.
    func advance(milliseconds: Int64) throws {
        _ = try app.control(json: "POST", "/_emulator/clock/advance", body: #"{"milliseconds": \#(milliseconds)}"#)
    }

    func advance(seconds: Int64) throws { try advance(milliseconds: seconds * 1000) }

    /// Moves the clock to exactly `time` (never backwards).
    func advance(to time: Timestamp) throws {
        let delta = time.milliseconds - now.milliseconds
        try #require(delta >= 0, "cannot move the clock back from \(now) to \(time)")
        try advance(milliseconds: delta)
    }

    /// `GET /_emulator/tasks/{id}`.
    func task(_ id: String) throws -> JSONValue { try app.control(json: "GET", "/_emulator/tasks/\(id)") }

    /// When the task completes or fails, from the task view's `settles_at`.
    func settlesAt(_ id: String) throws -> Timestamp {
        try #require(try task(id)["settles_at"]?.stringValue.flatMap(TimestampText.parse))
    }

    /// `GET /_emulator/accounts/{key}`: balance and ledger.
    func account(_ key: String? = nil) throws -> JSONValue {
        try app.control(json: "GET", "/_emulator/accounts/\(key ?? self.key)")
    }

    func credits(_ key: String? = nil) throws -> Int {
        try #require(try account(key)["credits"]?.intValue)
    }

    /// The ledger as `(reason, amount, task_id)` triples, oldest first.
    func ledger(_ key: String? = nil) throws -> [(reason: String, amount: Int, taskID: String?)] {
        try (account(key)["ledger"]?.arrayValue ?? []).map { entry in
            (entry["reason"]?.stringValue ?? "", entry["amount"]?.intValue ?? 0, entry["task_id"]?.stringValue)
        }
    }
}

/// The documented task id shapes (CONTRACTS.md §3, §4, §5).
enum TaskIDShape {
    static let crockford = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// `task_` + 32 lower-case hex characters.
    static func isHex32(_ id: String) -> Bool {
        guard id.hasPrefix("task_") else { return false }
        let tail = id.dropFirst(5)
        return tail.count == 32 && tail.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// `task_` + a 26-character upper-case Crockford ULID.
    static func isULID(_ id: String) -> Bool {
        guard id.hasPrefix("task_") else { return false }
        let tail = id.dropFirst(5)
        return tail.count == 26 && tail.allSatisfy(crockford.contains)
    }

    /// `n` + two digits + 4 or more alphanumerics + `_` + the model id without dashes.
    static func isAPIInOne(_ id: String, model: String) -> Bool {
        let parts = id.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == model.filter({ $0 != "-" }) else { return false }
        let head = Array(parts[0])
        return head.count >= 7 && head[0] == "n" && head[1].isASCII && head[1].isNumber && head[2].isASCII && head[2].isNumber
            && head[3...].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Any of the three: what a media URL's key segment may be (after `task_` is dropped).
    static func isMediaKey(_ key: String) -> Bool {
        isHex32("task_" + key) || isULID("task_" + key)
            || (key.split(separator: "_").count == 2 && isAPIInOne(key, model: String(key.split(separator: "_")[1])))
    }

    /// A `req_` + lower-case version-4 UUID request id.
    static func isRequestID(_ id: String) -> Bool {
        guard id.hasPrefix("req_") else { return false }
        let groups = id.dropFirst(4).split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { $0.allSatisfy { $0.isHexDigit && !$0.isUppercase } } && groups[2].first == "4"
    }
}
