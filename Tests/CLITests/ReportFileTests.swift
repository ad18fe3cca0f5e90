import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing

/// `serve --report FILE`: the report of every session written at shutdown, JSON or Markdown
/// by the file's extension.
@Suite("reapi-emulator serve --report (the built binary)")
struct ReportFileTests {
    static let zImage = #"{"model":"z-image","prompt":"a harbour"}"#

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reapi-report-\(UUID().uuidString)-\(name)").path
    }

    /// Submits, advances the frozen clock past completion and polls twice (the second poll
    /// after a terminal status: a finding whatever the machine's speed), in the default session,
    /// and submits in a session that ends before shutdown.
    func eagerClient(_ base: String) async throws -> (submit: String, defaultPoll: String, sessionID: String) {
        let client = LiveClient(base: base)
        let submitted = try await client.post(EmulatorHarness.submitPath, Self.zImage)
        let id = try #require(submitted.json?["id"]?.stringValue)
        #expect(try await client.post("/_emulator/clock/advance", #"{"seconds": 60}"#).status == 200)
        let terminal = try await client.get("/api/v1/tasks/\(id)")
        #expect(terminal.json?["status"] == "completed")
        let poll = try await client.get("/api/v1/tasks/\(id)")
        _ = terminal
        let created = try await client.post("/_emulator/sessions", "{}")
        let sessionID = try #require(created.json?["id"]?.stringValue)
        #expect(try await client.post("/sessions/\(sessionID)" + EmulatorHarness.submitPath, Self.zImage).status == 200)
        #expect(try await client.send("DELETE", "/_emulator/sessions/\(sessionID)").status == 200)
        return (try #require(submitted.header("X-Request-Id")), try #require(poll.header("X-Request-Id")), sessionID)
    }

    @Test("FILE.json: one report per session (the ended one too), with the findings and their request ids")
    func json() async throws {
        let path = temporaryPath("report.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let server = try await startEmulator(["--port", "0", "--clock", "virtual", "--report", path])
        let (submit, poll, sessionID) = try await eagerClient(server.baseURL)
        #expect(try await server.terminate() == 0)
        let document = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let sessions = try #require(document["sessions"]?.arrayValue)
        #expect(sessions.compactMap { $0["session"]?.stringValue } == ["default", sessionID])
        let finding = try #require(sessions[0]["findings"]?.arrayValue?.first { $0["rule_id"] == "poll_after_terminal" })
        #expect(finding["evidence"]?[0]?["request_ids"]?[1] == .string(poll))
        #expect(try sessions[0]["refusals"] == JSONParser.parse(#"{"refused_submits":[],"unknown_routes":[],"not_itemised":0}"#))
        _ = submit
        #expect(sessions[1]["requests_observed"] == 1)
        #expect(document["ended_sessions_dropped"] == 0)
    }

    @Test("FILE.md: Markdown, one section per session")
    func markdown() async throws {
        let path = temporaryPath("report.md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let server = try await startEmulator(["--port", "0", "--clock", "virtual", "--report", path])
        let (_, poll, sessionID) = try await eagerClient(server.baseURL)
        #expect(try await server.terminate() == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# reapi-emulator report\n"))
        #expect(text.contains("## Session `default`"))
        #expect(text.contains("## Session `\(sessionID)`"))
        #expect(text.contains("**poll_after_terminal** × 1"))
        #expect(text.contains("`\(poll)`"))
    }

    @Test("another extension, or a path that cannot be written, is one error line before anything is served",
          arguments: ["/tmp/report.txt", "/nonexistent-dir/report.json"])
    func refused(_ path: String) async throws {
        let result = try await runEmulator(["--port", "0", "--report", path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("report") == true)
    }
}
