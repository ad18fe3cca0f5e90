import Foundation
import Testing

@Suite("reapi-emulator validate")
struct ValidateCommandTests {
    static let root = BuiltProducts.packageRoot

    func temp(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("every ready-made scenario passes")
    func readyMade() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.map { Self.root.appendingPathComponent("scenarios/\($0)").path }
        #expect(files.count >= 8)
        let result = try await runEmulator(["validate"] + files)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == files.count)
        #expect(result.stderr.isEmpty)
    }

    @Test("problems are printed with file, key path and line, and the exit is 1")
    func problems() async throws {
        let good = try temp("name: fine\n")
        let bad = try temp("""
        name: broken
        ratelimit: {requests_per_minute: 5}
        rules:
          - match: {model: z-image}
            duration: 1s
          - match: {model: no-such-model}
            fail: {code: 80009}
        """)
        defer { try? FileManager.default.removeItem(at: good); try? FileManager.default.removeItem(at: bad) }
        let result = try await runEmulator(["validate", good.path, bad.path])
        #expect(result.status == 1)
        #expect(result.stdout == "\(good.path): ok\n")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(bad.path): ratelimit (line 2): unknown key") && $0.contains("rate_limit") })
        #expect(lines.contains { $0.hasPrefix("\(bad.path): rules[1].match.model (line 6):") })
        #expect(lines.contains("\(bad.path): rules[1].fail.code (line 7): 80009 is not a task failure code (80001, 80002, 80003, 80006)"))
        #expect(lines.allSatisfy { $0.hasPrefix(bad.path + ": ") })
    }

    @Test("the scenario example in the README is valid")
    func readmeExample() async throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        // The first YAML block of the Scenarios section (the GitHub Actions one above it is a workflow).
        let section = try #require(readme.range(of: "\n## Scenarios\n"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let file = try temp(String(readme[start.upperBound..<end.lowerBound]))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await runEmulator(["validate", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test("an unreadable file is a problem, not a crash")
    func missingFile() async throws {
        let result = try await runEmulator(["validate", "/nonexistent/scenario.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/scenario.yaml"))
    }

    @Test("validate with no file is a usage error")
    func noFile() async throws {
        let result = try await runEmulator(["validate"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("reapi-emulator: error:"))
    }
}
