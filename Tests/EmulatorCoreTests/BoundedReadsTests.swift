@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 10 #11: every listing returns at most 1,000 items (100 unless `limit` says otherwise)
/// with a `next` cursor, and a clock advance reports at most 1,000 changes (docs/control-api.md).
@Suite("Bounded control reads: limit, next cursor, truncated advances")
struct BoundedReadsTests {
    static let zImage = #"{"model":"z-image","prompt":"p"}"#

    private func ids(_ page: JSONValue) -> [String] {
        (page["tasks"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    @Test("GET /_emulator/tasks: the latest 100 by default, at most 1,000, and next walks every task exactly once")
    func tasksPaged() throws {
        let emu = try EmulatorHarness()
        var submitted: [String] = []
        for _ in 0..<1205 { submitted.append(try emu.accepted(Self.zImage)) }
        let first = try emu.controlJSON("GET", "/_emulator/tasks")
        #expect(ids(first) == Array(submitted.suffix(100)), "the latest 100, oldest first")
        #expect(first["count"] == 100)
        #expect(first["next"]?.stringValue != nil)
        #expect(ids(try emu.controlJSON("GET", "/_emulator/tasks?limit=5000")).count == 1000)
        var seen: [String] = []
        var cursor: String?
        for _ in 0..<10 {
            let page = try emu.controlJSON("GET", "/_emulator/tasks?limit=1000" + (cursor.map { "&cursor=\($0)" } ?? ""))
            seen = ids(page) + seen
            cursor = page["next"]?.stringValue
            if cursor == nil { break }
        }
        #expect(seen == submitted)
    }

    @Test("filters apply before the limit: ?key= pages one key's tasks")
    func filteredPage() throws {
        let emu = try EmulatorHarness()
        for i in 0..<300 { _ = try emu.accepted(Self.zImage, key: i % 3 == 0 ? "rk_one" : "rk_other") }
        let page = try emu.controlJSON("GET", "/_emulator/tasks?key=rk_one&limit=60")
        #expect(page["count"] == 60)
        let next = try #require(page["next"]?.stringValue)
        let rest = try emu.controlJSON("GET", "/_emulator/tasks?key=rk_one&limit=60&cursor=\(next)")
        #expect(rest["count"] == 40)
        #expect(rest["next"] == .null)
    }

    @Test("GET /_emulator/requests: 100 by default with a next cursor to the older entries")
    func journalPaged() throws {
        let emu = try EmulatorHarness()
        for _ in 0..<150 { _ = emu.poll("task_missing") }
        let page = try emu.controlJSON("GET", "/_emulator/requests")
        #expect(page["count"] == 100)
        #expect(page["requests"]?[0]?["seq"] == 51)
        let next = try #require(page["next"]?.stringValue)
        let older = try emu.controlJSON("GET", "/_emulator/requests?cursor=\(next)")
        #expect(older["count"] == 50)
        #expect(older["requests"]?[0]?["seq"] == 1)
        #expect(older["next"] == .null)
    }

    @Test("GET /_emulator/accounts: 100 by default in key order, next continues after the last key")
    func accountsPaged() throws {
        let emu = try EmulatorHarness()
        for i in 0..<150 { _ = try emu.accepted(Self.zImage, key: "rk_key_\(String(1000 + i))") }
        let page = try emu.controlJSON("GET", "/_emulator/accounts")
        #expect(page["accounts"]?.arrayValue?.count == 100)
        let next = try #require(page["next"]?.stringValue)
        let rest = try emu.controlJSON("GET", "/_emulator/accounts?cursor=\(next)")
        #expect(rest["accounts"]?.arrayValue?.count == 50)
        #expect(rest["next"] == .null)
    }

    @Test("GET /_emulator/sessions pages too")
    func sessionsPaged() throws {
        let emu = try EmulatorHarness()
        for _ in 0..<3 { try emu.controlJSON("POST", "/_emulator/sessions", "{}") }
        let page = try emu.controlJSON("GET", "/_emulator/sessions?limit=2")
        #expect(page["count"] == 2)
        let next = try #require(page["next"]?.stringValue)
        #expect(try emu.controlJSON("GET", "/_emulator/sessions?limit=2&cursor=\(next)")["count"] == 1)
    }

    @Test("a bad limit or cursor is 400 in the envelope", arguments: ["limit=-1", "limit=ten", "cursor=abc"])
    func badPaging(query: String) throws {
        let emu = try EmulatorHarness()
        let response = emu.control("GET", "/_emulator/tasks?\(query)")
        #expect(response.status == 400)
        #expect(response.errorCode == 20003)
    }

    @Test("clock/advance lists at most 1,000 changes, with the full count and truncated: true")
    func advanceTruncated() throws {
        let emu = try EmulatorHarness()
        for _ in 0..<1500 { _ = try emu.accepted(Self.zImage) }
        let advance = try #require(emu.advance(seconds: 3600).json)
        #expect(advance["changes"]?.arrayValue?.count == 1000)
        #expect(advance["count"] == 1500)
        #expect(advance["truncated"] == true)
        let small = try #require(emu.advance(seconds: 1).json)
        #expect(small["count"] == 0)
        #expect(small["truncated"] == false)
    }
}
