import Testing
@testable import EmulatorCore

@Suite("Router")
struct RouterTests {
    let router: Router<String> = {
        var r = Router<String>()
        r.add("POST", "/api/v1/images/generations", "submit")
        r.add("GET", "/api/v1/tasks/{id}", "poll")
        return r
    }()

    @Test("binds path parameters")
    func parameters() {
        guard case .found(let handler, let parameters) = router.match(method: "GET", path: "/api/v1/tasks/task_1") else {
            Issue.record("no match"); return
        }
        #expect(handler == "poll")
        #expect(parameters == ["id": "task_1"])
    }

    @Test("tells a wrong method (405) from an unknown path (404)")
    func misses() {
        guard case .methodNotAllowed(let allowed) = router.match(method: "GET", path: "/api/v1/images/generations") else {
            Issue.record("expected 405"); return
        }
        #expect(allowed == ["POST"])
        guard case .notFound = router.match(method: "GET", path: "/api/v1/tasks/a/b") else { Issue.record("expected 404"); return }
    }

    @Test("HEAD is served by the GET route")
    func head() {
        guard case .found(let handler, _) = router.match(method: "HEAD", path: "/api/v1/tasks/x") else { Issue.record("no match"); return }
        #expect(handler == "poll")
    }
}
