import Foundation
import ReAPIEmulatorTesting
import Testing
@testable import EmulatorCore

/// The files in `scenarios/` parse cleanly against the real model catalogue and do what their
/// names promise.
@Suite("Ready-made scenarios")
struct ReadyMadeScenariosTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")

    static let expectedFiles = [
        "audio.yaml", "ci-virtual.yaml", "default.yaml", "fast.yaml", "flaky-provider.yaml", "flaky-webhooks.yaml", "low-credits.yaml", "moderation.yaml",
        "rate-limited.yaml", "slow-network.yaml", "video.yaml",
    ]

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
    }

    private func load(_ name: String) throws -> Scenario {
        // Every built-in model (image, video and audio), as the emulator itself checks a scenario.
        let catalog = try builtInCatalog.get()
        return try ScenarioLoader.load(path: Self.directory.appendingPathComponent(name).path,
                                       knownModels: Set(catalog.models.flatMap { [$0.id] + $0.aliases }))
    }

    @Test("every documented scenario file is there")
    func filesArePresent() {
        #expect(Set(Self.expectedFiles).isSubset(of: Set(Self.files)))
    }

    @Test("every file parses with no problems and is named after itself", arguments: files)
    func parsesCleanly(name: String) throws {
        let scenario = try load(name)
        #expect(scenario.name == String(name.prefix { $0 != "." }))
    }

    @Test("every file opens with a comment saying when to use it", arguments: files)
    func hasCommentHeader(name: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
        #expect(header.count >= 3)
        #expect(header.first?.hasPrefix("# \(name):") == true)
        #expect(header.joined().contains("Use it"))
    }

    @Test("default: the real clock and no rules")
    func defaultScenario() throws {
        let scenario = try load("default.yaml")
        #expect(scenario.clock == .real)
        #expect(scenario.rules.isEmpty)
        #expect(scenario.latency == Latency())
    }

    @Test("audio: a virtual clock; its 3 min 5 s song bills the stem separator 4 started minutes, 800 credits")
    func audioScenario() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("audio.yaml"), encoding: .utf8)
        let harness = try EmulatorHarness(scenario: text)
        let submitted = harness.respond(.make("POST", MediaKind.audio.submitPath, key: "rk_test_1",
            json: #"{"model":"audio-stem-separator","audio_url":"https://cdn.example.com/song.wav","stem":"vocals"}"#))
        let id = try #require(submitted.taskID)
        #expect(harness.credits("rk_test_1") == 1_000_000 - 800)
        #expect(try harness.task(id)["status"]?.stringValue == "processing")
        let short = harness.respond(.make("POST", MediaKind.audio.submitPath, key: "rk_test_1",
            json: #"{"model":"audio-voice-clean","audio_url":"https://cdn.example.com/clips/a.wav"}"#))
        #expect(short.status == 200 && harness.credits("rk_test_1") == 1_000_000 - 1000)
    }

    @Test("fast: one catch-all rule finishing every task within a second")
    func fastScenario() throws {
        let scenario = try load("fast.yaml")
        #expect(scenario.rules == [Rule(duration: DurationRange(min: 100, max: 900), index: 0)])
    }

    @Test("ci-virtual: virtual clock, fixed start and seed")
    func ciVirtualScenario() throws {
        let scenario = try load("ci-virtual.yaml")
        #expect(scenario.clock == .virtual)
        #expect(scenario.startTime == Timestamp(unixSeconds: 1_767_225_600))
        #expect(scenario.seed == 42)
    }

    @Test("flaky-provider: 80001, 80002 and 80003 by prompt and by position")
    func flakyProviderScenario() throws {
        let rules = try load("flaky-provider.yaml").rules
        #expect(Set(rules.compactMap(\.fail?.code)) == [80001, 80002, 80003])
        #expect(rules.contains { $0.match.nth != nil && $0.fail != nil })
        #expect(rules.contains { $0.match.promptContains != nil && $0.fail != nil })
    }

    @Test("rate-limited: a per-key limit")
    func rateLimitedScenario() throws {
        #expect(try load("rate-limited.yaml").rateLimit == RateLimit(requestsPerMinute: 5))
    }

    @Test("low-credits: small balances and one revoked key")
    func lowCreditsScenario() throws {
        let accounts = try #require(try load("low-credits.yaml").accounts)
        #expect(accounts.contains { $0.credits == 0 })
        #expect(accounts.filter(\.revoked).count == 1)
        #expect(accounts.filter { !$0.revoked }.allSatisfy { $0.credits < 100 })
    }

    @Test("moderation: rejections before acceptance and 80006 after")
    func moderationScenario() throws {
        let rules = try load("moderation.yaml").rules
        #expect(rules.contains { $0.reject == .moderation })
        #expect(rules.contains { $0.fail?.code == 80006 })
    }

    @Test("slow-network: latency, 503s and both connection faults")
    func slowNetworkScenario() throws {
        let scenario = try load("slow-network.yaml")
        #expect(scenario.latency.submit != nil && scenario.latency.poll != nil && scenario.latency.media != nil)
        #expect(scenario.rules.contains { $0.respond?.status == 503 })
        #expect(scenario.rules.contains { $0.fault == .resetAfterAccept })
        #expect(scenario.rules.contains { $0.on == .poll && $0.fault == .resetBeforeAccept })
    }
}
