import EmulatorCore
import Foundation
import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// The report from Swift: `emu.report()` and `session.report()` over a live listener.
@Suite("Report from the embedding API")
struct ReportEmbeddingTests {
    // On a virtual clock the poll cadence also needs the wall clock (timing); a poll after the
    // task was seen completed is named whatever the machine's speed.
    @Test("a client polling again after completion is named in emu.report(); a session's report is its own")
    func embedded() async throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let submitted = try await client.post("/api/v1/images/generations", #"{"model":"z-image","prompt":"a harbour"}"#)
        let id = try #require(submitted.json?["id"]?.stringValue)
        _ = emu.advance(by: .seconds(60))
        let completed = try await client.get("/api/v1/tasks/\(id)")
        #expect(completed.json?["status"] == "completed")
        let again = try await client.get("/api/v1/tasks/\(id)")
        let finding = try #require(emu.report()["findings"]?.arrayValue?.first { $0["rule_id"] == "poll_after_terminal" })
        #expect(finding["evidence"]?[0]?["request_ids"] == [.string(completed.header("X-Request-Id") ?? ""), .string(again.header("X-Request-Id") ?? "")])
        #expect(emu.reportMarkdown().contains("**poll_after_terminal** × 1"))
        let session = try emu.session()
        defer { session.end() }
        #expect(session.report()["requests_observed"] == 0)
        #expect(session.report()["session"] == .string(session.id))
    }
}
