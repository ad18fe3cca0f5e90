import EmulatorCore
import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// Requests that cannot be served are refused at once in the listener's envelope (issue 10
/// #13), live on port 0. Each used to be held for the 60 s idle timeout, accepted, or answered
/// for another path.
@Suite("Protocol screening (live server on port 0)")
struct ProtocolScreeningTests {
    static let submit = "POST /api/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: application/json\r\n"
    static let body = #"{"model":"z-image","prompt":"p"}"#

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let request: String
        let status: Int
        let code: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Transfer-Encoding: identity", request: submit + "Transfer-Encoding: identity\r\n\r\n" + body, status: 400, code: 20008),
        Case(name: "Transfer-Encoding: gzip", request: submit + "Transfer-Encoding: gzip\r\n\r\n" + body, status: 400, code: 20008),
        Case(name: "Transfer-Encoding: chunked, chunked", request: submit + "Transfer-Encoding: chunked, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", status: 400, code: 20008),
        Case(name: "Transfer-Encoding: gzip, chunked", request: submit + "Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", status: 501, code: 60501),
        Case(name: "Content-Length: 2^64-1", request: submit + "Content-Length: 18446744073709551615\r\n\r\n" + body, status: 413, code: 20011),
        Case(name: "conflicting Content-Length", request: submit + "Content-Length: 32\r\nContent-Length: 5\r\n\r\n" + body, status: 400, code: 20008),
        Case(name: "Content-Length and Transfer-Encoding", request: submit + "Content-Length: 32\r\nTransfer-Encoding: chunked\r\n\r\n" + body, status: 400, code: 20008),
        Case(name: "240 query parameters", request: "GET /api/v1/tasks/x?" + (0..<240).map { "a\($0)=1" }.joined(separator: "&") + " HTTP/1.1\r\nHost: x\r\n\r\n", status: 414, code: 20009),
        Case(name: "a 9 KB request target", request: "GET /" + String(repeating: "a", count: 9_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", status: 414, code: 20009),
        Case(name: "%00 in a poll path", request: "GET /api/v1/tasks/task_x%00y HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n", status: 400, code: 20008),
        Case(name: "%00 in a media path", request: "GET /media/tasks/task_x/0.jpg%00.png HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, code: 20008),
        Case(name: "%0A in a path", request: "GET /_emulator/tasks/a%0Ab HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, code: 20008),
        Case(name: "a raw control byte in a path", request: "GET /_emulator/tasks/a\u{01}b HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, code: 20008),
        Case(name: "two Host headers", request: "GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n", status: 400, code: 20008),
        Case(name: "two Origin headers", request: "POST /_emulator/reset HTTP/1.1\r\nHost: x\r\nOrigin: http://127.0.0.1\r\nOrigin: http://evil.example\r\nContent-Length: 0\r\n\r\n", status: 400, code: 20008),
        Case(name: "a 12 KB method", request: String(repeating: "X", count: 12_000) + " /_emulator/health HTTP/1.1\r\nHost: x\r\n\r\n", status: 501, code: 60501),
    ]

    @Test("refused at once with the envelope, a request id and Connection: close", arguments: cases)
    func refused(_ c: Case) async throws {
        let emu = try Emulator.start(LoadTolerant.options)
        defer { emu.stop() }
        // A held request would run into the 60 s timeouts.
        let reply = await RawHTTP.exchange(c.request, port: emu.port, timeout: LoadTolerant.clientTimeout)
        #expect(reply.seconds < LoadTolerant.atOnceSeconds)
        #expect(reply.status == c.status)
        #expect(reply.body.contains(#"{"error":{"code":\#(c.code),"#))
        #expect(reply.body.contains(#""request_id":"req_"#))
        #expect(reply.header("X-Request-Id")?.hasPrefix("req_") == true)
        #expect(reply.header("Connection") == "close")
        // One status line, and a short body: nothing is echoed whole.
        #expect(reply.text.components(separatedBy: "HTTP/1.1 ").count == 2)
        #expect(reply.body.utf8.count < 400)
        #expect(emu.session.taskCount == 0)
    }

    @Test("a chunked body, a repeated equal Content-Length and Content-Length: 0 are still served")
    func validFramingServed() async throws {
        let emu = try Emulator.start()
        defer { emu.stop() }
        let chunked = Self.submit + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + String(Self.body.utf8.count, radix: 16) + "\r\n" + Self.body + "\r\n0\r\n\r\n"
        #expect(await RawHTTP.exchange(chunked, port: emu.port).status == 200)
        let repeated = Self.submit + "Content-Length: 32\r\nContent-Length: 32\r\nConnection: close\r\n\r\n" + Self.body
        #expect(await RawHTTP.exchange(repeated, port: emu.port).status == 200)
        for zero in ["0", "000"] {
            let empty = "POST /_emulator/reset HTTP/1.1\r\nHost: x\r\nContent-Length: \(zero)\r\nConnection: close\r\n\r\n"
            #expect(await RawHTTP.exchange(empty, port: emu.port).status == 200)
        }
        let encodedSlash = "GET /api/v1/tasks/task%5Fx HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nConnection: close\r\n\r\n"
        #expect(await RawHTTP.exchange(encodedSlash, port: emu.port).status == 404)
    }
}
