import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// The gauges only a running listener has: connections, render threads, the media cache.
@Suite("Metrics over HTTP (live server on port 0)")
struct MetricsOverHTTPTests {
    @Test("connections open and held, render threads and media cache bytes are exposed")
    func listenerGauges() async throws {
        var options = EmulatorOptions(scenario: .yaml("clock: virtual"))
        options.renderThreads = 3
        let emu = try Emulator.start(options)
        defer { emu.stop() }
        let client = LiveClient(base: emu.baseURL)
        let submitted = try await client.post("/api/v1/images/generations", #"{"model":"z-image","prompt":"p"}"#)
        let id = try #require(submitted.json?["id"]?.stringValue)
        emu.advance(by: .seconds(60))
        let url = try #require(try await client.get("/api/v1/tasks/\(id)").json?["output"]?["image_urls"]?[0]?.stringValue)
        #expect(try await LiveClient.send("GET", url).status == 200)
        let text = try await client.get("/_emulator/metrics").text
        func value(_ name: String) -> Int? {
            text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Int($0.split(separator: " ")[1]) }
        }
        #expect((value("reapi_emulator_connections_open") ?? 0) >= 1)
        #expect(value("reapi_emulator_connections_held") == 0)
        #expect(value("reapi_emulator_render_threads") == 3)
        #expect((value("reapi_emulator_media_cache_bytes") ?? 0) > 1000, "the JPEG just drawn is cached")
        #expect(text.contains(#"reapi_emulator_requests_total{route="media",status="200"} 1"#))
    }
}
