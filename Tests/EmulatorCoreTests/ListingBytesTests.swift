@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Listings are bounded by bytes as well as by count (`ListingBytes.max`, docs/limits.md):
/// webhooks to 2,000-byte callback URLs would make a page of 1,000 advance changes or journal
/// entries several megabytes long. The page stops within the bound, says `truncated`, and its
/// cursor leads to the rest.
@Suite("Listings bounded by bytes")
struct ListingBytesTests {
    /// 600 accepted imagen4 tasks with a callback URL of about 2,000 bytes, settled by one advance.
    static func settledWithLongCallbacks() throws -> (EmulatorHarness, HTTPResponse) {
        let emu = try EmulatorHarness(provider: .apiinone)
        let url = "http://127.0.0.1:9/" + String(repeating: "a", count: 1_980)
        for i in 0..<600 {
            _ = try emu.accepted(#"{"model":"imagen4","prompt":"p\#(i)","callback_url":"\#(url)"}"#)
        }
        return (emu, emu.advance(seconds: 3_600))
    }

    @Test("clock/advance lists changes up to 1 MiB of JSON and says truncated; count still counts them all")
    func advanceBounded() throws {
        let (_, advance) = try Self.settledWithLongCallbacks()
        #expect(advance.status == 200)
        let changes = advance.json?["changes"]?.arrayValue ?? []
        #expect(advance.body.count < ListingBytes.max + 4_096)
        #expect(changes.count > 100 && changes.count < 1_000)
        #expect(advance.json?["truncated"] == true)
        #expect((advance.json?["count"]?.intValue ?? 0) >= 1_200)  // 600 completions + 600 attempts
    }

    @Test("the journal page stops at 1 MiB with the newest entries, truncated, and its cursor pages through every entry once")
    func journalBounded() throws {
        let (emu, _) = try Self.settledWithLongCallbacks()
        var seen: [Int] = []
        var cursor = ""
        for _ in 0..<20 {
            let page = emu.control("GET", "/_emulator/requests?limit=1000" + cursor)
            #expect(page.status == 200)
            #expect(page.body.count < ListingBytes.max + 4_096)
            let entries = page.json?["requests"]?.arrayValue ?? []
            seen = entries.compactMap { $0["seq"]?.intValue } + seen
            guard let next = page.json?["next"]?.stringValue else { break }
            cursor = "&cursor=" + next
        }
        #expect(seen == seen.sorted() && Set(seen).count == seen.count, "oldest first, no entry twice")
        let first = emu.control("GET", "/_emulator/requests?limit=1000")
        #expect(first.json?["truncated"] == true)
        #expect(seen.count == (first.json?["capacity"]?.intValue ?? 0), "every entry of the ring reached through the cursor")
    }

    /// Pages a listing with `?limit=1000` through its `next` cursor: every page within the bound,
    /// the ids of each page in the order listed.
    static func pages(_ emu: EmulatorHarness, _ path: String, _ field: String) -> [[String]] {
        var pages: [[String]] = []
        var cursor = ""
        for _ in 0..<20 {
            let page = emu.control("GET", path + "?limit=1000" + cursor)
            #expect(page.status == 200)
            #expect(page.body.count < ListingBytes.max + 4_096, "\(path): a page of \(page.body.count) bytes")
            let items = page.json?[field]?.arrayValue ?? []
            #expect(page.json?["count"]?.intValue == items.count)
            pages.append(items.compactMap { $0["id"]?.stringValue })
            guard let next = page.json?["next"]?.stringValue else { break }
            cursor = "&cursor=" + next
        }
        return pages
    }

    @Test("the tasks page stops at 1 MiB with the newest tasks, truncated, and its cursor reaches every task once")
    func tasksBounded() throws {
        // A task's summary names its model: a scenario model with a 1,000-byte id (YAML's longest
        // plain key) makes each about 1.35 KB, 1,000 of them about 1.3 MiB.
        let model = "m-" + String(repeating: "x", count: 998)
        let emu = try EmulatorHarness("models:\n  \(model): {extends: z-image}\n")
        var submitted: [String] = []
        for i in 0..<1_000 {
            submitted.append(try emu.accepted(#"{"model":"\#(model)","prompt":"p\#(i)"}"#))
        }
        let first = emu.control("GET", "/_emulator/tasks?limit=1000")
        #expect(first.json?["truncated"] == true)
        let pages = Self.pages(emu, "/_emulator/tasks", "tasks")
        #expect(pages.count == 2, "1,000 summaries of ~1.35 KB: two pages of 1 MiB")
        #expect(pages.first.map { $0.count > 500 && $0.count < 1_000 } == true)
        // Each page lists oldest first and the cursor goes on before it: the pages, last first, are every task once.
        #expect(Array(pages.reversed().joined()) == submitted)
    }

    @Test("the sessions page stops at 1 MiB, truncated, and its cursor reaches every session once in creation order")
    func sessionsBounded() throws {
        let emu = try EmulatorHarness()
        var created: [String] = []
        for i in 0..<200 {
            let name = "session \(i) " + String(repeating: "n", count: 8_000)
            let answer = emu.control("POST", "/_emulator/sessions", String(decoding: JSONWriter.bytes(["name": .string(name)]), as: UTF8.self))
            #expect(answer.status == 201)
            created.append(try #require(answer.json?["id"]?.stringValue))
        }
        let first = emu.control("GET", "/_emulator/sessions?limit=1000")
        #expect(first.json?["truncated"] == true)
        #expect(first.json?["total"]?.intValue == 200)
        let pages = Self.pages(emu, "/_emulator/sessions", "sessions")
        #expect(pages.count == 2, "200 sessions of ~8 KB: two pages of 1 MiB")
        #expect(Array(pages.joined()) == created)
    }

    @Test("a page within the bound is not truncated")
    func smallPage() throws {
        let emu = try EmulatorHarness()
        _ = try emu.accepted(#"{"model":"z-image","prompt":"a fox"}"#)
        #expect(emu.control("GET", "/_emulator/tasks").json?["truncated"] == false)
        #expect(emu.control("GET", "/_emulator/requests").json?["truncated"] == false)
        #expect(emu.control("GET", "/_emulator/sessions").json?["truncated"] == false)
        // A status no task can have answers an empty page of the same shape (schemathesis found it without `truncated`).
        let none = emu.control("GET", "/_emulator/tasks?status=bogus").json
        #expect(none?["truncated"] == false && none?["count"] == 0 && none?["tasks"] == [])
    }

    @Test("ListingBytes.fitting stops before the item that passes the bound, and keeps one item however large")
    func fitting() {
        let item = JSONValue.string(String(repeating: "x", count: 98))  // 100 bytes written, 101 counted
        #expect(ListingBytes.fitting(Array(repeating: item, count: 50), limit: 1_010) == 10)
        #expect(ListingBytes.fitting([item, item], limit: 10) == 1)
    }
}
