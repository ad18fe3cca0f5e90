@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// `GET /api/v1/balance` (reapi.ai/docs/api/balance): `200 {"balance": 12500}`, "Integer
/// credits, 1 credit = $0.001", "Reading this endpoint does not consume credits"; 401 10001–10004,
/// 429 50001 "Per-user rate limit exceeded — retry after Retry-After seconds".
@Suite("Balance endpoint")
struct BalanceEndpointTests {
    static let zImage = #"{"model":"z-image","prompt":"a red fox"}"#

    func balance(_ h: EmulatorHarness, key: String? = "rk_live_reader", base: String = "") -> HTTPResponse {
        h.respond(.make("GET", base + "/api/v1/balance", key: key))
    }

    @Test("answers the caller's integer credits, free to read, and follows the charges of submits")
    func readsTheBalance() throws {
        let h = try EmulatorHarness("accounts: [{key: rk_live_reader, credits: 12500}, {key: rk_live_other, credits: 7}]")
        let first = balance(h)
        #expect(first.status == 200)
        #expect(first.json == ["balance": 12500])
        #expect(balance(h).json == ["balance": 12500])  // reading does not consume credits
        #expect(balance(h, key: "rk_live_other").json == ["balance": 7])
        _ = try h.accepted(Self.zImage, key: "rk_live_reader")  // z-image costs 5 credits
        #expect(balance(h).json == ["balance": 12495])
        #expect(try h.ledger("rk_live_reader").count == 1)
    }

    @Test("a key not seen yet reads the starting balance, and no account is made for it")
    func newKey() throws {
        let h = try EmulatorHarness(credits: 1_000_000)
        #expect(balance(h, key: "rk_live_fresh").json == ["balance": 1_000_000])
        #expect(h.control("GET", "/_emulator/accounts/rk_live_fresh").status == 404)
    }

    @Test("authenticated like submit and poll: 10001 missing, 10002 malformed, 10003 unknown, 10004 revoked")
    func authentication() throws {
        let h = try EmulatorHarness("accounts: [{key: rk_live_reader}, {key: rk_live_gone, revoked: true}]")
        #expect(balance(h, key: nil).errorCode == 10001)
        #expect(h.respond(.make("GET", "/api/v1/balance", key: nil, headers: ["Authorization": "Basic x"])).errorCode == 10002)
        #expect(balance(h, key: "rk_live_stranger").errorCode == 10003)
        let revoked = balance(h, key: "rk_live_gone")
        #expect(revoked.status == 401 && revoked.errorCode == 10004)
    }

    @Test("rate-limited like the other provider routes: 429 50001 with Retry-After")
    func rateLimited() throws {
        let h = try EmulatorHarness("rate_limit: {requests_per_minute: 1}")
        #expect(balance(h).status == 200)
        let limited = balance(h)
        #expect(limited.status == 429)
        #expect(limited.errorCode == 50001)
        #expect(limited.header("Retry-After") == "60")
    }

    @Test("per session, journaled; API in One documents no balance endpoint")
    func perSessionAndJournaled() throws {
        let h = try EmulatorHarness()
        let created = h.control("POST", "/_emulator/sessions", #"{"scenario": "default_credits: 40"}"#)
        let base = "/sessions/" + (try #require(created.json?["id"]?.stringValue))
        #expect(balance(h, base: base).json == ["balance": 40])
        #expect(balance(h).json == ["balance": 1_000_000])
        let journal = try h.controlJSON("GET", "/_emulator/requests")
        let paths = journal["requests"]?.arrayValue?.compactMap { $0["path"]?.stringValue } ?? []
        #expect(paths.contains("/api/v1/balance"))
        let other = try EmulatorHarness(provider: .apiinone)
        #expect(other.respond(.make("GET", "/api/v1/balance", key: "aio_test_key")).status == 404)
    }
}
