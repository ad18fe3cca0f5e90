@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 10 #12: a web page in the developer's browser can neither drive the control API
/// (Origin → 403) nor read it through DNS rebinding (Host → 421), and no listing shows a whole
/// bearer key (docs/security.md).
@Suite("Browser safety: Origin, Host, masked keys")
struct BrowserSafetyTests {
    private func call(_ emu: EmulatorHarness, _ method: String, _ path: String, headers: [String: String], body: String? = nil) -> HTTPResponse {
        emu.respond(.make(method, path, key: nil, json: body, headers: headers))
    }

    @Test("a control call from a foreign Origin is 403 in the envelope and changes nothing",
          arguments: ["http://evil.example", "http://localhost:3000", "null", "https://emu.test.evil.example"])
    func foreignOrigin(origin: String) throws {
        let emu = try EmulatorHarness()
        _ = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        let reset = call(emu, "POST", "/_emulator/reset", headers: ["Origin": origin, "Content-Type": "text/plain"])
        #expect(reset.status == 403)
        #expect(reset.errorCode == 10006)
        #expect(reset.header("X-Request-Id") != nil)
        #expect(call(emu, "POST", "/_emulator/clock/advance", headers: ["Origin": origin], body: #"{"seconds": 60}"#).status == 403)
        #expect(call(emu, "GET", "/_emulator/accounts", headers: ["Origin": origin]).status == 403)
        #expect(try emu.controlJSON("GET", "/_emulator/tasks")["count"] == 1, "the reset did not happen")
    }

    @Test("the emulator's own origins may call the control API; health answers any origin")
    func ownOrigins() throws {
        let emu = try EmulatorHarness { $0.access.listenPort = 8080; $0.access.allowedHosts = ["ci.example"] }
        for origin in ["https://emu.test", "http://localhost:8080", "http://127.0.0.1:8080", "http://ci.example:8080"] {
            #expect(call(emu, "POST", "/_emulator/reset", headers: ["Origin": origin]).status == 200, "\(origin)")
        }
        #expect(call(emu, "GET", "/_emulator/health", headers: ["Origin": "http://evil.example"]).status == 200)
    }

    @Test("a Host the emulator does not answer to is 421 on every route",
          arguments: ["evil.example", "evil.example:8080", "rebind.attacker.test:8080", "127.0.0.1.evil.example"])
    func foreignHost(host: String) throws {
        let emu = try EmulatorHarness()
        for path in ["/_emulator/accounts", "/_emulator/health", "/api/v1/tasks/task_x"] {
            let response = call(emu, "GET", path, headers: ["Host": host])
            #expect(response.status == 421, "\(path)")
            #expect(response.errorCode == 42101)
        }
    }

    @Test("loopback names, IP literals, single-label container names and the --public-url host are served",
          arguments: ["localhost:8080", "app.localhost", "127.0.0.1:9", "10.0.0.7:8080", "[::1]:8080", "reapi-emulator:8080", "emu.test"])
    func ownHosts(host: String) throws {
        let emu = try EmulatorHarness()
        #expect(call(emu, "GET", "/_emulator/health", headers: ["Host": host]).status == 200)
    }

    @Test("--allowed-hosts adds names; * serves every Host")
    func allowedHosts() throws {
        let listed = try EmulatorHarness { $0.access.allowedHosts = ["emulator.ci.example"] }
        #expect(call(listed, "GET", "/_emulator/health", headers: ["Host": "emulator.ci.example:8080"]).status == 200)
        #expect(call(listed, "GET", "/_emulator/health", headers: ["Host": "other.ci.example"]).status == 421)
        let all = try EmulatorHarness { $0.access.allowedHosts = ["*"] }
        #expect(call(all, "GET", "/_emulator/health", headers: ["Host": "anything.example"]).status == 200)
    }

    @Test("the journal, task and account listings show a key as its prefix and last four characters; the account view shows it whole")
    func keysMasked() throws {
        let emu = try EmulatorHarness()
        let key = "rk_live_0123456789abcdefa1b2"
        _ = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#, key: key)
        let journal = try emu.controlJSON("GET", "/_emulator/requests")
        #expect(journal["requests"]?[0]?["key"] == "rk_live_…a1b2")
        let accounts = try emu.controlJSON("GET", "/_emulator/accounts")
        #expect(accounts["accounts"]?[0]?["key"] == "rk_live_…a1b2")
        let tasks = try emu.controlJSON("GET", "/_emulator/tasks")
        #expect(tasks["tasks"]?[0]?["key"] == "rk_live_…a1b2")
        for text in [journal, accounts, tasks].map(JSONWriter.string) { #expect(!text.contains(key)) }
        #expect(try emu.account(key)["key"]?.stringValue == key)
        // Filtering by the whole key still works.
        #expect(try emu.controlJSON("GET", "/_emulator/tasks?key=\(key)")["count"] == 1)
    }

    @Test("KeyMask never shows a whole key", arguments: [
        ("rk_live_0123456789abcdefa1b2", "rk_live_…a1b2"), ("aio_0123456789abcd", "aio_…abcd"),
        ("sk0123456789xyz", "sk0…9xyz"), ("rk_test_key", "…key"), ("k", "…"), ("abcdefgh", "…gh"),
    ])
    func mask(key: String, masked: String) {
        #expect(KeyMask.mask(key) == masked)
        #expect(KeyMask.mask(key) != key)
    }
}
