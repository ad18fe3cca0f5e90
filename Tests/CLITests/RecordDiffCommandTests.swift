import EmulatorCore
import Foundation
import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// `reapi-emulator record` and `reapi-emulator diff` as a user runs them: the built binary
/// recording through a fake upstream on loopback (an in-process emulator), then scoring.
@Suite("reapi-emulator record / diff (the built binary)")
struct RecordDiffCommandTests {
    static let timing = "rules: [{duration: 3s}]\n"
    static let drifted = """
        rules:
          - {duration: 3s}
          - {on: poll, match: {nth: 1}, respond: {status: 200, body: {id: "task_drifted", state: "processing"}}}
        """

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reapi-cli-\(UUID().uuidString)-\(name)").path
    }

    /// Runs `record` in front of an upstream with `scenario`; a client submits and polls twice.
    func record(_ scenario: String, _ extra: [String] = []) async throws -> String {
        let upstream = try Emulator.start(EmulatorOptions(scenario: .yaml(scenario), clock: .real))
        defer { upstream.stop() }
        let path = temporary("recording.jsonl")
        let recorder = try await startEmulator(["record", "--upstream", upstream.baseURL, "--port", "0", "--out", path] + extra)
        let client = LiveClient(base: recorder.baseURL, key: "rk_live_cli_secret")
        let submitted = try await client.post(EmulatorHarness.submitPath, #"{"model":"z-image","prompt":"a harbour"}"#)
        let id = try #require(submitted.json?["id"]?.stringValue)
        #expect(try await client.get("/api/v1/tasks/\(id)").status == 200)
        try await Task.sleep(for: .milliseconds(4_500))
        #expect(try await client.get("/api/v1/tasks/\(id)").json?["status"] == "completed")
        #expect(try await recorder.terminate() == 0)
        #expect(recorder.stdoutText == "reapi-emulator listening on \(recorder.baseURL)\n")
        return path
    }

    @Test("faithful answers: diff prints the table at 100 % and exits 0; the key never reaches the file")
    func faithful() async throws {
        let recording = try await record(Self.timing)
        let scenario = temporary("timing.yaml")
        try Self.timing.write(toFile: scenario, atomically: true, encoding: .utf8)
        defer { for p in [recording, scenario] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(try !String(contentsOfFile: recording, encoding: .utf8).contains("rk_live_cli_secret"))
        let result = try await runEmulator(["diff", recording, "--scenario", scenario])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("GET") || $0.hasPrefix("POST") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.contains("z-image") && $0.hasSuffix("100%") })
        #expect(!result.stdout.contains("drift:"))
    }

    @Test("a drifted answer (recorded with --no-fetch-media): diff names it and exits 1; --min-score below its score exits 0")
    func drifted() async throws {
        let recording = try await record(Self.drifted, ["--no-fetch-media"])
        let scenario = temporary("timing.yaml")
        try Self.timing.write(toFile: scenario, atomically: true, encoding: .utf8)
        defer { for p in [recording, scenario] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(try !String(contentsOfFile: recording, encoding: .utf8).contains(#""origin":"recorder""#))
        let strict = try await runEmulator(["diff", recording, "--scenario", scenario])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("drift: ") && strict.stdout.contains("recorded only: state: string"))
        let lenient = try await runEmulator(["diff", recording, "--scenario", scenario, "--min-score", "50"])
        #expect(lenient.status == 0, "\(lenient.stdout)")
    }

    @Test("SIGTERM with an upstream call hanging: the call is cancelled, its client gets 502, the line records it, exit 0 within seconds (not --timeout)")
    func stopCancelsUpstreamCalls() async throws {
        let upstream = try TestListener()  // accepts and never answers
        defer { upstream.close() }
        let path = temporary("recording.jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recorder = try await startEmulator(["record", "--upstream", "http://127.0.0.1:\(upstream.port)", "--port", "0",
                                                "--out", path, "--timeout", "300"])
        let port = try #require(UInt16(recorder.baseURL.split(separator: ":").last ?? ""))
        let answer = Task { await RawHTTP.exchange("GET /api/v1/tasks/task_x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: port, timeout: 60) }
        while upstream.accepted == 0 { try await Task.sleep(for: .milliseconds(10)) }
        // Before: the stop waited for the upstream's answer, up to --timeout (300 s).
        #expect(try await recorder.terminate(timeout: 30) == 0)
        let reply = await answer.value
        #expect(reply.status == 502)
        #expect(reply.text.contains("cancelled: the recorder is stopping"), "\(reply.text)")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.last?.contains("cancelled: the recorder is stopping") == true)
    }

    @Test("an upstream answering gzip it was not asked for: the client gets the bytes with their Content-Encoding: gzip")
    func contentEncodingPassedAlong() async throws {
        // gzip of {"ok":true} (python3: gzip.compress(b'{"ok":true}', mtime=0)).
        let gzip: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xab, 0x56, 0xca, 0xcf, 0x56, 0xb2,
                             0x2a, 0x29, 0x2a, 0x4d, 0xad, 0x05, 0x00, 0x90, 0x5f, 0xd4, 0xa7, 0x0b, 0x00, 0x00, 0x00]
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: \(gzip.count)\r\n\r\n"
        let upstream = try TestListener(answerBytes: Array(head.utf8) + gzip)
        defer { upstream.close() }
        let path = temporary("recording.jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recorder = try await startEmulator(["record", "--upstream", "http://127.0.0.1:\(upstream.port)", "--port", "0", "--out", path])
        let port = try #require(UInt16(recorder.baseURL.split(separator: ":").last ?? ""))
        let reply = await RawHTTP.exchange("GET /api/v1/tasks/task_x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: port, timeout: 30)
        #expect(reply.status == 200)
        #expect(reply.header("Content-Encoding") == "gzip")
        #expect(Array(reply.bytes.suffix(gzip.count)) == gzip, "the bytes the header describes, unchanged")
        #expect(try await recorder.terminate() == 0)
    }

    @Test("a file that is not a recording: one error line naming the file and line, non-zero exit")
    func notARecording() async throws {
        let path = temporary("bad.jsonl")
        try "{\"type\":\"recording\"}\nnot json\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await runEmulator(["diff", path])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("bad.jsonl:2") == true)
    }
}
