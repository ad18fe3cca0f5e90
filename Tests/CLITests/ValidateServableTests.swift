import Foundation
import Testing

/// `reapi-emulator validate` refuses what the server cannot serve (issue 10 #14), each problem
/// with its key path and line, and `serve` refuses the same file at start.
@Suite("reapi-emulator validate: what the server cannot serve")
struct ValidateServableTests {
    static let unservable = """
        models:
          z-image:
            pixels: {"1:1": [17000, 9000]}
        rules:
          - respond: {status: 101}
          - match: {nth: 2}
            respond: {status: 503, headers: {X-Big: \(String(repeating: "a", count: 9000))}}
        """

    @Test("validate lists each problem with its path and line and exits 1")
    func validateRefuses() async throws {
        let directory = try BuiltProducts.temporaryDirectory("servable")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("unservable.yaml")
        try Self.unservable.write(to: file, atomically: true, encoding: .utf8)
        let result = try await runEmulator(["validate", file.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path): models.z-image.pixels.1:1[0] (line 3): must be at most 16384 pixels (the largest image the emulator renders), got 17000"))
        #expect(lines.contains("\(file.path): rules[0].respond.status (line 5): must be an HTTP status from 200 to 599 (a 1xx answer is not final), got 101"))
        #expect(lines.contains { $0.hasPrefix("\(file.path): rules[1].respond.headers (line 7): the headers take 9009 bytes, more than the 8192") })
    }

    @Test("serve refuses the same file at start with a non-zero exit")
    func serveRefuses() async throws {
        let directory = try BuiltProducts.temporaryDirectory("servable-serve")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("unservable.yaml")
        try Self.unservable.write(to: file, atomically: true, encoding: .utf8)
        let result = try await runEmulator(["serve", "--port", "0", "--scenario", file.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("rules[0].respond.status"))
    }
}
