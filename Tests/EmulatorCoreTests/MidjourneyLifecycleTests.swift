@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// `midjourney` through the whole emulator: the follow-up actions need a completed task of the
/// same key. Expected values come from the published reference: 4 images per request (upscale 1),
/// the grid tiles (16:9 1456×816, 1:1 1024×1024, 2:3 896×1344), the SKUs
/// midjourney:imagine:relax $0.051796 / fast $0.063296 / turbo $0.115 and midjourney:edit:* $0.063296 / $0.063296 / $0.115.
@Suite("midjourney: actions and follow-ups")
struct MidjourneyLifecycleTests {
    /// Submits, runs the clock past the task's end and returns its id.
    func completed(_ emu: EmulatorHarness, _ json: String, key: String? = nil) throws -> String {
        let id = try emu.accepted(json, key: key)
        try emu.advance(to: try emu.settlesAt(id))
        return id
    }

    /// The image URLs of a completed task in the imagen-style poll body.
    func imageURLs(_ emu: EmulatorHarness, _ id: String, key: String? = nil) throws -> [String] {
        let body = try #require(emu.poll(id, key: key).json)
        #expect(body["data"]?["status"]?.stringValue == "completed")
        return (body["data"]?["result"]?["images"]?.arrayValue ?? []).compactMap { $0["url"]?.stringValue }
    }

    func sizes(_ emu: EmulatorHarness, _ urls: [String]) -> [String] {
        urls.map { url in
            _ = emu.media(url)
            return emu.renderer.requested.last.map { "\($0.width)x\($0.height)" } ?? "none"
        }
    }

