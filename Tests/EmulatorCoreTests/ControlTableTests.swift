@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 21, item 5: a control route is one row of `ControlRoute.table` (method, path, handler,
/// OpenAPI shape); the router, the metrics labels and the document all read that row.
@Suite("Control table")
struct ControlTableTests {
    @Test("each row has its own method and path and its own route name; the metrics label every row")
    func rowsAreDistinct() {
        let rows = ControlRoute.table
        #expect(Set(rows.map(\.label)).count == rows.count)
        for (i, row) in rows.enumerated() {
            #expect(!rows[..<i].contains { $0.route == row.route }, "\(row.label) shares its route name")
            #expect(EmulatorMetrics.routes.contains(row.label))
        }
    }

    @Test("a handler's thrown error is rendered once, in the listener's envelope with the request id")
    func thrownErrorRendered() throws {
        let h = try EmulatorHarness()
        let response = h.control("GET", "/_emulator/tasks?limit=-1")
        #expect(response.status == 400)
        #expect(response.errorCode == 20003)
        #expect(response.errorMessage == "limit must be an integer >= 0 (at most 1000 are listed)")
        #expect(response.json?["error"]?["request_id"]?.stringValue == response.header("X-Request-Id"))
    }

    @Test("the document's control paths are the table's rows, in its order")
    func documentFollowsTable() throws {
        let h = try EmulatorHarness()
        let paths = try h.controlJSON("GET", "/_emulator/openapi.json")["paths"]?.objectValue?.keys ?? []
        let control = paths.filter { $0.hasPrefix("/_emulator/") }
        var expected: [String] = []
        for row in ControlRoute.table where !expected.contains(row.path) { expected.append(row.path) }
        #expect(control == expected)
    }
}
