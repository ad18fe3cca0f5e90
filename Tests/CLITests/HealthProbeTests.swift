import Foundation
import ReAPIEmulatorKit
import Testing

/// The probe behind `reapi-emulator healthcheck`, timed in-process: the call blocks its thread,
/// so the time measured is the probe's own, whatever else the machine is doing.
@Suite("health probe deadline")
struct HealthProbeTests {
    static func timed(_ url: String, timeout: Double = 1.5) -> (HealthProbe.Result, Double) {
        let start = ContinuousClock.now
        let result = HealthProbe.check(baseURL: url, timeoutSeconds: timeout)
        let elapsed = ContinuousClock.now - start
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test("a server that accepts and never answers is given up on at the deadline, 1.5 s by default")
    func silentServer() throws {
        let listener = try TestListener()
        defer { listener.close() }
        let (result, seconds) = Self.timed("http://127.0.0.1:\(listener.port)")
        #expect(result == .unhealthy("timed out waiting for an answer"))
        #expect(seconds > 1.4)  // poll() counts whole milliseconds
        #expect(seconds < 10)   // given up on, not waiting for ever (bounded loosely: a loaded runner)
    }

    @Test("a closed port is refused at once")
    func closedPort() throws {
        let (result, seconds) = Self.timed("http://127.0.0.1:\(try TestListener.closedPort())", timeout: 30)
        #expect(result == .unhealthy("connection refused"))
        #expect(seconds < 15)   // at once, not at the 30 s deadline
    }

    @Test("a complete answer on a connection left open is healthy without waiting for the close")
    func keepAlive() throws {
        let body = #"{"status":"ok","version":"0.1.0","provider":"reapi","uptime_seconds":0}"#
        let listener = try TestListener(answer: "HTTP/1.1 200 OK\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
        defer { listener.close() }
        let (result, seconds) = Self.timed("http://127.0.0.1:\(listener.port)", timeout: 60)
        #expect(result == .healthy)
        #expect(seconds < 30)   // not at the 60 s deadline
    }

    @Test("only http:// URLs with a port 1-65535 are probed")
    func badURLs() {
        #expect(HealthProbe.check(baseURL: "https://127.0.0.1:8080") == .unhealthy("not an http:// URL"))
        #expect(HealthProbe.check(baseURL: "http://127.0.0.1:70000") == .unhealthy("port must be 1-65535"))
        #expect(HealthProbe.check(baseURL: "http://127.0.0.1:0") == .unhealthy("port must be 1-65535"))
    }
}
