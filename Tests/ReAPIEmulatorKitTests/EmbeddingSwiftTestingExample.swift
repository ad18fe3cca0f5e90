import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReAPIEmulatorKit
import Testing

/// Each test starts its own emulator on a free port; they run in parallel without sharing state.
@Suite("Embedding the emulator in Swift Testing")
struct EmbeddingSwiftTestingExample {
    @Test("a z-image task completes after an hour, downloads as JPEG and costs 5 credits")
    func imageIsGeneratedDownloadedAndCharged() async throws {
        // The scenario gives the key a balance; .file(path) reads one of scenarios/*.yaml.
        let emulator = try Emulator.start(scenario: .yaml("accounts: [{key: rk_test_swift, credits: 100}]"), clock: .virtual)
        defer { emulator.stop() }
        let key = "rk_test_swift"

        var submit = URLRequest(url: URL(string: emulator.baseURL + "/api/v1/images/generations")!)
        submit.httpMethod = "POST"
        submit.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        submit.setValue("application/json", forHTTPHeaderField: "Content-Type")
        submit.httpBody = Data(#"{"model": "z-image", "prompt": "a red fox in the snow"}"#.utf8)
        let (submitted, _) = try await URLSession.shared.data(for: submit)
        let task = try JSONDecoder().decode(GenerationTask.self, from: submitted)
        #expect(task.status == "processing")

        let advanced = emulator.advance(by: .seconds(3600))
        #expect(advanced.changes.map(\.event) == [.completed])

        var poll = URLRequest(url: URL(string: emulator.baseURL + "/api/v1/tasks/" + task.id)!)
        poll.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        let (polled, _) = try await URLSession.shared.data(for: poll)
        let done = try JSONDecoder().decode(GenerationTask.self, from: polled)
        #expect(done.status == "completed")

        let imageURL = try #require(done.output?.image_urls.first)
        let (image, response) = try await URLSession.shared.data(from: URL(string: imageURL)!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(Array(image.prefix(3)) == [0xFF, 0xD8, 0xFF])  // a JPEG

        let account = try #require(emulator.account(key))
        #expect(account.credits == 95)
        #expect(account.ledger.map(\.reason) == [.charge])
        #expect(emulator.requests().map(\.path) == [
            "/api/v1/images/generations", "/api/v1/tasks/\(task.id)", URL(string: imageURL)!.path,
        ])
    }
}

/// The fields of a reAPI task this test reads.
private struct GenerationTask: Decodable {
    struct Output: Decodable { let image_urls: [String] }
    let id: String
    let status: String
    let output: Output?
}