    @Test("imagine: data[0].task_id at submit, completes with 4 images of the 16:9 tile")
    func imagine() throws {
        let emu = try EmulatorHarness()
        let response = emu.submit(#"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond"}"#)
        #expect(response.status == 200)
        let id = try #require(response.json?["data"]?[0]?["task_id"]?.stringValue)
        #expect(TaskIDShape.isULID(id))
        #expect(response.json?["data"]?[0]?["status"]?.stringValue == "submitted")
        try emu.advance(to: try emu.settlesAt(id))
        let urls = try imageURLs(emu, id)
        #expect(urls.count == 4)
        #expect(sizes(emu, urls) == Array(repeating: "1456x816", count: 4))
        #expect(emu.media(urls[0]).header("content-type") == "image/png")
    }

    @Test("upscale of a completed grid with index: 1 image, the parent's tile")
    func upscale() throws {
        let emu = try EmulatorHarness()
        let grid = try completed(emu, #"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond", "size": "1:1"}"#)
        let up = try completed(emu, #"{"model": "midjourney", "action": "upscale", "task_id": "\#(grid)", "index": 4}"#)
        let urls = try imageURLs(emu, up)
        #expect(urls.count == 1)
        #expect(sizes(emu, urls) == ["1024x1024"])
        #expect(try emu.task(up)["parameters"]?["size"]?.stringValue == "1:1")
    }

    @Test("variation, reroll, zoom, pan and remix make a new grid of 4 at the parent's tile")
    func gridFollowUps() throws {
        let emu = try EmulatorHarness()
        let grid = try completed(emu, #"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond", "size": "2:3"}"#)
        let bodies = [
            #""action": "variation", "index": 2"#, #""action": "high_variation", "index": 1"#,
            #""action": "low_variation", "index": 3"#, #""action": "reroll""#, #""action": "zoom", "index": 1, "zoom_ratio": 1.5"#,
            #""action": "pan", "index": 1, "direction": "left""#, #""action": "remix_strong", "index": 1, "prompt": "at night""#,
            #""action": "remix_subtle", "index": 4"#,
        ]
        for fields in bodies {
            let id = try completed(emu, #"{"model": "midjourney", "task_id": "\#(grid)", \#(fields)}"#)
            let urls = try imageURLs(emu, id)
            #expect(urls.count == 4, "\(fields)")
            #expect(Set(sizes(emu, urls)) == ["896x1344"], "\(fields)")
        }
    }

    @Test("blend and edits create grids of 4; blend's dimensions pick the size")
    func blendAndEdits() throws {
        let emu = try EmulatorHarness()
        let blend = try completed(emu, #"{"model": "midjourney", "action": "blend", "dimensions": "PORTRAIT", "image_urls": ["https://cdn.example/a.png", "https://cdn.example/b.png"]}"#)
        #expect(Set(sizes(emu, try imageURLs(emu, blend))) == ["896x1344"])
        let edits = try completed(emu, #"{"model": "midjourney", "action": "edits", "prompt": "add snow", "image_urls": ["https://cdn.example/a.png"]}"#)
        #expect(try imageURLs(emu, edits).count == 4)
    }

    @Test("the parent must exist, be this key's, be a midjourney task and be completed")
    func parentChecks() throws {
        let emu = try EmulatorHarness()
        func upscaleOf(_ id: String, key: String? = nil) -> HTTPResponse {
            emu.submit(#"{"model": "midjourney", "action": "upscale", "task_id": "\#(id)", "index": 1}"#, key: key)
        }
        func expect(_ response: HTTPResponse, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(response.status == 400, sourceLocation: sourceLocation)
            #expect(response.errorCode == 20003, sourceLocation: sourceLocation)
            #expect(response.errorMessage == message, sourceLocation: sourceLocation)
        }
        expect(upscaleOf("task_01KV52C0TEJSYZMCG0NCS4YWKK"), #"task_id "task_01KV52C0TEJSYZMCG0NCS4YWKK" does not exist"#)
        let running = try emu.accepted(#"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond"}"#)
        expect(upscaleOf(running), #"task_id "\#(running)" is processing; only a completed task can be followed up"#)
        try emu.advance(to: try emu.settlesAt(running))
        expect(upscaleOf(running, key: "rk_test_someone_else"), #"task_id "\#(running)" belongs to another API key"#)
        let zImage = try completed(emu, #"{"model": "z-image", "prompt": "a koi pond"}"#)
        expect(upscaleOf(zImage), #"task_id "\#(zImage)" is a z-image task; midjourney can only follow midjourney"#)
        #expect(upscaleOf(running).status == 200)
    }

    @Test("index 1-4: 0 and 5 are out of range, and an upscaled task holds only index 1")
    func indexRange() throws {
        let emu = try EmulatorHarness()
        let grid = try completed(emu, #"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond"}"#)
        for index in [0, 5] {
            let response = emu.submit(#"{"model": "midjourney", "action": "upscale", "task_id": "\#(grid)", "index": \#(index)}"#)
            #expect(response.errorCode == 20003)
            #expect(response.errorMessage == "index must be between 1 and 4")
        }
        let single = try completed(emu, #"{"model": "midjourney", "action": "upscale", "task_id": "\#(grid)", "index": 2}"#)
        let response = emu.submit(#"{"model": "midjourney", "action": "variation", "task_id": "\#(single)", "index": 2}"#)
        #expect(response.errorCode == 20003)
        #expect(response.errorMessage == #"index 2 is out of range: task "\#(single)" has 1 image"#)
        #expect(emu.submit(#"{"model": "midjourney", "action": "variation", "task_id": "\#(single)", "index": 1}"#).status == 200)
    }

    @Test("refusals are never charged; accepted follow-ups are charged per request")
    func charging() throws {
        let emu = try EmulatorHarness()
        let grid = try completed(emu, #"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond", "speed": "fast"}"#)
        _ = emu.submit(#"{"model": "midjourney", "action": "upscale", "task_id": "task_nope"}"#)
        _ = try emu.accepted(#"{"model": "midjourney", "action": "upscale", "task_id": "\#(grid)", "speed": "turbo"}"#)
        #expect(try emu.ledger().map(\.amount) == [-64, -115])
    }
}

@Suite("mj-v7 family: through the emulator")
struct MJV7LifecycleTests {
    @Test("mj-v7 grid, then mj-v7-upscale of one image: canonical envelope, one image at twice the tile")
    func gridThenUpscale() throws {
        let emu = try EmulatorHarness()
        let grid = try emu.accepted(#"{"model": "mj-v7", "prompt": "a fox --ar 16:9"}"#)
        #expect(TaskIDShape.isHex32(grid))
        let early = emu.submit(#"{"model": "mj-v7-upscale", "model_params": {"task_id": "\#(grid)", "image_number": 0}}"#)
        #expect(early.errorMessage == #"model_params.task_id "\#(grid)" is processing; only a completed task can be followed up"#)
        try emu.advance(to: try emu.settlesAt(grid))
        #expect(emu.poll(grid).json?["output"]?["image_urls"]?.arrayValue?.count == 4)
        let up = try emu.accepted(#"{"model": "mj-v7-upscale", "model_params": {"task_id": "\#(grid)", "image_number": 3}}"#)
        try emu.advance(to: try emu.settlesAt(up))
        let urls = try #require(emu.poll(up).json?["output"]?["image_urls"]?.arrayValue)
        #expect(urls.count == 1)
        _ = emu.media(try #require(urls.first?.stringValue))
        let image = try #require(emu.renderer.requested.last)
        #expect((image.width, image.height) == (2912, 1632))
        #expect(try emu.ledger().map(\.amount) == [-88, -131])
    }
}
