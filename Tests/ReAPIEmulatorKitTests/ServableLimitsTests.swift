import EmulatorCore
import EmulatorMedia
import ReAPIEmulatorTesting
import Testing
@testable import ReAPIEmulatorKit

/// The limits the scenario checker enforces are the ones the live server really has.
@Suite("Servable limits agree with the listener and the renderer")
struct ServableLimitsTests {
    @Test("the core's largest image side is the renderer's")
    func imageSide() {
        #expect(ModelDefinition.maxImageSide == ImageSpec.maxDimension)
    }

    @Test("scripted headers of the largest allowed size (8 KiB) reach the client whole over a live connection")
    func largestHeadersAreSent() async throws {
        // `X-Big: <value>\r\n`: 9 bytes besides the value.
        let value = String(repeating: "h", count: 8 * 1024 - 9)
        let emu = try Emulator.start(scenario: .yaml("rules:\n  - respond: {status: 503, headers: {X-Big: \(value)}}\n"))
        defer { emu.stop() }
        let reply = RawHTTP.send("POST /api/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer rk_a\r\n"
            + "Content-Type: application/json\r\nContent-Length: 43\r\nConnection: close\r\n\r\n"
            + #"{"model": "z-image", "prompt": "a red fox"}"#, port: emu.port)
        #expect(reply.status == 503)
        #expect(reply.header("X-Big") == value)
        #expect(reply.body.contains("\"code\":70001"))
    }
}
