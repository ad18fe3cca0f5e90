@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// "The real service never repeats an id": within one emulator no two tasks of any sessions
/// share an id, and a session does not answer for another's. With a seed the ids repeat from
/// run to run (docs/scenarios.md, `seed`).
@Suite("Task ids never repeat")
struct TaskIDUniquenessTests {
    static let zImage = #"{"model":"z-image","prompt":"a red fox"}"#
    static let imagen = #"{"model":"imagen-4-0","prompt":"a red fox"}"#

    func open(_ h: EmulatorHarness, _ body: String = "{}") throws -> String {
        let created = h.control("POST", "/_emulator/sessions", body)
        return "/sessions/" + (try #require(created.json?["id"]?.stringValue))
    }

    func ids(_ h: EmulatorHarness, base: String = "", count: Int = 5) throws -> [String] {
        try (0..<count).map { i in try h.accepted(i % 2 == 0 ? Self.zImage : Self.imagen, base: base) }
    }

    @Test("sessions opened at once, with no seed or with the same seed as the default, hand out no shared id")
    func sessionsShareNoID() throws {
        let h = try EmulatorHarness(seed: 7)
        let a = try open(h), b = try open(h), same = try open(h, #"{"seed": 7}"#), twin = try open(h, #"{"seed": 7}"#)
        var all = try ids(h)
        for base in [a, b, same, twin] { all += try ids(h, base: base) }
        #expect(Set(all).count == all.count, "\(all)")
    }

    @Test("a session's poll of another session's task is 404 40001")
    func foreignSessionTask() throws {
        let h = try EmulatorHarness()
        let a = try open(h), b = try open(h)
        let id = try h.accepted(Self.zImage, base: a)
        let foreign = h.poll(id, base: b)
        #expect(foreign.status == 404)
        #expect(foreign.errorCode == 40001)
        #expect(h.poll(id, base: a).status == 200)
    }

    @Test("a reset does not hand out the ids of the tasks it forgot")
    func resetDrawsNewIDs() throws {
        let h = try EmulatorHarness()
        let before = try ids(h)
        #expect(h.control("POST", "/_emulator/reset").status == 200)
        let after = try ids(h)
        #expect(Set(before).isDisjoint(with: after))
    }

    @Test("with one seed, two emulators hand out the same ids, sessions included; a session shows its seed")
    func seededRunsRepeat() throws {
        // A session's virtual clock starts at the wall time: its ULIDs (imagen-4-0) carry it.
        func run() throws -> [String] {
            let h = try EmulatorHarness(seed: 7)
            let session = try open(h)
            let inSession = try (0..<3).map { _ in try h.accepted(Self.zImage, base: session) }
            return try ids(h) + inSession
        }
        #expect(try run() == run())
        let h = try EmulatorHarness(seed: 7)
        #expect(try h.controlJSON("GET", "/_emulator/clock")["seed"] == 7)
        let chosen = try open(h, #"{"seed": 12}"#)
        #expect(try h.controlJSON("GET", chosen + "/_emulator/clock")["seed"] == 12)
        let drawn = try h.controlJSON("GET", try open(h) + "/_emulator/clock")["seed"]?.intValue
        #expect(drawn != nil && drawn != 7)
    }

    @Test("two emulators started without a seed draw different seeds, and so different ids")
    func unseededRunsDiffer() throws {
        func run() throws -> (seed: UInt64, ids: [String]) {
            var configuration = EmulatorConfiguration(provider: .reapi, publicURL: "https://emu.test", seed: RunSeed.random())
            configuration.defaultCredits = 1_000_000
            let app = try EmulatorApp(configuration: configuration, clock: EmulatorClock(mode: .virtual),
                                      validator: try ModelCatalog.builtIn(), renderImage: { _ in [] })
            let ids = (0..<5).compactMap { _ in
                app.handle(.make("POST", "/api/v1/images/generations", json: Self.zImage)).response.json.flatMap(HTTPResponse.taskID(in:))
            }
            return (app.defaultSession.seed, ids)
        }
        let first = try run(), second = try run()
        #expect(first.ids.count == 5 && second.ids.count == 5)
        #expect(first.seed != second.seed)
        #expect(Set(first.ids).isDisjoint(with: second.ids))
        #expect(first.seed < 1 << 53)
    }
}
