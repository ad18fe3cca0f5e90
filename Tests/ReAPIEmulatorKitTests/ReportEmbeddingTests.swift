import EmulatorCore
import Foundation
import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// The report from Swift: `emu.report()` and `session.report()` over a live listener.
@Suite("Report from the embedding API")
struct ReportEmbeddingTests {
    @Test("a client polling at once on a frozen clock is named in emu.report(); a session's report is its own")
    func embedded() async throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let submitted = try await client.post("/api/v1/images/generations", #"{"model":"z-image","prompt":"a harbour"}"#)
        let id = try #require(submitted.json?["id"]?.stringValue)
        let poll = try await client.get("/api/v1/tasks/\(id)")
        let finding = try #require(emu.report()["findings"]?.arrayValue?.first)
        #expect(finding["rule_id"] == "poll_too_fast")
        #expect(finding["evidence"]?[0]?["request_ids"] == [.string(submitted.header("X-Request-Id") ?? ""), .string(poll.header("X-Request-Id") ?? "")])
        #expect(emu.reportMarkdown().contains("**poll_too_fast** × 1"))
        let session = try emu.session()
        defer { session.end() }
        #expect(session.report()["requests_observed"] == 0)
        #expect(session.report()["session"] == .string(session.id))
    }
}
