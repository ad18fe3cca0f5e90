import EmulatorCore
import ReAPIEmulatorTesting
@testable import EmulatorMedia
import Foundation
import Testing
@testable import ReAPIEmulatorKit

/// Result URLs over real sockets with the real renderer: the bytes decode to the documented
/// pixel size and format (docs/contract.md §3–§6).
@Suite("Media over HTTP (live server on port 0)")
struct MediaOverHTTPTests {
    /// Starts an emulator on a virtual clock.
    private func start(_ provider: Provider = .reapi) throws -> Emulator {
        var options = EmulatorOptions(scenario: .yaml("clock: virtual"), provider: provider)
        options.seed = 5
        return try Emulator.start(options)
    }

    /// Submits `body`, moves the clock to the task's completion and returns the task id and URLs from the poll.
    private func completedURLs(_ emu: Emulator, _ client: LiveClient, _ body: String) async throws -> (id: String, urls: [String]) {
        let submitted = try await client.post("/api/v1/images/generations", body)
        try #require(submitted.status == 200, "\(String(decoding: submitted.body, as: UTF8.self))")
        let json = try #require(submitted.json)
        let id = try #require(json["id"]?.stringValue ?? json["data"]?.arrayValue?.first?["task_id"]?.stringValue
            ?? json["data"]?["task_id"]?.stringValue)
        let settles = try #require(emu.session.task(id)?.task.settlesAt)
        emu.advance(by: .milliseconds(max(0, settles.milliseconds - emu.app.defaultSession.clock.now().milliseconds)))
        let poll = try #require(try await client.get("/api/v1/tasks/\(id)").json)
        let urls = (poll["output"]?["image_urls"]?.arrayValue ?? poll["data"]?["output"]?["image_urls"]?.arrayValue
            ?? poll["data"]?["result"]?["images"]?.arrayValue?.compactMap { $0["url"] } ?? []).compactMap(\.stringValue)
        try #require(!urls.isEmpty, "no URLs in \(JSONWriter.string(poll))")
        return (id, urls)
    }

    /// A body, the listener it goes to and the image it must produce.
    struct Picture: Sendable, CustomTestStringConvertible {
        var provider: Provider = .reapi
        var body: String
        var width: Int
        var height: Int
        var format: ImageFormat
        var testDescription: String { "\(body) → \(width)×\(height) \(format.rawValue)" }
    }

    static let pictures: [Picture] = [
        Picture(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"16:9","resolution":"4k","quality":"low"}"#,
                width: 3840, height: 2160, format: .png),
        Picture(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"3:2","resolution":"2k","quality":"low"}"#,
                width: 2048, height: 1360, format: .png),
        Picture(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"1:1","resolution":"1k","quality":"low"}"#,
                width: 1024, height: 1024, format: .png),
        Picture(body: #"{"model":"z-image","prompt":"p","aspect_ratio":"16:9"}"#, width: 1280, height: 720, format: .jpeg),
        Picture(body: #"{"model":"imagen-4-0","prompt":"p"}"#, width: 1408, height: 768, format: .png),
        Picture(provider: .apiinone, body: #"{"model":"imagen4","prompt":"p","aspect_ratio":"1:1"}"#, width: 1024, height: 1024, format: .png),
        // A pixel string snaps to the whole grid: 3840x2160 is the 16:9@4k cell.
        Picture(body: #"{"model":"gpt-image-2-official","prompt":"p","size":"3840x2160","quality":"low"}"#,
                width: 3840, height: 2160, format: .png),
        // The rest of the catalogue, one cell each (reference pixel tables; formats as docs/models.md).
        Picture(body: #"{"model":"doubao-seedream-5-0-lite","prompt":"p","size":"3:4"}"#, width: 1728, height: 2304, format: .jpeg),
        Picture(body: #"{"model":"doubao-seedream-5-0-lite","prompt":"p","size":"4:3","output_format":"png"}"#, width: 2304, height: 1728, format: .png),
        Picture(body: #"{"model":"doubao-seedream-5-0-pro","prompt":"p","aspect_ratio":"16:9"}"#, width: 1280, height: 720, format: .jpeg),
        Picture(body: #"{"model":"flux-2","prompt":"p p","aspect_ratio":"4:3"}"#, width: 1664, height: 1248, format: .jpeg),
        Picture(body: #"{"model":"flux-2-flex","prompt":"p p","aspect_ratio":"9:16","resolution":"2K"}"#, width: 1152, height: 2048, format: .jpeg),
        Picture(body: #"{"model":"gemini-2.5-flash-image-preview","prompt":"p","size":"3:4"}"#, width: 864, height: 1184, format: .png),
        Picture(body: #"{"model":"gemini-2.5-flash-image-preview-official","prompt":"p","size":"9:16"}"#, width: 768, height: 1344, format: .png),
        Picture(body: #"{"model":"gemini-3-pro-image-preview","prompt":"p","size":"4:5"}"#, width: 928, height: 1152, format: .png),
        Picture(body: #"{"model":"gemini-3-pro-image-preview-official","prompt":"p","size":"3:2"}"#, width: 1264, height: 848, format: .png),
        Picture(body: #"{"model":"gemini-3.1-flash-image-preview","prompt":"p","size":"4:1","resolution":"0.5k"}"#, width: 1024, height: 256, format: .png),
        Picture(body: #"{"model":"gemini-3.1-flash-image-preview-official","prompt":"p","size":"21:9"}"#, width: 1584, height: 672, format: .png),
        Picture(body: #"{"model":"gpt-image-2-beta","prompt":"p","size":"5:4"}"#, width: 1280, height: 1024, format: .png),
        Picture(body: #"{"model":"nano-banana-2-lite","prompt":"p"}"#, width: 1024, height: 1024, format: .png),
        Picture(body: #"{"model":"qwen-image-2","prompt":"p","image_size":"3:4","output_format":"jpeg"}"#, width: 1728, height: 2368, format: .jpeg),
        Picture(body: #"{"model":"wan2.7-image","prompt":"p","size":"4:3","resolution":"1k"}"#, width: 1168, height: 880, format: .png),
        Picture(body: #"{"model":"wan2.7-image-pro","prompt":"p","size":"2:3","resolution":"1k"}"#, width: 832, height: 1248, format: .png),
        Picture(body: #"{"model":"midjourney","action":"imagine","prompt":"p"}"#, width: 1456, height: 816, format: .png),
        Picture(body: #"{"model":"mj-v7","prompt":"p --ar 9:16"}"#, width: 816, height: 1456, format: .png),
        Picture(body: #"{"model":"mj-v7-remove-bg","image_urls":["https://cdn.example/a.png"]}"#, width: 1024, height: 1024, format: .png),
    ]

    @Test("the served bytes decode to exactly the documented pixel size, with the right Content-Type and Content-Length",
          arguments: pictures)
    func documentedSize(_ p: Picture) async throws {
        let emu = try start(p.provider)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: p.provider == .reapi ? "rk_test_media" : "aio_test_media")
        let (_, urls) = try await completedURLs(emu, client, p.body)
        #expect(urls.allSatisfy { $0.hasPrefix(emu.baseURL + "/media/tasks/") && $0.hasSuffix(".\(p.format.fileExtension)") })
        let reply = try await LiveClient(base: emu.baseURL, key: nil).get(urls[0])
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == p.format.mimeType)
        #expect(reply.header("Content-Length") == String(reply.body.count))
        let bytes = Array(reply.body)
        let info = p.format == .png ? Decoders.pngInfo(bytes) : Decoders.jpegInfo(bytes)
        let decoded = try #require(info, "the body does not decode as \(p.format.rawValue)")
        #expect(decoded.width == p.width)
        #expect(decoded.height == p.height)
    }

    @Test("HEAD answers the same headers as GET and no body")
    func head() async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let (_, urls) = try await completedURLs(emu, client, #"{"model":"z-image","prompt":"p"}"#)
        let path = String(urls[0].dropFirst(emu.baseURL.count))
        let get = RawHTTP.send("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        let head = RawHTTP.send("HEAD \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(get.status == 200)
        #expect(head.status == 200)
        #expect(head.header("Content-Type") == "image/jpeg")
        #expect(head.header("Content-Type") == get.header("Content-Type"))
        #expect(head.header("Content-Length") != nil)
        #expect(head.header("Content-Length") == get.header("Content-Length"))
        #expect(head.header("Cache-Control") == get.header("Cache-Control"))
        #expect(get.header("Content-Length") == String(Self.bodyCount(get)))
        #expect(Self.bodyCount(head) == 0)
    }

    /// Bytes after the header block.
    private static func bodyCount(_ reply: RawHTTP.Reply) -> Int {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0...max(0, reply.bytes.count - 4)).first(where: { Array(reply.bytes[$0..<min($0 + 4, reply.bytes.count)]) == separator })
        else { return 0 }
        return reply.bytes.count - end - 4
    }

    @Test("two API in One tasks with the same seed serve identical bytes; another seed serves other bytes")
    func sameSeedSameBytes() async throws {
        let emu = try start(.apiinone)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL, key: "aio_test_media")
        let body = #"{"model":"imagen4","prompt":"ramen","aspect_ratio":"4:3","seed":31337}"#
        let first = try await completedURLs(emu, client, body)
        let second = try await completedURLs(emu, client, body)
        let other = try await completedURLs(emu, client, #"{"model":"imagen4","prompt":"ramen","aspect_ratio":"4:3","seed":31338}"#)
        #expect(first.id != second.id)
        let a = try await client.get(first.urls[0]).body
        let b = try await client.get(second.urls[0]).body
        let c = try await client.get(other.urls[0]).body
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a != c)
        let info = try #require(Decoders.pngInfo(Array(a)))
        #expect(info.width == 1280 && info.height == 896)
    }

    @Test("an expired URL answers 403 with an XML body; an unknown one 404")
    func expiredAndUnknown() async throws {
        let emu = try start()
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let (_, urls) = try await completedURLs(emu, client, #"{"model":"imagen-4-0","prompt":"p"}"#)
        emu.advance(by: .seconds(86_400))
        let expired = try await client.get(urls[0])
        #expect(expired.status == 403)
        #expect(expired.header("Content-Type") == "application/xml")
        #expect(String(decoding: expired.body, as: UTF8.self).contains("<Error><Code>AccessDenied</Code>"))
        let unknown = try await client.get("/media/tasks/00000000000000000000000000000000/0.png")
        #expect(unknown.status == 404)
    }
}
