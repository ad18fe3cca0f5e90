import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReAPIEmulatorKit
import Testing

/// One emulator for the whole suite; each test opens its own session (its own virtual clock,
/// accounts, tasks and journal), so the tests run in parallel without seeing each other.
@Suite("Parallel tests, a session each")
struct EmbeddingSessionsExample {
    static let emulator = try! Emulator.start(clock: .virtual)

    @Test("a task completes when this test's clock moves", arguments: 1...4)
    func completesOnItsOwnClock(worker: Int) async throws {
        let session = try Self.emulator.session(scenario: .yaml("default_credits: 100"), clock: .virtual)
        defer { session.end() }
        let key = "rk_test_worker_\(worker)"

        var submit = URLRequest(url: URL(string: session.baseURL + "/api/v1/images/generations")!)
        submit.httpMethod = "POST"
        submit.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        submit.httpBody = Data(#"{"model": "z-image", "prompt": "worker \#(worker)"}"#.utf8)
        let (submitted, _) = try await URLSession.shared.data(for: submit)
        let id = try #require(try JSONSerialization.jsonObject(with: submitted) as? [String: Any])["id"] as! String

        // Only this session's clock moves: the other tests' tasks stay as they are.
        #expect(session.advance(by: .seconds(60)).changes.map(\.taskID) == [id])
        #expect(session.account(key)?.credits == 95)
        #expect(session.requests().map(\.path) == ["/api/v1/images/generations"])
    }
}
