@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// A scenario's `limits:` sets the session's task retention, task cap and ledger size over the
/// listener's flags (docs/scenarios.md#limits, docs/limits.md#tasks).
@Suite("Scenario limits: task_retention, max_tasks, ledger_size per session")
struct ScenarioLimitsTests {
    static let zImage = BoundedMemoryTests.zImage
    static let day = BoundedMemoryTests.day

    @Test("limits.task_retention: a completed task is forgotten that long after its URLs expire, not the 7-day default")
    func retention() throws {
        let emu = try EmulatorHarness("limits: {task_retention: 1h}")
        let id = try emu.accepted(Self.zImage)
        try emu.advance(to: try emu.settlesAt(id))
        let expires = try #require(try emu.task(id)["expires_at"]?.stringValue.flatMap(TimestampText.parse))
        try emu.advance(to: expires.adding(milliseconds: 3_600_000 - 1))
        #expect(emu.poll(id).status == 200)
        emu.advance(milliseconds: 1)
        #expect(emu.poll(id).status == 404)
        #expect(emu.poll(id).errorCode == 40001)
    }

    @Test("limits.task_retention: 0s forgets a task the moment its URLs expire")
    func zeroRetention() throws {
        let emu = try EmulatorHarness("limits: {task_retention: 0s}")
        let id = try emu.accepted(Self.zImage)
        try emu.advance(to: try emu.settlesAt(id))
        let expires = try #require(try emu.task(id)["expires_at"]?.stringValue.flatMap(TimestampText.parse))
        try emu.advance(to: expires.adding(milliseconds: -1))
        #expect(emu.poll(id).status == 200)
        emu.advance(milliseconds: 1)
        #expect(emu.poll(id).status == 404)
    }

    @Test("limits.max_tasks: past it the oldest settled task is forgotten")
    func maxTasks() throws {
        let emu = try EmulatorHarness("""
            limits: {max_tasks: 2}
            rules:
              - match: {prompt_contains: first}
                duration: 1s
              - duration: 2s
            """)
        let first = try emu.accepted(#"{"model":"z-image","prompt":"settles first"}"#)
        let second = try emu.accepted(Self.zImage)
        emu.advance(milliseconds: 60_000)
        let third = try emu.accepted(Self.zImage)
        #expect(emu.poll(first).status == 404)
        #expect(emu.poll(second).status == 200)
        #expect(emu.poll(third).status == 200)
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 2)
    }

    @Test("limits.max_tasks: all kept tasks processing → 503 naming the scenario key, nothing charged")
    func maxTasksAllProcessing() throws {
        let emu = try EmulatorHarness("limits: {max_tasks: 1}\nrules: [{duration: 1h}]", credits: 100)
        _ = try emu.accepted(Self.zImage)
        let refused = emu.submit(Self.zImage)
        #expect(refused.status == 503)
        #expect(refused.errorMessage?.contains("limits.max_tasks") == true)
        #expect(emu.credits() == 95)
    }

    @Test("limits.ledger_size: an account keeps that many latest entries and counts the dropped")
    func ledgerSize() throws {
        let emu = try EmulatorHarness("limits: {ledger_size: 2}")
        var ids: [String] = []
        for _ in 0..<5 { ids.append(try emu.accepted(Self.zImage)) }
        let account = try emu.account()
        #expect(account["ledger"]?.arrayValue?.count == 2)
        #expect(account["ledger_dropped"] == 3)
        #expect(try emu.ledger().map(\.taskID) == Array(ids.suffix(2)))
        #expect(account["credits"] == .int(1_000_000 - 5 * 5))
    }

    @Test("the scenario wins over the listener's flags, and a scenario PUT without limits: brings the flags back")
    func scenarioOverFlagsAndPut() throws {
        let emu = try EmulatorHarness("limits: {max_tasks: 5}") { $0.limits.maxTasks = 1 }
        for _ in 0..<5 { _ = try emu.accepted(Self.zImage) }
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 5)

        #expect(emu.control("PUT", "/_emulator/scenario", "name: flags again\n").status == 200)
        let first = try emu.accepted(Self.zImage)
        emu.advance(milliseconds: 60_000)
        _ = try emu.accepted(Self.zImage)
        #expect(emu.poll(first).status == 404, "--max-tasks 1 applies again")

        #expect(emu.control("PUT", "/_emulator/scenario", "limits: {max_tasks: 3}\n").status == 200)
        for _ in 0..<3 { _ = try emu.accepted(Self.zImage) }
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 3)
    }

    @Test("bad limits: are reported with their key paths and lines")
    func linted() {
        let problems = ScenarioLinterTests.problems(in: """
            limits:
              task_retention: -1h
              max_tasks: 0
              ledger_size: 2000000
              keep: all
            """)
        #expect(problems.map(\.path) == ["limits.task_retention", "limits.max_tasks", "limits.ledger_size", "limits.keep"], "document order")
        #expect(problems.first { $0.path == "limits.max_tasks" }?.line == 3)
        #expect(problems.first { $0.path == "limits.max_tasks" }?.message.contains("from 1 to 100000000") == true)
        #expect(problems.first { $0.path == "limits.ledger_size" }?.message.contains("from 1 to 1000000") == true)
        #expect(problems.first { $0.path == "limits.task_retention" }?.message.contains("negative") == true)
        #expect(ScenarioLinterTests.problems(in: "limits: 5").map(\.path) == ["limits"])
    }
}
