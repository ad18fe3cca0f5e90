@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Result URLs served by the core: what they serve, when, and until when (docs/contract.md §6),
/// with a renderer that records the picture it was asked for.
@Suite("Media URLs (core)")
struct MediaTests {
    /// Submits `body`, moves the clock to the task's completion and returns its URLs.
    private func completed(_ emu: EmulatorHarness, _ body: String) throws -> (id: String, urls: [String], completedAt: Timestamp) {
        let id = try emu.accepted(body)
        let settles = try emu.settlesAt(id)
        try emu.advance(to: settles)
        let urls = try emu.task(id)["image_urls"]?.arrayValue?.compactMap(\.stringValue) ?? []
        try #require(!urls.isEmpty)
        return (id, urls, settles)
    }

    private func expectNotFound(_ response: HTTPResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == 404, "\(response.bodyText)", sourceLocation: sourceLocation)
        #expect(response.body.isEmpty == false, sourceLocation: sourceLocation)
    }

    // MARK: What is served

    @Test("a completed task's URLs serve its images; the renderer is asked for the order's size and format")
    func servesCompleted() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"gpt-image-2-official","prompt":"p","n":2,"size":"3:2","resolution":"2k","quality":"low"}"#)
        #expect(task.urls.count == 2)
        for url in task.urls {
            let response = emu.media(url)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "image/png")
        }
        let drawn = emu.renderer.requested
        #expect(drawn.count == 2)
        #expect(drawn.allSatisfy { $0.width == 2048 && $0.height == 1360 && $0.format == .png })
        #expect(drawn[0].seed != drawn[1].seed)
    }

    @Test("z-image serves JPEG under .jpg")
    func zImageJPEG() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"z-image","prompt":"p","aspect_ratio":"16:9"}"#)
        #expect(task.urls.first?.hasSuffix("/0.jpg") == true)
        let response = emu.media(task.urls[0])
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "image/jpeg")
        let image = try #require(emu.renderer.requested.first)
        #expect(image.width == 1280 && image.height == 720 && image.format == .jpeg)
    }

    @Test("HEAD is answered like GET")
    func head() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"z-image","prompt":"p"}"#)
        let head = emu.media(task.urls[0], method: "HEAD")
        #expect(head.status == 200)
        #expect(head.header("Content-Type") == "image/jpeg")
    }

    // MARK: What is not

    @Test("a task still processing has no image yet: 404")
    func processingIsNotFound() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        let url = try #require(try emu.task(id)["image_urls"]?.arrayValue?.first?.stringValue)
        let settles = try emu.settlesAt(id)
        try emu.advance(to: settles.adding(milliseconds: -1))
        expectNotFound(emu.media(url))
        emu.advance(milliseconds: 1)
        #expect(emu.media(url).status == 200)
        #expect(emu.renderer.requested.count == 1)
    }

    @Test("a failed task serves nothing: 404")
    func failedIsNotFound() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80003}}]")
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        let url = try #require(try emu.task(id)["image_urls"]?.arrayValue?.first?.stringValue)
        emu.advance(seconds: 3600)
        expectNotFound(emu.media(url))
        #expect(emu.renderer.requested.isEmpty)
    }

    @Test("unknown tasks, indexes past n, wrong extensions and traversal are 404, with an object-store XML body")
    func notFound() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"gpt-image-2-official","prompt":"p","n":2,"quality":"low"}"#)
        let key = String(task.id.dropFirst(5))
        let paths = [
            "/media/tasks/00000000000000000000000000000000/0.png",
            "/media/tasks/task_00000000000000000000000000000000/0.png",
            "/media/tasks/\(key)/2.png", "/media/tasks/\(key)/3.png", "/media/tasks/\(key)/-1.png",
            "/media/tasks/\(key)/00.png", "/media/tasks/\(key)/+1.png", "/media/tasks/\(key)/1.0.png",
            "/media/tasks/\(key)/0.jpg", "/media/tasks/\(key)/0.jpeg", "/media/tasks/\(key)/0.PNG", "/media/tasks/\(key)/0",
            "/media/tasks/\(key)/0.png.png", "/media/tasks/\(key)/.png", "/media/tasks/\(key.uppercased())/0.png",
            "/media/tasks/\(key)x/0.png", "/media/tasks/\(key)/99999999999999999999999.png",
            "/media/tasks/../\(key)/0.png", "/media/tasks/\(key)/../0.png", "/media/tasks/%2e%2e/0.png",
            "/media/tasks/\(key)/%2e%2e%2f0.png", "/media/tasks/..%2f\(key)/0.png", "/media/tasks/\(key)%2f..%2f/0.png",
            "/media/tasks/\(key)/0.png%00", "/media/\(key)/0.png", "/media/tasks/\(key)/0.png/extra",
            // The URL names the id without `task_`; the full id is not another spelling of it.
            "/media/tasks/\(task.id)/0.png",
        ]
        for path in paths {
            let response = emu.media(path)
            #expect(response.status == 404, "\(path) → \(response.status)")
        }
        let xml = emu.media("/media/tasks/\(key)/2.png")
        #expect(xml.header("Content-Type") == "application/xml")
        #expect(xml.bodyText.contains("<Error><Code>NoSuchKey</Code>"))
        #expect(emu.renderer.requested.isEmpty)
        // The real ones still work.
        #expect(task.urls.map { emu.media($0).status } == [200, 200])
    }

    @Test("media is not behind a key: any client may fetch a URL, and another key's poll does not matter")
    func noKeyNeeded() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"z-image","prompt":"p"}"#)
        #expect(emu.media(task.urls[0]).status == 200)
        let path = String(task.urls[0].dropFirst(EmulatorHarness.publicURL.count))
        #expect(emu.respond(.make("GET", path, key: "rk_someone_else")).status == 200)
    }

    // MARK: Expiry

    /// A model, its submit body and the documented URL lifetime in seconds.
    struct Lifetime: Sendable, CustomTestStringConvertible {
        var provider: Provider = .reapi
        var scenario = ""
        var body: String
        var seconds: Int64
        var testDescription: String { "\(body)\(scenario.isEmpty ? "" : " with \(scenario)") lives \(seconds) s" }
    }

    static let lifetimes: [Lifetime] = [
        Lifetime(body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"low"}"#, seconds: 7 * 86_400),
        Lifetime(body: #"{"model":"gpt-image-2","prompt":"p"}"#, seconds: 7 * 86_400),
        Lifetime(body: #"{"model":"z-image","prompt":"p"}"#, seconds: 86_400),
        Lifetime(body: #"{"model":"imagen-4-0","prompt":"p"}"#, seconds: 86_400),
        Lifetime(provider: .apiinone, body: #"{"model":"imagen4","prompt":"p","num_images":2}"#, seconds: 86_400),
        Lifetime(provider: .apiinone, body: #"{"model":"imagen4-fast","prompt":"p"}"#, seconds: 86_400),
        Lifetime(scenario: "url_ttl: {z-image: 1h}", body: #"{"model":"z-image","prompt":"p"}"#, seconds: 3600),
        Lifetime(scenario: "url_ttl: {gpt-image-2-official: 90s}", body: #"{"model":"gpt-image-2-official","prompt":"p","quality":"low"}"#,
                 seconds: 90),
        Lifetime(provider: .apiinone, scenario: "url_ttl: {imagen4: 10m}", body: #"{"model":"imagen-4","prompt":"p"}"#, seconds: 600),
        // A lifetime for another model leaves this one alone.
        Lifetime(scenario: "url_ttl: {z-image: 1h}", body: #"{"model":"imagen-4-0","prompt":"p"}"#, seconds: 86_400),
    ]

    @Test("a URL answers 200 until completion + lifetime − 1 s and 403 AccessDenied (XML) from completion + lifetime",
          arguments: lifetimes)
    func expiry(_ l: Lifetime) throws {
        let emu = try EmulatorHarness(provider: l.provider, scenario: l.scenario)
        let task = try completed(emu, l.body)
        try emu.advance(to: task.completedAt.adding(seconds: l.seconds - 1))
        for url in task.urls { #expect(emu.media(url).status == 200) }
        emu.advance(seconds: 1)
        for url in task.urls {
            let expired = emu.media(url)
            #expect(expired.status == 403)
            #expect(expired.header("Content-Type") == "application/xml")
            #expect(expired.bodyText.hasPrefix("<?xml"))
            #expect(expired.bodyText.contains("<Error><Code>AccessDenied</Code>"))
            #expect(expired.bodyText.contains("</Error>"))
        }
        // Polling still works after expiry and still hands out the same URLs.
        let poll = try #require(emu.poll(task.id).json)
        #expect(JSONValueSearch.strings(in: poll).filter { $0.contains("/media/tasks/") } == task.urls)
    }

    @Test("a URL lives its whole lifetime from the instant of completion (ms); imagen-4-0's expires_at is the first second it answers 403")
    func imagenExpiresAt() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(#"{"model":"imagen-4-0","prompt":"p"}"#)
        let settles = try emu.settlesAt(id)
        try emu.advance(to: settles)
        let poll = try #require(emu.poll(id).json)
        let url = try #require(JSONValueSearch.strings(in: poll).first { $0.contains("/media/tasks/") })
        let expiresAt = try #require(poll["data"]?["result"]?["images"]?.arrayValue?.first?["expires_at"]?.intValue)
        // 24 hours (86,400 s) from the completion instant, not from its whole second.
        let expiry = settles.adding(seconds: 86_400)
        #expect(Int64(expiresAt) * 1000 >= expiry.milliseconds && Int64(expiresAt) * 1000 - expiry.milliseconds < 1000)
        try emu.advance(to: expiry.adding(milliseconds: -1))
        #expect(emu.media(url).status == 200)
        emu.advance(milliseconds: 1)
        #expect(emu.media(url).status == 403)
    }

    // MARK: The picture

    @Test("the label names the model, the pixel size and the task id (no seed given)")
    func labelWithTaskID() throws {
        let emu = try EmulatorHarness()
        let task = try completed(emu, #"{"model":"imagen-4-0","prompt":"p","size":"9:16"}"#)
        _ = emu.media(task.urls[0])
        let image = try #require(emu.renderer.requested.first)
        #expect(image.lines.contains("imagen-4-0"))
        #expect(image.lines.contains("768x1408"))
        #expect(image.lines.contains(task.id))
        #expect((image.width, image.height) == (768, 1408))
    }

    @Test("API in One: the label carries the request's seed, and the same seed draws the same picture")
    func sameSeedSamePicture() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let body = #"{"model":"imagen4","prompt":"ramen","aspect_ratio":"16:9","seed":424242,"num_images":2}"#
        let first = try completed(emu, body)
        let second = try completed(emu, body)
        let other = try completed(emu, #"{"model":"imagen4","prompt":"ramen","aspect_ratio":"16:9","seed":424243,"num_images":2}"#)
        #expect(first.id != second.id)
        for url in first.urls + second.urls + other.urls { #expect(emu.media(url).status == 200) }
        let drawn = emu.renderer.requested
        try #require(drawn.count == 6)
        #expect(drawn[0] == drawn[2])
        #expect(drawn[1] == drawn[3])
        #expect(drawn[0] != drawn[1])
        #expect(drawn[0] != drawn[4])
        #expect(drawn[0].lines.contains("imagen4"))
        #expect(drawn[0].lines.contains("1408x768"))
        #expect(drawn[0].lines.contains { $0.contains("424242") })
        #expect(drawn[4].lines.contains { $0.contains("424243") })
        #expect(!drawn[0].lines.contains(first.id))
    }

    @Test("without a seed, two tasks draw different pictures; the same URL always draws the same one")
    func noSeedDiffers() throws {
        let emu = try EmulatorHarness()
        let a = try completed(emu, #"{"model":"z-image","prompt":"p"}"#)
        let b = try completed(emu, #"{"model":"z-image","prompt":"p"}"#)
        _ = emu.media(a.urls[0])
        _ = emu.media(b.urls[0])
        _ = emu.media(a.urls[0])
        let drawn = emu.renderer.requested
        #expect(drawn[0] != drawn[1])
        #expect(drawn[0] == drawn[2])
    }

    @Test("two emulators with the same --seed draw the same pictures for the same requests")
    func seededRunsDrawAlike() throws {
        func pictures() throws -> [ImageSpec] {
            let emu = try EmulatorHarness(seed: 99)
            let task = try completed(emu, #"{"model":"gpt-image-2-official","prompt":"p","n":2,"quality":"low"}"#)
            for url in task.urls { _ = emu.media(url) }
            return emu.renderer.requested
        }
        #expect(try pictures() == pictures())
    }
}

/// Every string anywhere in a JSON value, depth first.
enum JSONValueSearch {
    static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let s): [s]
        case .array(let items): items.flatMap(strings(in:))
        case .object(let object): object.pairs.flatMap { strings(in: $0.value) }
        default: []
        }
    }
}
