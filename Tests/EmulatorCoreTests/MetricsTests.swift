@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// `GET /_emulator/metrics`: Prometheus text format, every name `reapi_emulator_…`.
@Suite("Metrics")
struct MetricsTests {
    /// `name{labels} value` lines as a dictionary.
    private func samples(_ text: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let v = Int(line[line.index(after: space)...]) else { continue }
            out[String(line[..<space])] = v
        }
        return out
    }

    @Test("requests by route and status, tasks by status, credits charged and refunded, journal evictions")
    func counts() throws {
        let emu = try EmulatorHarness("""
        journal: {capacity: 2}
        rules:
          - match: {prompt_contains: boom}
            fail: {code: 80003, after: 1s}
        """)
        _ = try emu.accepted(#"{"model":"z-image","prompt":"fine"}"#)
        _ = try emu.accepted(#"{"model":"z-image","prompt":"boom"}"#)
        _ = emu.submit(#"{"model":"z-image"}"#)
        _ = emu.poll("task_missing")
        emu.advance(milliseconds: 60_000)
        let response = emu.control("GET", "/_emulator/metrics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        let s = samples(response.bodyText)
        #expect(s[#"reapi_emulator_requests_total{route="submit",status="200"}"#] == 2)
        #expect(s[#"reapi_emulator_requests_total{route="submit",status="400"}"#] == 1)
        #expect(s[#"reapi_emulator_requests_total{route="poll",status="404"}"#] == 1)
        #expect(s[#"reapi_emulator_requests_total{route="POST /_emulator/clock/advance",status="200"}"#] == 1)
        #expect(s[#"reapi_emulator_tasks{status="completed"}"#] == 1)
        #expect(s[#"reapi_emulator_tasks{status="failed"}"#] == 1)
        #expect(s[#"reapi_emulator_tasks{status="processing"}"#] == 0)
        #expect(s["reapi_emulator_credits_charged_total"] == 10)
        #expect(s["reapi_emulator_credits_refunded_total"] == 5)
        #expect(s["reapi_emulator_journal_evictions_total"] == 2)
        #expect(s["reapi_emulator_renders_in_flight"] == 0)
    }

    @Test("every line is a HELP, a TYPE or a sample of a reapi_emulator_ family")
    func format() throws {
        let emu = try EmulatorHarness()
        _ = emu.poll("task_missing")
        let text = emu.control("GET", "/_emulator/metrics").bodyText
        #expect(text.hasSuffix("\n"))
        for line in text.split(separator: "\n") {
            let name = line.hasPrefix("# HELP ") || line.hasPrefix("# TYPE ") ? line.dropFirst(7) : line
            #expect(name.hasPrefix("reapi_emulator_"), "\(line)")
        }
    }

    @Test("metrics need the admin token like the rest of the control API")
    func adminToken() throws {
        let emu = try EmulatorHarness(adminToken: "s3cret")
        #expect(emu.control("GET", "/_emulator/metrics").status == 401)
        #expect(emu.control("GET", "/_emulator/metrics", token: "s3cret").status == 200)
    }
}
