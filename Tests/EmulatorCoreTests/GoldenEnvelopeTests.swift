@testable import EmulatorCore
import ReAPIEmulatorTesting
import Foundation
import Testing

/// Real answers against `fixtures/golden/*.json`, and the golden files against the examples
/// docs/contract.md and the providers' pages print.
@Suite("Golden envelopes")
struct GoldenEnvelopeTests {
    static let lifecycleFiles = [
        "canonical.gpt-image-2-official.json", "canonical.z-image.json", "imagen.imagen-4-0.json", "apiinone.imagen4.json",
    ]
    static let errorFiles = ["errors.reapi.json", "errors.apiinone.json"]

    static func provider(of golden: JSONValue) throws -> Provider {
        try #require(golden["provider"]?.stringValue.flatMap(Provider.init(rawValue:)))
    }

    @Test("every golden file is exercised")
    func everyFileIsUsed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: GoldenEnvelope.directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(Self.lifecycleFiles + Self.errorFiles))
    }

    @Test("submit, processing, completed and failed answers match the golden file field by field and in order",
          arguments: lifecycleFiles)
    func lifecycle(file: String) throws {
        let golden = try GoldenEnvelope.load(file)
        let provider = try Self.provider(of: golden)
        let request = JSONWriter.string(try #require(golden["request"]))
        let answers = golden["answers"]

        let emu = try EmulatorHarness(provider: provider)
        let submitted = emu.submit(request)
        GoldenEnvelope.expectMatch(submitted, answers?["submit"], "\(file) submit")
        let id = try #require(submitted.json.flatMap(HTTPResponse.taskID(in:)))
        GoldenEnvelope.expectMatch(emu.poll(id), answers?["processing"], "\(file) processing")
        try emu.advance(to: emu.settlesAt(id))
        GoldenEnvelope.expectMatch(emu.poll(id), answers?["completed"], "\(file) completed")

        let failing = try EmulatorHarness(provider: provider, scenario: try #require(golden["fail_scenario"]?.stringValue))
        let failedID = try failing.accepted(request)
        try failing.advance(to: failing.settlesAt(failedID))
        GoldenEnvelope.expectMatch(failing.poll(failedID), answers?["failed"], "\(file) failed")
    }

    /// `(file, case)` for every error case the golden files hold.
    static var errorCases: [(String, String)] {
        errorFiles.flatMap { file in
            ((try? GoldenEnvelope.load(file))?["cases"]?.objectValue?.keys ?? []).map { (file, $0) }
        }
    }

    @Test("error answers match the golden file field by field and in order", arguments: errorCases)
    func errors(file: String, name: String) throws {
        let golden = try GoldenEnvelope.load(file)
        let entry = try #require(golden["cases"]?[name])
        let request = try #require(entry["request"])
        let emu = try EmulatorHarness(provider: Self.provider(of: golden), scenario: entry["scenario"]?.stringValue ?? "")
        var json: String?
        switch request["json"] {
        case .string(let raw)?: json = raw
        case let value?: json = JSONWriter.string(value)
        case nil: json = nil
        }
        let headers = (request["headers"]?.objectValue?.pairs ?? []).reduce(into: [String: String]()) { $0[$1.key] = $1.value.stringValue }
        let http = HTTPRequest.make(try #require(request["method"]?.stringValue), try #require(request["path"]?.stringValue),
                                    key: request["key"]?.stringValue, json: json, headers: headers)
        var response = emu.respond(http)
        for _ in 1..<(entry["repeat"]?.intValue ?? 1) { response = emu.respond(http) }
        GoldenEnvelope.expectMatch(response, entry["answer"], "\(file) \(name)")
        // The request id in the body is the one in the X-Request-Id header.
        if let requestID = response.json?["error"]?["request_id"] {
            #expect(requestID.stringValue == response.header("X-Request-Id"))
        }
    }

    @Test("the error golden files cover the documented codes and types")
    func errorCoverage() throws {
        let reapi = try GoldenEnvelope.load("errors.reapi.json")["cases"]?.objectValue?.pairs ?? []
        let codes = Set(reapi.compactMap { $0.value["answer"]?["body"]?["error"]?["code"]?.intValue })
        #expect(codes.isSuperset(of: [10001, 10002, 10003, 10004, 10006, 20001, 20002, 20003, 20004, 20005, 20006, 20007,
                                            30001, 30002, 40001, 50001, 60099, 70001, 70002]))
        let apiInOne = try GoldenEnvelope.load("errors.apiinone.json")["cases"]?.objectValue?.pairs ?? []
        let types = Set(apiInOne.compactMap { pair -> String? in
            guard let error = pair.value["answer"]?["body"]?["error"], error["code"]?.intValue == pair.value["answer"]?["status"]?.intValue
            else { return nil }
            return "\(error["code"]?.intValue ?? 0) \(error["type"]?.stringValue ?? "")"
        })
        #expect(types.isSuperset(of: ["401 authentication_error", "402 insufficient_credits", "404 not_found",
                                      "429 rate_limit_exceeded", "400 invalid_request"]))
    }

    // MARK: The golden files against the documented examples

    /// An example as docs/contract.md or a provider page prints it, and the golden answer it must describe.
    struct Example: Sendable, CustomTestStringConvertible {
        var source: String
        var file: String
        /// Path to the golden answer inside the file (`answers.submit`, `cases.missing_field`).
        var answer: [String]
        var json: String
        var testDescription: String { "\(source) ↔ \(file) \(answer.joined(separator: "."))" }
    }

    /// Transcribed from the documents. `"…"` stands for any string, `"text…"` for any string
    /// starting with `text`, `["…"]` for any array; everything else must match exactly after
    /// normalising ids, times and URL bases.
    static let examples: [Example] = [
        Example(source: "docs/contract.md §3 submit", file: "canonical.gpt-image-2-official.json", answer: ["answers", "submit"], json: """
            {"id": "task_018f5a3a1b6e7d9f8c2b4d6e8f0a2c4e", "model": "gpt-image-2-official", "status": "processing",
             "created_at": 1735000000, "output": null, "error": null}
            """),
        Example(source: "the gpt-image-2-official docs page response envelope", file: "canonical.gpt-image-2-official.json", answer: ["answers", "completed"], json: """
            {"id": "task_018f5a3a1b6e7d9f8c2b4d6e8f0a2c4e", "model": "gpt-image-2-official", "status": "completed",
             "created_at": 1735000000,
             "output": {"image_urls": ["https://cdn.reapi.ai/media/tasks/018f5a3a1b6e7d9f8c2b4d6e8f0a2c4e/0.png",
                                       "https://cdn.reapi.ai/media/tasks/018f5a3a1b6e7d9f8c2b4d6e8f0a2c4e/1.png"]},
             "error": null}
            """),
        Example(source: "docs/contract.md §3 failed", file: "canonical.gpt-image-2-official.json", answer: ["answers", "failed"], json: """
            {"id": "task_018f5a3a1b6e7d9f8c2b4d6e8f0a2c4e", "model": "gpt-image-2-official", "status": "failed",
             "created_at": 1735000000, "output": null, "error": {"code": 80003, "message": "…"}}
            """),
        Example(source: "docs/contract.md §4 submit", file: "imagen.imagen-4-0.json", answer: ["answers", "submit"], json: """
            {"code": 200, "data": [{"status": "submitted", "task_id": "task_01K8AYYM6R03TGZ3Q2P0TZVNPX"}]}
            """),
        Example(source: "docs/contract.md §4 poll", file: "imagen.imagen-4-0.json", answer: ["answers", "completed"], json: """
            {"code": 200, "data": {"id": "task_01K8AYYM6R03TGZ3Q2P0TZVNPX", "status": "completed", "progress": 100,
              "result": {"images": [{"url": "https://cdn.reapi.ai/media/tasks/01K8AYYM6R03TGZ3Q2P0TZVNPX/0.png", "expires_at": 1763174708}]},
              "created": 1763088289, "completed": 1763088308}}
            """),
        Example(source: "docs/contract.md §4 failed", file: "imagen.imagen-4-0.json", answer: ["answers", "failed"], json: """
            {"code": 200, "data": {"id": "task_01K8AYYM6R03TGZ3Q2P0TZVNPX", "status": "failed", "error": {"code": 80003, "message": "…"}}}
            """),
        Example(source: "docs/contract.md §5 submit", file: "apiinone.imagen4.json", answer: ["answers", "submit"], json: """
            {"code": 200, "message": "success", "data": {"task_id": "n47xxxx_imagen4", "status": "IN_PROGRESS"}}
            """),
        Example(source: "docs/contract.md §5 poll", file: "apiinone.imagen4.json", answer: ["answers", "completed"], json: """
            {"code": 200, "message": "success", "data": {"task_id": "n47xxxx_imagen4", "status": "completed",
             "output": {"image_urls": ["…"]}, "error": null}}
            """),
        Example(source: "docs/contract.md §2 error envelope", file: "errors.reapi.json", answer: ["cases", "missing_field"], json: """
            {"error": {"code": 20002, "message": "prompt is required", "request_id": "req_8a4f0d2e-1c8b-4f1a-9e2d-3b7c5a6f0a1b"}}
            """),
        Example(source: "docs/contract.md §5 errors", file: "errors.apiinone.json", answer: ["cases", "invalid_parameters"], json: """
            {"error": {"code": 400, "message": "Invalid parameters…", "type": "invalid_request"}}
            """),
    ]

    @Test("each golden answer has the shape, values and key order of the documented example", arguments: examples)
    func agreesWithDocuments(_ example: Example) throws {
        var entry = try GoldenEnvelope.load(example.file)
        for key in example.answer { entry = try #require(entry[key], "no \(key) in \(example.file)") }
        if example.answer.first == "cases" { entry = try #require(entry["answer"]) }
        let body = try #require(entry["body"])
        #expect(entry["status"] == 200 || example.answer.first == "cases")
        let documented = GoldenEnvelope.normalise(try JSONParser.parse(example.json), publicURL: "https://cdn.reapi.ai")
        let differences = Self.differences(body, documented)
        #expect(differences.isEmpty, "\(differences)")
    }

    /// Where `actual` departs from `example` (see `examples` for the wildcards).
    static func differences(_ actual: JSONValue, _ example: JSONValue, path: String = "$") -> [String] {
        switch (actual, example) {
        case (.object(let a), .object(let e)):
            guard a.keys == e.keys else { return ["\(path): keys \(a.keys), documented \(e.keys)"] }
            return e.keys.flatMap { differences(a[$0]!, e[$0]!, path: "\(path).\($0)") }
        case (.array, .array(let e)) where e == ["…"]:
            return []
        case (.array(let a), .array(let e)):
            guard a.count == e.count else { return ["\(path): \(a.count) items, documented \(e.count)"] }
            return zip(a, e).enumerated().flatMap { differences($0.element.0, $0.element.1, path: "\(path)[\($0.offset)]") }
        case (.string(let a), .string(let e)) where e.hasSuffix("…"):
            return a.hasPrefix(e.dropLast()) ? [] : ["\(path): \(a), documented \(e)"]
        default:
            return actual == example ? [] : ["\(path): \(JSONWriter.string(actual)), documented \(JSONWriter.string(example))"]
        }
    }
}
