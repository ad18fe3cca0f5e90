@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// `callback_url` at submit: which URLs and hosts are accepted (`--callback-hosts`), the
/// refusals in the listener's envelope with nothing charged, and reAPI, which has no such field.
@Suite("callback_url at submit")
struct CallbackSubmitTests {
    static func body(_ url: String, model: String = "imagen4") -> String {
        #"{"model":"\#(model)","prompt":"p","callback_url":"\#(url)"}"#
    }

    /// 400 `invalid_request` in API in One's envelope, the message, no task, nothing charged.
    private func expectRefused(_ emu: EmulatorHarness, _ url: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if emu.credits() == nil { _ = emu.control("PUT", "/_emulator/accounts/\(emu.key)", #"{"credits": 50}"#) }
        let before = emu.credits()
        let tasks = emu.control("GET", "/_emulator/tasks").json?["count"]
        let response = emu.submit(Self.body(url))
        #expect(response.status == 400, "\(response.bodyText)", sourceLocation: sourceLocation)
        #expect(response.json?["error"]?["type"] == "invalid_request", sourceLocation: sourceLocation)
        #expect(response.json?["error"]?["code"] == 400, sourceLocation: sourceLocation)
        #expect(response.errorMessage == message, sourceLocation: sourceLocation)
        #expect(emu.credits() == before, "nothing charged", sourceLocation: sourceLocation)
        #expect(emu.control("GET", "/_emulator/tasks").json?["count"] == tasks, "no task", sourceLocation: sourceLocation)
    }

    @Test("loopback receivers are accepted by default", arguments: [
        "http://127.0.0.1:8081/hook", "http://localhost/cb", "http://LOCALHOST:9000", "http://[::1]:9000/x", "http://127.1.2.3:1/",
    ])
    func loopbackAccepted(url: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        _ = try emu.accepted(Self.body(url))
    }

    @Test("every API in One model takes callback_url", arguments: ["imagen4", "imagen4-fast", "imagen4-ultra", "imagen-4"])
    func everyModel(model: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        _ = try emu.accepted(Self.body("http://localhost:9/hook", model: model))
        emu.advance(seconds: 60)
        #expect(emu.callbacks.sent.count == 1)
    }

    @Test("a host outside the default list is refused at submit with a message naming the flag")
    func disallowedHost() throws {
        let emu = try EmulatorHarness(provider: .apiinone, credits: 50)
        expectRefused(emu, "http://example.com/hook",
                      "Invalid parameters: callback_url host \"example.com\" is not allowed: this emulator delivers callbacks only to "
                      + "127.0.0.1, ::1, localhost (start it with --callback-hosts example.com, or --callback-hosts '*' to allow any host)")
        expectRefused(emu, "http://10.0.0.5:8080/hook",
                      "Invalid parameters: callback_url host \"10.0.0.5\" is not allowed: this emulator delivers callbacks only to "
                      + "127.0.0.1, ::1, localhost (start it with --callback-hosts 10.0.0.5, or --callback-hosts '*' to allow any host)")
    }

    @Test("URLs that cannot be delivered to are refused at submit")
    func undeliverable() throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        expectRefused(emu, "ftp://127.0.0.1/x", #"Invalid parameters: callback_url must be an absolute http:// URL (got "ftp://127.0.0.1/x")"#)
        expectRefused(emu, "/relative/hook", #"Invalid parameters: callback_url must be an absolute http:// URL (got "/relative/hook")"#)
        expectRefused(emu, "https://127.0.0.1/hook", "Invalid parameters: callback_url \"https://127.0.0.1/hook\" uses https, but the emulator "
                      + "delivers callbacks over plain http (it has no TLS client); give an http:// receiver")
        expectRefused(emu, "http://user:pw@127.0.0.1/hook", #"Invalid parameters: callback_url must not carry user info (got "http://user:pw@127.0.0.1/hook")"#)
        expectRefused(emu, "http://127.0.0.1:99999/hook", #"Invalid parameters: callback_url has no valid port: 1-65535 (got "http://127.0.0.1:99999/hook")"#)
        expectRefused(emu, "http://:80/hook", #"Invalid parameters: callback_url must be an absolute http:// URL with a host, like http://127.0.0.1:9000/hook (got "http://:80/hook")"#)
        let longest = "http://127.0.0.1:9000/" + String(repeating: "a", count: 2_048 - 22)
        _ = try emu.accepted(Self.body(longest))
        let long = longest + "b"
        expectRefused(emu, long, "Invalid parameters: callback_url is 2049 bytes long, more than 2048 (got \"\(long.prefix(100))…\")")
        let typed = emu.submit(#"{"model":"imagen4","prompt":"p","callback_url":42}"#)
        #expect(typed.errorMessage == "Invalid parameters: callback_url must be a string (got integer)")
    }

    @Test("--callback-hosts replaces the default list; * allows any host")
    func hostList() throws {
        let listed = try EmulatorHarness(provider: .apiinone, callbackHosts: try #require(CallbackHosts(list: "receiver, 10.0.0.5")))
        _ = try listed.accepted(Self.body("http://receiver:9000/hook"))
        _ = try listed.accepted(Self.body("http://10.0.0.5/hook"))
        expectRefused(listed, "http://127.0.0.1/hook",
                      "Invalid parameters: callback_url host \"127.0.0.1\" is not allowed: this emulator delivers callbacks only to "
                      + "receiver, 10.0.0.5 (start it with --callback-hosts 127.0.0.1, or --callback-hosts '*' to allow any host)")
        let open = try EmulatorHarness(provider: .apiinone, callbackHosts: .any)
        _ = try open.accepted(Self.body("http://hooks.example.org/x"))
    }

    @Test("host lists are read as the flag takes them", arguments: [
        ("*", "*"), ("a,b", "a,b"), (" A , b ", "a,b"), ("[::1],x", "::1,x"),
    ])
    func hostListParsing(text: String, shown: String) {
        #expect(CallbackHosts(list: text)?.description == shown)
    }

    @Test("bad host lists are refused", arguments: ["", ",", "a,,b", "a b", "http://x", "a/b"])
    func badHostLists(text: String) {
        #expect(CallbackHosts(list: text) == nil)
    }

    @Test("on a reAPI listener callback_url is an unknown field (400 20003), and nothing is ever delivered")
    func reAPIUnknownField() throws {
        let emu = try EmulatorHarness()
        let response = emu.submit(#"{"model":"z-image","prompt":"p","callback_url":"http://127.0.0.1:9/hook"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == 20003)
        #expect(response.errorMessage == #"unknown field "callback_url" for model "z-image""#)
        emu.advance(seconds: 3600)
        #expect(emu.callbacks.sent.isEmpty)
    }
}
