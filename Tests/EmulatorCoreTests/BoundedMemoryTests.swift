@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 10 #10: memory is bounded. Tasks are forgotten a set time after their URLs expire (or
/// after they failed), the task table has a cap, ledgers keep their latest entries, and only an
/// accepted submit creates an account (docs/limits.md).
@Suite("Bounded memory: retention, --max-tasks, ledgers, accounts, key length")
struct BoundedMemoryTests {
    static let zImage = #"{"model":"z-image","prompt":"a forty character prompt for the bench!"}"#
    /// z-image URLs live 24 hours (docs/models.md); retention is 7 days by default.
    static let day: Int64 = 86_400_000

    @Test("a completed task is forgotten 7 days after its URLs expire: poll, task view and media are 404 after, not before")
    func completedTaskForgotten() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(Self.zImage)
        try emu.advance(to: try emu.settlesAt(id))
        let url = try #require(emu.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
        let expires = try #require(try emu.task(id)["expires_at"]?.stringValue.flatMap(TimestampText.parse))
        try emu.advance(to: expires.adding(milliseconds: 7 * Self.day - 1))
        #expect(emu.poll(id).status == 200)
        #expect(emu.media(url).status == 403, "expired, still known")
        emu.advance(milliseconds: 1)
        let gone = emu.poll(id)
        #expect(gone.status == 404)
        #expect(gone.errorCode == 40001)
        #expect(emu.control("GET", "/_emulator/tasks/\(id)").status == 404)
        #expect(emu.media(url).status == 404)
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 0)
        // The charge stays in the ledger: forgetting a task does not undo what it cost.
        #expect(emu.credits() == 1_000_000 - 5)
    }

    @Test("a failed task is forgotten 7 days after it failed, its refund kept")
    func failedTaskForgotten() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80003, after: 10s}}]")
        let id = try emu.accepted(Self.zImage)
        emu.advance(milliseconds: 10_000 + 7 * Self.day - 1)
        #expect(emu.poll(id).json?["status"] == "failed")
        emu.advance(milliseconds: 1)
        #expect(emu.poll(id).status == 404)
        #expect(emu.credits() == 1_000_000)
    }

    @Test("forgetting leaves nothing behind: task table, poll-body cache, settlement queue and listing order all empty")
    func forgettingCleansEveryStructure() throws {
        let emu = try EmulatorHarness()
        var ids: [String] = []
        for _ in 0..<3000 { ids.append(try emu.accepted(Self.zImage)) }
        emu.advance(milliseconds: 60_000)
        for id in ids { #expect(emu.poll(id).status == 200) }
        let before = emu.app.defaultSession.state.withLock { ($0.tasks.count, $0.settledPollBodies.count, $0.settlements.count) }
        #expect(before == (3000, 3000, 3000))
        emu.advance(milliseconds: 9 * Self.day)
        let after = emu.app.defaultSession.state.withLock { s in
            (s.tasks.count, s.settledPollBodies.count, s.settlements.count, s.accepted.storedCount, s.settled.storedCount)
        }
        #expect(after.0 == 0 && after.1 == 0 && after.2 == 0)
        #expect(after.3 <= 1024 && after.4 <= 1024, "backlogs compacted: \(after)")
    }

    @Test("--task-retention sets how long a task is kept after its URLs expire")
    func retentionIsConfigurable() throws {
        let emu = try EmulatorHarness { $0.limits.retentionMilliseconds = 60_000 }
        let id = try emu.accepted(Self.zImage)
        try emu.advance(to: try emu.settlesAt(id))
        emu.advance(milliseconds: Self.day + 61_000)
        #expect(emu.poll(id).status == 404)
    }

    @Test("--max-tasks: the oldest settled task makes room; processing tasks are never evicted")
    func maxTasksEvictsOldestSettled() throws {
        let emu = try EmulatorHarness("""
        rules:
          - match: {prompt_contains: slow}
            duration: 1h
          - match: {prompt_contains: second}
            duration: 2s
          - duration: 1s
        """) { $0.limits.maxTasks = 3 }
        let slow = try emu.accepted(#"{"model":"z-image","prompt":"slow one"}"#)
        let second = try emu.accepted(#"{"model":"z-image","prompt":"settles second"}"#)
        let first = try emu.accepted(Self.zImage)
        emu.advance(milliseconds: 60_000)  // first and second settle; slow is still processing
        let third = try emu.accepted(Self.zImage)
        #expect(emu.poll(first).status == 404, "the oldest settled task went first")
        #expect(emu.poll(slow).json?["status"] == "processing")
        #expect(emu.poll(second).status == 200)
        #expect(emu.poll(third).status == 200)
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 3)
    }

    @Test("--max-tasks: when every kept task is processing, a submit is 503 with Retry-After and charges nothing")
    func maxTasksAllProcessing() throws {
        let emu = try EmulatorHarness("rules: [{duration: 1h}]", credits: 100) { $0.limits.maxTasks = 2 }
        _ = try emu.accepted(Self.zImage)
        _ = try emu.accepted(Self.zImage)
        let refused = emu.submit(Self.zImage)
        #expect(refused.status == 503)
        #expect(refused.errorCode == 70001)
        #expect(refused.header("Retry-After") == "1")
        #expect(refused.errorMessage?.contains("--max-tasks") == true)
        #expect(emu.credits() == 90)
        emu.advance(milliseconds: 3_600_000)
        #expect(emu.submit(Self.zImage).status == 200, "room once one has settled")
    }

    @Test("a ledger keeps its latest entries and counts the ones dropped")
    func ledgerIsBounded() throws {
        let emu = try EmulatorHarness { $0.limits.ledgerCapacity = 5 }
        var ids: [String] = []
        for _ in 0..<8 { ids.append(try emu.accepted(Self.zImage)) }
        let account = try emu.account()
        #expect(account["ledger"]?.arrayValue?.count == 5)
        #expect(account["ledger_dropped"] == 3)
        #expect(try emu.ledger().map(\.taskID) == Array(ids.suffix(5)))
        #expect(account["credits"] == .int(1_000_000 - 8 * 5), "the balance counts every entry, dropped or not")
    }

    @Test("the default ledger keeps 1,000 entries")
    func defaultLedgerSize() throws {
        let emu = try EmulatorHarness()
        for _ in 0..<1005 { _ = try emu.accepted(Self.zImage) }
        let account = try emu.account()
        #expect(account["ledger"]?.arrayValue?.count == 1000)
        #expect(account["ledger_dropped"] == 5)
    }

    @Test("a poll, a refused submit or an unknown task creates no account; an accepted submit does")
    func accountsOnlyFromAcceptedSubmits() throws {
        let emu = try EmulatorHarness()
        #expect(emu.poll("task_missing", key: "rk_poller").status == 404)
        #expect(emu.submit(#"{"model":"z-image"}"#, key: "rk_refused").status == 400)
        #expect(emu.control("GET", "/_emulator/accounts/rk_poller").status == 404)
        #expect(emu.control("GET", "/_emulator/accounts/rk_refused").status == 404)
        #expect(try emu.controlJSON("GET", "/_emulator/accounts")["accounts"]?.arrayValue?.isEmpty == true)
        _ = try emu.accepted(Self.zImage, key: "rk_customer")
        #expect(emu.credits("rk_customer") == 1_000_000 - 5)
        #expect(emu.app.defaultSession.state.withLock { $0.accounts.count } == 1)
    }

    @Test("10,000 polls with distinct keys leave no account behind")
    func distinctKeysCostNothing() throws {
        let emu = try EmulatorHarness()
        for i in 0..<10_000 { _ = emu.poll("task_x", key: "rk_\(i)_" + String(repeating: "k", count: 200)) }
        #expect(emu.app.defaultSession.state.withLock { $0.accounts.count } == 0)
    }

    @Test("rate-limit windows of keys not seen for a minute are dropped")
    func rateLimitWindowsPruned() throws {
        let emu = try EmulatorHarness("rate_limit: {requests_per_minute: 5}")
        for i in 0..<3000 { _ = emu.poll("task_x", key: "rk_burst_\(i)") }
        emu.advance(milliseconds: 61_000)
        for i in 0..<1100 { _ = emu.poll("task_x", key: "rk_later_\(i)") }
        let windows = emu.app.defaultSession.state.withLock { $0.rateLimiter.windowCount }
        #expect(windows < 3000, "\(windows) windows kept")
    }

    @Test("a bearer key longer than 256 bytes is 401 with a clear message and creates nothing; 256 bytes is fine")
    func keyLengthCapped() throws {
        let emu = try EmulatorHarness()
        let long = "rk_" + String(repeating: "a", count: 254)
        let refused = emu.submit(Self.zImage, key: long)
        #expect(refused.status == 401)
        #expect(refused.errorCode == 10002)
        #expect(refused.errorMessage?.contains("257 bytes") == true)
        #expect(refused.errorMessage?.contains("256") == true)
        #expect(emu.poll("task_x", key: long).status == 401)
        #expect(emu.app.defaultSession.state.withLock { $0.accounts.count } == 0)
        #expect(emu.submit(Self.zImage, key: String(long.dropLast())).status == 200)
    }

    @Test("PUT /_emulator/accounts/{key} refuses a key longer than 256 bytes")
    func putAccountKeyCapped() throws {
        let emu = try EmulatorHarness()
        let long = String(repeating: "k", count: 257)
        #expect(emu.control("PUT", "/_emulator/accounts/\(long)", #"{"credits": 5}"#).status == 400)
    }
}
