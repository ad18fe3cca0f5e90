@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 10 #8 (core side): a result image is drawn off the request thread (`.render`), and
/// past `maxPendingRenders` a result URL is 503 with Retry-After at once (docs/limits.md).
@Suite("Render queue")
struct RenderQueueTests {
    private func urls(_ emu: EmulatorHarness, count: Int) throws -> [String] {
        var paths: [String] = []
        for i in 0..<count {
            let id = try emu.accepted(#"{"model":"z-image","prompt":"p \#(i)"}"#)
            emu.advance(milliseconds: 60_000)
            let url = try #require(emu.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
            paths.append(String(url.dropFirst(EmulatorHarness.publicURL.count)))
        }
        return paths
    }

    @Test("a result URL is answered as a render job; the handler itself draws nothing")
    func renderJob() throws {
        let emu = try EmulatorHarness()
        let path = try urls(emu, count: 1)[0]
        let answer = emu.app.handle(.make("GET", path, key: nil))
        guard case .render(let job) = answer.delivery else { Issue.record("not a render job: \(answer.delivery)"); return }
        #expect(emu.renderer.requested.isEmpty, "nothing drawn on the request thread")
        #expect(answer.response.status == 503, "the fallback if the job cannot run")
        let response = job.run()
        #expect(response.status == 200)
        #expect(response.header("X-Request-Id") == answer.response.header("X-Request-Id"))
        #expect(emu.renderer.requested.count == 1)
        #expect(emu.app.defaultSession.requests().entries.last?.status == 200, "the journal shows the 200")
    }

    @Test("past maxPendingRenders a result URL is 503 with Retry-After; a finished or dropped job gives its place back")
    func queueBounded() throws {
        let emu = try EmulatorHarness { $0.maxPendingRenders = 2 }
        let paths = try urls(emu, count: 3)
        var held = [emu.app.handle(.make("GET", paths[0], key: nil)), emu.app.handle(.make("GET", paths[1], key: nil))]
        #expect(emu.app.renderGate.inFlight == 2)
        let refused = emu.app.handle(.make("GET", paths[2], key: nil))
        guard case .now = refused.delivery else { Issue.record("expected an answer now"); return }
        #expect(refused.response.status == 503)
        #expect(refused.response.errorCode == 70001)
        #expect(refused.response.header("Retry-After") == "1")
        if case .render(let job) = held[0].delivery { #expect(job.run().status == 200) }
        #expect(emu.app.renderGate.inFlight == 1)
        held.removeAll()  // the unrun job is dropped (a closed connection): its place comes back
        #expect(emu.app.renderGate.inFlight == 0)
        #expect(emu.media(paths[2]).status == 200)
    }
}
