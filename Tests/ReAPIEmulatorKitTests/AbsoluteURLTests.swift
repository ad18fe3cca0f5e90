import HTTPMessages
import Testing

/// The URL reading the health probe, `record --upstream`, `serve --public-url` and `diff` share
/// (RFC 3986's authority and path; Foundation's `URL` gives the same parts for these).
@Suite("Absolute http(s) URLs")
struct AbsoluteURLTests {
    @Test("scheme, host, port, path and query; the fragment dropped")
    func parts() throws {
        let url = try #require(AbsoluteURL("HTTPS://api.example.com:8443/v1/tasks/t1?x=1#top"))
        #expect(url.scheme == "https" && url.host == "api.example.com" && url.port == 8443)
        #expect(url.path == "/v1/tasks/t1" && url.query == "x=1" && url.target == "/v1/tasks/t1?x=1")
        #expect(AbsoluteURL("http://emulator")?.port == 80)
        #expect(AbsoluteURL("https://emulator")?.port == 443)
        #expect(AbsoluteURL("http://emulator")?.path == "/")
        #expect(AbsoluteURL("http://h?q")?.target == "/?q")
        #expect(AbsoluteURL("http://[::1]:9000/hook")?.host == "::1")
        #expect(AbsoluteURL("http://[::1]:9000/hook")?.port == 9000)
    }

    @Test("refused: another scheme, no host, user info, white space, a port that is not digits")
    func refusals() {
        for text in ["ftp://h/", "http:///path", "http://user@h/", "http://h /", "http://h:8o/", "http://h:/", "h:80", "//h/", "http://[::1/"] {
            #expect(AbsoluteURL(text) == nil, "\(text)")
        }
    }

    @Test("a port outside 1-65535 is read but not valid")
    func portRange() {
        #expect(AbsoluteURL("http://h:70000")?.hasValidPort == false)
        #expect(AbsoluteURL("http://h:0")?.hasValidPort == false)
        #expect(AbsoluteURL("http://h:65535")?.hasValidPort == true)
    }
}
