import Foundation
import Testing

/// clients/node: scripts/node-client-test.sh runs the package's own tests with `node --test` against
/// the built binary, packs both npm packages with it (scripts/build-npm.sh), installs the tarballs
/// into an empty project with no network, and runs the README's Vitest file there — compiled with
/// `tsc --strict`, node:test standing in for Vitest — alone and as two parallel workers.
/// Without node, npm or tsc the test is skipped, saying what to install; under CI=true it fails.
@Suite("Node client package")
struct NodeClientTests {
    static let tools = ["node", "npm", "tsc"]
    static let missing = tools.filter { !BuiltProducts.hasCommand($0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test("node --test passes, and the packed tarballs installed offline run the README's file alone and in two workers",
          .enabled(if: missing.isEmpty || inCI,
                   "skipped: no \(missing.joined(separator: ", ")) (apt-get install nodejs npm node-typescript to run the Node client's tests)"))
    func packageTestsPass() async throws {
        try #require(Self.missing.isEmpty, "CI=true but \(Self.missing.joined(separator: ", ")) missing: .ci/run must install nodejs, npm and node-typescript")
        let run = try await ChildProcess.run(BuiltProducts.file("scripts/node-client-test.sh").path,
                                             environment: commandEnvironment(["REAPI_EMULATOR_BIN": try BuiltProducts.emulator().path]),
                                             timeout: 600)
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.hasSuffix("node-client-test: passed\n"), "stdout: \(run.stdout)")
        #expect(run.stdout.contains("passed 4 failed 0"), "the two-worker run: \(run.stdout)")
    }
}
