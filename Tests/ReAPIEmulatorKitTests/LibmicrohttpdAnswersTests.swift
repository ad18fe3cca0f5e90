import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// The requests libmicrohttpd 0.9.75 refuses before the emulator sees them (docs/limits.md,
/// "What libmicrohttpd answers itself"): the answers are its own, but none is held, and the
/// listener goes on serving. If a newer libmicrohttpd answers differently, this test says
/// which line of docs/limits.md to update.
@Suite("Requests libmicrohttpd answers itself: answered or closed at once, never held (live server on port 0)")
struct LibmicrohttpdAnswersTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let request: String
        /// nil: the connection is closed without an answer.
        let status: Int?
        var testDescription: String { name }
    }

    static let health = "GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    static let cases: [Case] = [
        Case(name: "a request line without a version", request: "GET /_emulator/health\r\nHost: 127.0.0.1\r\n\r\n", status: 400),
        Case(name: "an unknown HTTP version", request: "GET /_emulator/health HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n", status: 505),
        Case(name: "a request line with no space", request: "GARBAGE\r\n\r\n", status: nil),
        Case(name: "a Content-Length that is not a number", request: health + "Content-Length: 12abc\r\n\r\n", status: 400),
        Case(name: "a negative Content-Length", request: health + "Content-Length: -1\r\n\r\n", status: 400),
        Case(name: "a 10 KB Cookie header (over half the 16 KB pool)", request: health + "Cookie: " + String(repeating: "a", count: 10_000) + "\r\n\r\n", status: 431),
        Case(name: "a 20 KB header", request: health + "X-Big: " + String(repeating: "a", count: 20_000) + "\r\n\r\n", status: 431),
        Case(name: "a 20 KB request line", request: "GET /_emulator/health?" + String(repeating: "a", count: 20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", status: 414),
    ]

    @Test("answered with the documented status, or closed, at once (not at the 60 s timeouts); health still answers", arguments: cases)
    func answeredAtOnce(_ c: Case) async throws {
        let emu = try Emulator.start(LoadTolerant.options)
        defer { emu.stop() }
        let reply = await RawHTTP.exchange(c.request, port: emu.port, timeout: LoadTolerant.clientTimeout)
        #expect(reply.seconds < LoadTolerant.atOnceSeconds, "held \(reply.seconds) s")
        #expect(reply.status == c.status)
        let after = await RawHTTP.exchange(Self.health + "Connection: close\r\n\r\n", port: emu.port)
        #expect(after.status == 200)
    }

    @Test("headers up to 16 KB (not Cookie) and a Cookie up to 7 KB are served by the emulator")
    func largeHeadersServed() async throws {
        let emu = try Emulator.start()
        defer { emu.stop() }
        for header in ["X-Big: " + String(repeating: "a", count: 15_000), "Cookie: " + String(repeating: "a", count: 7_000)] {
            let reply = await RawHTTP.exchange(Self.health + header + "\r\nConnection: close\r\n\r\n", port: emu.port)
            #expect(reply.status == 200)
            #expect(reply.header("X-Request-Id")?.hasPrefix("req_") == true)
        }
    }

    @Test("CR-only line ends never end a request for libmicrohttpd: the connection is closed after --request-timeout")
    func crOnlyClosedByRequestTimeout() async throws {
        var options = EmulatorOptions()
        options.requestReadTimeoutSeconds = 1
        options.connectionTimeoutSeconds = LoadTolerant.timeoutSeconds
        let emu = try Emulator.start(options)
        defer { emu.stop() }
        let reply = await RawHTTP.exchange("GET /_emulator/health HTTP/1.1\rHost: 127.0.0.1\r\r", port: emu.port, timeout: LoadTolerant.clientTimeout)
        #expect(reply.status == nil)
        // At the 1 s request timeout, not at the 60 s idle timeout.
        #expect(reply.seconds >= 0.9 && reply.seconds < LoadTolerant.atOnceSeconds, "closed after \(reply.seconds) s")
    }
}
