import EmulatorCore
import Foundation
import Locking
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// Issue 10 #8: images are drawn on the render pool, never on the HTTP worker threads, so a
/// storm of large distinct renders leaves health (and every other route) answering at once.
@Suite("Renders never delay health (live server on port 0)")
struct RenderIsolationTests {
    /// 3840×2160 PNGs (docs/models.md: gpt-image-2-official 16:9 at 4k).
    static let fourK = #"{"model":"gpt-image-2-official","prompt":"p","size":"16:9","resolution":"4k","quality":"low"}"#

    private func completedURLs(_ emu: Emulator, _ client: LiveClient, count: Int) async throws -> [String] {
        var ids: [String] = []
        for _ in 0..<count {
            let submitted = try await client.post("/api/v1/images/generations", Self.fourK)
            try #require(submitted.status == 200, "\(submitted.text)")
            ids.append(try #require(submitted.json?["id"]?.stringValue))
        }
        emu.advance(by: .seconds(3600))
        var urls: [String] = []
        for id in ids {
            let poll = try await client.get("/api/v1/tasks/\(id)")
            urls.append(try #require(poll.json?["output"]?["image_urls"]?[0]?.stringValue))
        }
        return urls
    }

    @Test("health answers within 100 ms while 24 distinct 4K images are being drawn, and every image arrives")
    func healthDuringRenderStorm() async throws {
        // --max-hold past the storm: under stress-ng 4K images took over a minute to draw, and
        // the 60 s cap answered the last ones 503.
        var options = LoadTolerant.holding(EmulatorOptions(scenario: .yaml("clock: virtual")))
        options.threads = 2
        let emu = try Emulator.start(options)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let urls = try await completedURLs(emu, client, count: 24)
        // One thread per request, raw sockets: every request is at the server at once (a
        // client library would pool and pace them). HEAD draws the whole image like GET but
        // sends no body, so the test measures drawing, not reading 600 KB per image.
        let finished = Locked<[(Int, Int)]>([])
        let port = emu.port
        for url in urls {
            let path = "/" + url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)[3]
            Thread.detachNewThread {
                let reply = RawHTTP.send("HEAD \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port, timeout: LoadTolerant.heldClientTimeout)
                finished.withLock { $0.append((reply.status ?? 0, reply.header("Content-Length").flatMap { Int($0) } ?? 0)) }
            }
        }
        let downloadsDone = { finished.withLock { $0.count } == urls.count }
        // Let the downloads reach the server and the drawing begin, then probe until the last
        // image has arrived.
        try await Task.sleep(for: .milliseconds(100))
        var times: [Duration] = []
        var inFlight = 0
        let storm = ContinuousClock.now
        while times.count < 9 || (!downloadsDone() && times.count < 200) {
            inFlight = max(inFlight, emu.app.renderGate.inFlight)
            let t0 = ContinuousClock.now
            let health = try await client.get("/_emulator/health")
            times.append(ContinuousClock.now - t0)
            #expect(health.status == 200)
            try await Task.sleep(for: .milliseconds(20))
        }
        for _ in 0..<600 where !downloadsDone() { try await Task.sleep(for: .milliseconds(100)) }
        let results = finished.withLock { $0 }
        let stormTime = ContinuousClock.now - storm
        times.sort()
        // The median is the claim; the slowest gets some room (parallel tests and builds share
        // the cores). Drawing on the request threads, the slowest was 0.4-3.4 s in this test.
        // On a loaded machine (scripts/stress-test.sh) everything slows alike, so the bounds are
        // also a ratio of the storm's own length: health waiting behind the drawing would take
        // a good part of it.
        #expect(times[times.count / 2] < max(.milliseconds(100), stormTime / 20), "health answers during a \(stormTime) storm: \(times)")
        #expect(times[times.count - 1] < max(.milliseconds(300), stormTime / 4), "health answers during a \(stormTime) storm: \(times)")
        #expect(inFlight > 0, "the probes ran while images were being drawn")
        #expect(results.count == 24)
        #expect(results.allSatisfy { $0.0 == 200 && $0.1 > 10_000 }, "\(results.map(\.0))")
    }
}
