@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Submit → processing → completed for each envelope family, with the real catalogue on a
/// virtual clock (docs/contract.md §3 canonical, §4 imagen-4-0, §5 API in One).
@Suite("Task lifecycle per envelope family")
struct LifecycleTests {
    /// A submit body and what its completed task must hand out.
    struct Case: Sendable, CustomTestStringConvertible {
        var model: String
        var body: String
        var images: Int
        var fileExtension: String
        var testDescription: String { "\(model) (\(images) × .\(fileExtension))" }
    }

    static let canonical: [Case] = [
        Case(model: "gpt-image-2-official", body: #"{"model":"gpt-image-2-official","prompt":"a castle","n":3,"quality":"low"}"#,
             images: 3, fileExtension: "png"),
        Case(model: "gpt-image-2", body: #"{"model":"gpt-image-2","prompt":"a castle","resolution":"2k"}"#,
             images: 1, fileExtension: "png"),
        Case(model: "z-image", body: #"{"model":"z-image","prompt":"a castle","aspect_ratio":"16:9"}"#,
             images: 1, fileExtension: "jpg"),
    ]

    static let apiInOne: [Case] = [
        Case(model: "imagen4", body: #"{"model":"imagen4","prompt":"ramen","num_images":2}"#, images: 2, fileExtension: "png"),
        Case(model: "imagen4-fast", body: #"{"model":"imagen4-fast","prompt":"ramen"}"#, images: 1, fileExtension: "png"),
        Case(model: "imagen4-ultra", body: #"{"model":"imagen4-ultra","prompt":"ramen","num_images":4}"#, images: 4, fileExtension: "png"),
    ]

    /// `<publicURL>/media/tasks/<id without task_>/<i>.<ext>` for i in 0..<count.
    static func expectedURLs(_ id: String, count: Int, fileExtension: String) -> [JSONValue] {
        let key = id.hasPrefix("task_") ? String(id.dropFirst(5)) : id
        return (0..<count).map { .string("\(EmulatorHarness.publicURL)/media/tasks/\(key)/\($0).\(fileExtension)") }
    }

    // MARK: Canonical

    @Test("canonical: submit answers processing, polls stay processing, then completed with n URLs", arguments: canonical)
    func canonicalLifecycle(_ c: Case) throws {
        let emu = try EmulatorHarness()
        let submitted = emu.submit(c.body)
        #expect(submitted.status == 200)
        #expect(submitted.header("Content-Type") == "application/json")
        let body = try #require(submitted.json)
        let id = try #require(body["id"]?.stringValue)
        #expect(TaskIDShape.isHex32(id), "\(id)")
        #expect(body["model"] == .string(c.model))
        #expect(body["status"] == "processing")
        #expect(body["created_at"] == .int(Int(EmulatorHarness.start.unixSeconds)))
        #expect(body["output"] == .null)
        #expect(body["error"] == .null)

        // Submit and poll share one shape: the poll right away repeats the submit answer.
        let early = emu.poll(id)
        #expect(early.status == 200)
        #expect(early.json == body)

        let settles = try emu.settlesAt(id)
        try emu.advance(to: settles.adding(milliseconds: -1))
        #expect(emu.poll(id).json?["status"] == "processing")
        #expect(emu.poll(id).json?["output"] == .null)

        emu.advance(milliseconds: 1)
        let done = try #require(emu.poll(id).json)
        #expect(done["status"] == "completed")
        #expect(done["id"] == .string(id))
        #expect(done["model"] == .string(c.model))
        #expect(done["created_at"] == body["created_at"])
        #expect(done["error"] == .null)
        #expect(done["output"]?["image_urls"] == .array(Self.expectedURLs(id, count: c.images, fileExtension: c.fileExtension)))
    }

    @Test("canonical: a failed task has output null and error {code, message}")
    func canonicalFailed() throws {
        let emu = try EmulatorHarness("rules: [{match: {model: z-image}, fail: {code: 80003, after: 4s}}]")
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        emu.advance(seconds: 4)
        let failed = try #require(emu.poll(id).json)
        #expect(failed["status"] == "failed")
        #expect(failed["output"] == .null)
        #expect(failed["error"]?["code"] == 80003)
        #expect(failed["error"]?["message"]?.stringValue?.isEmpty == false)
        #expect(failed["error"]?.objectValue?.keys == ["code", "message"])
    }

    @Test("canonical: the status is only ever processing, completed or failed")
    func canonicalStatuses() throws {
        let emu = try EmulatorHarness("rules: [{match: {nth: 2}, fail: {code: 80001}}]")
        let ids = try (0..<3).map { _ in try emu.accepted(#"{"model":"z-image","prompt":"p"}"#) }
        var seen: Set<String> = []
        for _ in 0..<40 {
            for id in ids { seen.insert(emu.poll(id).json?["status"]?.stringValue ?? "?") }
            emu.advance(seconds: 1)
        }
        #expect(seen == ["processing", "completed", "failed"])
    }

    // MARK: imagen-4-0

    @Test("imagen-4-0: submit is {code, data:[{status: submitted, task_id}]} with a ULID id; poll goes processing → completed")
    func imagenLifecycle() throws {
        let emu = try EmulatorHarness()
        let submitted = emu.submit(#"{"model":"imagen-4-0","prompt":"a fox"}"#)
        #expect(submitted.status == 200)
        let body = try #require(submitted.json)
        #expect(body["code"] == 200)
        let entries = try #require(body["data"]?.arrayValue)
        #expect(entries.count == 1)
        #expect(entries.first?["status"] == "submitted")
        let id = try #require(entries.first?["task_id"]?.stringValue)
        #expect(TaskIDShape.isULID(id), "\(id)")

        let created = Int(EmulatorHarness.start.unixSeconds)
        let processing = try #require(emu.poll(id).json)
        #expect(processing["code"] == 200)
        #expect(processing["data"]?["id"] == .string(id))
        #expect(processing["data"]?["status"] == "processing")
        #expect(processing["data"]?["progress"] == 0)
        #expect(processing["data"]?["created"] == .int(created))
        #expect(processing["data"]?["result"] == nil)

        let settles = try emu.settlesAt(id)
        let halfway = (settles.milliseconds - EmulatorHarness.start.milliseconds) / 2
        emu.advance(milliseconds: halfway)
        let progress = try #require(emu.poll(id).json?["data"]?["progress"]?.intValue)
        #expect((1...99).contains(progress))

        try emu.advance(to: settles)
        let done = try #require(emu.poll(id).json?["data"])
        #expect(done["status"] == "completed")
        #expect(done["progress"] == 100)
        #expect(done["created"] == .int(created))
        #expect(done["completed"] == .int(Int(settles.unixSeconds)))
        let images = try #require(done["result"]?["images"]?.arrayValue)
        #expect(images.map { $0["url"] } == Self.expectedURLs(id, count: 1, fileExtension: "png").map { Optional($0) })
        // URLs are valid 24 hours from completion.
        #expect(images.first?["expires_at"] == .int(Int((settles.milliseconds + 86_400_000 + 999) / 1000)))
    }

    @Test("imagen-4-0: a failed task carries data.error {code, message}")
    func imagenFailed() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80006}}]")
        let id = try emu.accepted(#"{"model":"imagen-4-0","prompt":"a fox"}"#)
        try emu.advance(to: try emu.settlesAt(id))
        let data = try #require(emu.poll(id).json?["data"])
        #expect(data["id"] == .string(id))
        #expect(data["status"] == "failed")
        #expect(data["error"]?["code"] == 80006)
        #expect(data["error"]?["message"] == "Request violates content policy")
        #expect(data["result"] == nil)
    }

    // MARK: API in One

    @Test("API in One: submit is {code, message, data:{task_id, status: IN_PROGRESS}}; poll goes IN_PROGRESS → completed",
          arguments: apiInOne)
    func apiInOneLifecycle(_ c: Case) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let submitted = emu.submit(c.body)
        #expect(submitted.status == 200)
        let body = try #require(submitted.json)
        #expect(body["code"] == 200)
        #expect(body["message"] == "success")
        #expect(body["data"]?["status"] == "IN_PROGRESS")
        let id = try #require(body["data"]?["task_id"]?.stringValue)
        #expect(TaskIDShape.isAPIInOne(id, model: c.model), "\(id)")

        let processing = try #require(emu.poll(id).json)
        #expect(processing["code"] == 200)
        #expect(processing["message"] == "success")
        #expect(processing["data"]?["task_id"] == .string(id))
        #expect(processing["data"]?["status"] == "IN_PROGRESS")
        #expect(processing["data"]?["output"] == .null)
        #expect(processing["data"]?["error"] == .null)

        try emu.advance(to: try emu.settlesAt(id))
        let done = try #require(emu.poll(id).json?["data"])
        #expect(done["status"] == "completed")
        #expect(done["error"] == .null)
        #expect(done["output"]?["image_urls"] == .array(Self.expectedURLs(id, count: c.images, fileExtension: c.fileExtension)))
    }

    @Test("API in One: a failed task is status failed with error {code, message} and output null")
    func apiInOneFailed() throws {
        let emu = try EmulatorHarness(provider: .apiinone, scenario: "rules: [{fail: {code: 80003, message: upstream said no}}]")
        let id = try emu.accepted(#"{"model":"imagen4","prompt":"ramen"}"#)
        try emu.advance(to: try emu.settlesAt(id))
        let data = try #require(emu.poll(id).json?["data"])
        #expect(data["status"] == "failed")
        #expect(data["output"] == .null)
        #expect(data["error"] == ["code": 80003, "message": "upstream said no"])
    }

    // MARK: Timings and seeds

    /// A body and the documented duration range, in seconds, of the task it creates.
    struct Timing: Sendable, CustomTestStringConvertible {
        var provider: Provider = .reapi
        var body: String
        var seconds: ClosedRange<Int64>
        var testDescription: String { "\(body) → \(seconds.lowerBound)–\(seconds.upperBound) s" }
    }

    static let timings: [Timing] = [
        // Seed 002's polling table (auto quality runs as high).
        Timing(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"low"}"#, seconds: 20...40),
        Timing(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"medium"}"#, seconds: 30...60),
        Timing(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"high","resolution":"2k"}"#, seconds: 60...120),
        Timing(body: #"{"model":"gpt-image-2-official","prompt":"p","resolution":"2k"}"#, seconds: 60...120),
        Timing(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"high","resolution":"4k","size":"16:9"}"#,
               seconds: 120...180),
        // docs/models.md choices.
        Timing(body: #"{"model":"gpt-image-2","prompt":"p"}"#, seconds: 30...60),
        Timing(body: #"{"model":"gpt-image-2","prompt":"p","resolution":"4k","size":"21:9"}"#, seconds: 120...180),
        Timing(body: #"{"model":"z-image","prompt":"p"}"#, seconds: 2...6),
        Timing(body: #"{"model":"imagen-4-0","prompt":"p"}"#, seconds: 5...15),
        // Seed 004: typical time 3–8 seconds.
        Timing(provider: .apiinone, body: #"{"model":"imagen4","prompt":"p"}"#, seconds: 3...8),
        Timing(provider: .apiinone, body: #"{"model":"imagen4-ultra","prompt":"p"}"#, seconds: 3...8),
    ]

    @Test("the drawn duration lies within the model's documented range, for many seeds", arguments: timings)
    func durationsWithinRange(_ t: Timing) throws {
        var drawn: Set<Int64> = []
        for seed in UInt64(0)..<40 {
            let emu = try EmulatorHarness(provider: t.provider, seed: seed)
            for _ in 0..<5 {
                let id = try emu.accepted(t.body)
                let milliseconds = try emu.settlesAt(id).milliseconds - EmulatorHarness.start.milliseconds
                #expect(milliseconds >= t.seconds.lowerBound * 1000 && milliseconds <= t.seconds.upperBound * 1000,
                        "seed \(seed): \(milliseconds) ms")
                drawn.insert(milliseconds)
            }
        }
        // Drawn, not fixed: 200 draws spread over the range.
        #expect(drawn.count > 100)
    }

    /// What one run hands out: task ids and their durations, in submit order.
    private func run(seed: UInt64, provider: Provider = .reapi, bodies: [String]) throws -> [String: Int64] {
        let emu = try EmulatorHarness(provider: provider, seed: seed)
        var out: [String: Int64] = [:]
        for body in bodies {
            let id = try emu.accepted(body)
            out[id] = try emu.settlesAt(id).milliseconds
        }
        return out
    }

    static let mixedBodies = [
        #"{"model":"gpt-image-2-official","prompt":"p","n":2}"#, #"{"model":"z-image","prompt":"p"}"#,
        #"{"model":"imagen-4-0","prompt":"p"}"#, #"{"model":"gpt-image-2","prompt":"p"}"#, #"{"model":"z-image","prompt":"q"}"#,
    ]

    @Test("--seed: two emulators with the same seed hand out the same ids and durations", arguments: [UInt64(0), 7, 0xDEAD_BEEF])
    func seedRepeatability(seed: UInt64) throws {
        let first = try run(seed: seed, bodies: Self.mixedBodies)
        let second = try run(seed: seed, bodies: Self.mixedBodies)
        #expect(first.count == Self.mixedBodies.count)
        #expect(first == second)
        let apiFirst = try run(seed: seed, provider: .apiinone, bodies: [#"{"model":"imagen4","prompt":"p"}"#, #"{"model":"imagen-4","prompt":"p"}"#])
        let apiSecond = try run(seed: seed, provider: .apiinone, bodies: [#"{"model":"imagen4","prompt":"p"}"#, #"{"model":"imagen-4","prompt":"p"}"#])
        #expect(apiFirst == apiSecond)
    }

    @Test("--seed: ids and durations follow from the submits alone, whatever else is asked in between")
    func seedIgnoresOtherRequests() throws {
        let quiet = try EmulatorHarness(seed: 11)
        let busy = try EmulatorHarness(seed: 11)
        var quietRun: [String: Int64] = [:], busyRun: [String: Int64] = [:]
        for (index, body) in Self.mixedBodies.enumerated() {
            // What a client and its tooling do between submits, varying in number from run to
            // run: readiness probes, polls, refused requests, media fetches, control reads.
            for _ in 0..<(index * 3 + 1) {
                _ = busy.respond(.make("GET", "/_emulator/health"))
                _ = busy.poll("task_00000000000000000000000000000000")
                _ = busy.submit(#"{"model":"z-image"}"#)
                _ = busy.respond(.make("POST", EmulatorHarness.submitPath, key: nil, json: #"{"model":"z-image","prompt":"p"}"#))
                _ = busy.media("/media/tasks/00000000000000000000000000000000/0.png")
                _ = try busy.controlJSON("GET", "/_emulator/tasks")
            }
            let q = try quiet.accepted(body), b = try busy.accepted(body)
            quietRun[q] = try quiet.settlesAt(q).milliseconds
            busyRun[b] = try busy.settlesAt(b).milliseconds
            _ = busy.poll(b)
        }
        #expect(quietRun == busyRun)
    }

    @Test("different seeds hand out different ids")
    func seedsDiffer() throws {
        let a = try run(seed: 1, bodies: Self.mixedBodies)
        let b = try run(seed: 2, bodies: Self.mixedBodies)
        #expect(Set(a.keys).isDisjoint(with: b.keys))
    }

    @Test("task ids are unique within a run and keep their shape", arguments: ["gpt-image-2-official", "imagen-4-0"])
    func uniqueIDs(model: String) throws {
        let emu = try EmulatorHarness()
        let ids = try (0..<300).map { _ in try emu.accepted(#"{"model":"\#(model)","prompt":"p"}"#) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(model == "imagen-4-0" ? TaskIDShape.isULID : TaskIDShape.isHex32))
    }

    @Test("imagen-4-0 ULIDs start with the submit time (48-bit milliseconds, Crockford base 32)")
    func ulidTimePrefix() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#)
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        let time = id.dropFirst(5).prefix(10).reduce(Int64(0)) { $0 * 32 + Int64(alphabet.firstIndex(of: $1) ?? 0) }
        #expect(time == EmulatorHarness.start.milliseconds)
    }
}
