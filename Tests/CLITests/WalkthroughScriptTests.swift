import Foundation
import Testing

/// scripts/walkthrough.sh, quoted whole in docs/recipes.md, run against a live emulator.
@Suite("walkthrough script", .enabled(if: BuiltProducts.hasCommand("curl"), "needs curl"))
struct WalkthroughScriptTests {
    static let script = BuiltProducts.file("scripts/walkthrough.sh").path

    @Test("runs from submit to the expired URL's 403 against a virtual-clock emulator")
    func passes() async throws {
        let server = try await ServerProcess.start(try BuiltProducts.emulator(), ["--clock", "virtual", "--port", "0"])
        let run = try await ChildProcess.run(Self.script, [server.baseURL])
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.hasSuffix("walkthrough: PASS\n"))
        #expect(run.stdout.contains("200 image/jpeg"))
        #expect(run.stdout.contains("<Code>AccessDenied</Code>"))
        #expect(try await server.terminate() == 0)
    }

    @Test("stops with a clear message against a real-clock emulator")
    func refusesRealClock() async throws {
        let server = try await ServerProcess.start(try BuiltProducts.emulator(), ["--port", "0"])
        let run = try await ChildProcess.run(Self.script, [server.baseURL])
        #expect(run.status == 1)
        #expect(run.stderr == "walkthrough: FAIL: the emulator's clock is not virtual\n")
        #expect(try await server.terminate() == 0)
    }
}
