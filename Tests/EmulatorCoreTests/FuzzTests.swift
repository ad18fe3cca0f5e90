import Locking
import Testing
@testable import EmulatorCore
import ReAPIEmulatorTesting

/// Seeded fuzzing of everything a client or a scenario file feeds the core: JSON, scenario
/// loading with the built-in catalogue, bearer headers, request construction and whole requests
/// through `EmulatorApp.handle`. A smoke pass in every `swift test`; `scripts/fuzz.sh SECONDS`
/// runs the same targets longer (see `FuzzBudget`). A crash kills the test process: the script
/// then names the target, seed and case, which `REAPI_FUZZ_CASE` replays.
@Suite("Fuzz (seeded, bounded)")
struct FuzzTests {
    static let catalog = Result { try ModelCatalog.builtIn() }

    static var modelIDs: [String] { (try? catalog.get().knownModels.sorted()) ?? [] }

    /// Every field name any built-in model defines, and the names the docs say are refused.
    static var fieldNames: [String] {
        let defined = (try? catalog.get().models.flatMap { $0.source["fields"]?.objectValue?.keys.map { $0 } ?? [] }) ?? []
        return Array(Set(defined + ["image_urls", "image", "mask", "mask_url", "n", "num_images", "seed", "callback_url"])).sorted()
    }

    @Test("JSON: any bytes parse or throw; what parses writes back to the same value")
    func json() {
        FuzzDriver.run("json") { r, _ in
            let bytes = r.oneIn(5) ? (0..<r.below(64)).map { _ in UInt8(truncatingIfNeeded: r.next()) }
                                   : FuzzInputs.maybeDamaged(FuzzInputs.json(&r), &r)
            guard let value = try? JSONParser.parse(bytes) else { return }
            let written = JSONWriter.bytes(value)
            // The writer prints integral doubles as integers (`1e3` is written `1000`).
            #expect((try? JSONParser.parse(written)).map(Self.integral) == Self.integral(value),
                    "round trip of \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// `value` with every double the writer prints as an integer turned into that integer.
    static func integral(_ value: JSONValue) -> JSONValue {
        switch value {
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: .int(Int(d))
        case .array(let items): .array(items.map(integral))
        case .object(let object): .object(JSONObject(object.pairs.map { ($0.key, integral($0.value)) }))
        default: value
        }
    }

    @Test("scenarios: any text loads or lists problems; a loaded one starts an app that answers")
    func scenarios() throws {
        let catalog = try Self.catalog.get()
        let models = Self.modelIDs
        FuzzDriver.run("scenarios") { r, _ in
            let text = String(decoding: FuzzInputs.maybeDamaged(FuzzInputs.scenario(&r, models: models), &r), as: UTF8.self)
            let scenario: Scenario
            do { scenario = try ScenarioLoader.parse(text, knownModels: catalog.knownModels) } catch {
                #expect((error as? ScenarioError)?.problems.isEmpty == false, "a refused scenario names its problems")
                return
            }
            guard let app = try? EmulatorApp(configuration: EmulatorConfiguration(provider: .reapi, publicURL: "http://emu.test"),
                                             scenario: scenario, overrides: ClockOverrides(mode: .virtual), validator: catalog,
                                             renderImage: { _ in [] })
            else { return }
            let submit = app.handle(.make("POST", "/api/v1/images/generations", key: "rk_a",
                                          json: #"{"model": "\#(r.pick(models))", "prompt": "a red fox"}"#))
            if case .drop = submit.delivery { return }
            #expect((200...599).contains(submit.response.status))
        }
    }

    @Test("bearer: any header is a key, missing or malformed; a key read back parses to itself")
    func bearer() {
        FuzzDriver.run("bearer") { r, _ in
            var header = FuzzInputs.authorization(&r)
            if let given = header, r.oneIn(2) { header = String(decoding: FuzzInputs.damaged(Array(given.utf8), &r), as: UTF8.self) }
            guard case .success(let key) = BearerToken.parse(header) else { return }
            #expect(!key.isEmpty && key.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
            #expect(BearerToken.parse("Bearer " + key) == .success(key))
        }
    }

    @Test("requests: construction splits the query and lower-cases header names for any input")
    func requestConstruction() {
        FuzzDriver.run("requestConstruction") { r, _ in
            let raw = String(decoding: FuzzInputs.maybeDamaged(FuzzInputs.path(&r), &r), as: UTF8.self)
            var headers: [String: String] = [:]
            for _ in 0..<r.below(4) { headers[r.pick(["Authorization", "content-TYPE", "X-\(FuzzInputs.word(&r))", "é"])] = FuzzInputs.word(&r) }
            let request = HTTPRequest(method: r.pick(FuzzInputs.methods), path: raw, headers: headers)
            #expect(!request.path.contains("?"))
            #expect(request.headers.keys.allSatisfy { $0 == $0.lowercased() })
            for name in headers.keys { #expect(request.header(name) != nil) }
        }
    }

    @Test("whole requests: every answer is a valid status with a request id, JSON where it says JSON, no render over the limit")
    func handle() throws {
        let catalog = try Self.catalog.get()
        let models = Self.modelIDs, fields = Self.fieldNames
        let largest = Locked(0)
        let app = try EmulatorApp(configuration: EmulatorConfiguration(provider: .reapi, publicURL: "http://emu.test"),
                                  overrides: ClockOverrides(mode: .virtual), validator: catalog,
                                  renderImage: { image in
                                      largest.withLock { $0 = max($0, image.width, image.height) }
                                      return [0xFF, 0xD8]
                                  })
        FuzzDriver.run("handle") { r, _ in
            let path = FuzzInputs.path(&r)
            var headers: [String: String] = [:]
            if let authorization = FuzzInputs.authorization(&r) { headers["Authorization"] = authorization }
            if r.oneIn(2) { headers["Content-Type"] = r.pick(["application/json", "text/plain", "application/yaml"]) }
            let method = r.oneIn(4) ? r.pick(FuzzInputs.methods)
                : path.contains("generations") || path.contains("advance") || path.contains("reset") ? "POST"
                : path.contains("/accounts/") || path.hasSuffix("scenario") ? r.pick(["GET", "PUT"])
                : path.hasPrefix("/_emulator/sessions") ? r.pick(["GET", "POST", "DELETE"]) : "GET"
            let request = HTTPRequest(method: method, path: path, headers: headers,
                                      body: FuzzInputs.body(&r, path: path, models: models, fields: fields), bodyTooLarge: r.oneIn(50))
            let answer = app.handle(request)
            if case .drop = answer.delivery { return }
            let response = answer.response
            #expect((200...599).contains(response.status), "\(method) \(path) answered \(response.status)")
            #expect(response.header("X-Request-Id")?.hasPrefix("req_") == true)
            if response.header("Content-Type") == "application/json" {
                #expect((try? JSONParser.parse(response.body)) != nil, "\(method) \(path): body is not JSON")
            }
        }
        #expect(largest.withLock { $0 } <= ModelDefinition.maxImageSide)
    }
}
