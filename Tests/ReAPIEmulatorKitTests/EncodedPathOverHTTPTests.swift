import EmulatorCore
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// libmicrohttpd splits the query off, then percent-decodes the path: a `%3F` in a path
/// segment is a `?` character of that segment, not the start of a query (found by schemathesis).
@Suite("Percent-encoded paths over HTTP")
struct EncodedPathOverHTTPTests {
    @Test("GET /_emulator/tasks/abc%3Fdef looks up task \"abc?def\" (404), not the task list")
    func encodedQuestionMark() throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let reply = RawHTTP.send("GET /_emulator/tasks/abc%3Fdef HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(reply.status == 404)
        #expect(reply.body.contains(#"task \"abc?def\" not found"#))
        let media = RawHTTP.send("GET /media/tasks/x%3Fy/0.png HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
        #expect(media.status == 404)
        #expect(media.header("Content-Type") == "application/xml")
    }

    @Test("a real query still filters: GET /_emulator/tasks?limit=x is 400, ?limit=-1 too")
    func queryStillParsed() throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        for limit in ["x", "-1"] {
            let reply = RawHTTP.send("GET /_emulator/tasks?limit=\(limit) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: emu.port)
            #expect(reply.status == 400, "limit=\(limit)")
            #expect(reply.body.contains("limit must be an integer >= 0"))
        }
    }
}
