import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReAPIEmulatorKit
import XCTest

/// An emulator per test, on a free port and a virtual clock: an hour passes in a call.
final class EmbeddingXCTestExample: XCTestCase {
    private var emulator: Emulator!

    override func setUpWithError() throws {
        emulator = try Emulator.start(clock: .virtual)
    }

    override func tearDown() {
        emulator.stop()
    }

    func testImageIsGeneratedDownloadedAndCharged() async throws {
        let key = "rk_test_xctest"

        // Submit, as your client would with emulator.baseURL as its base URL.
        var submit = URLRequest(url: URL(string: emulator.baseURL + "/api/v1/images/generations")!)
        submit.httpMethod = "POST"
        submit.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        submit.setValue("application/json", forHTTPHeaderField: "Content-Type")
        submit.httpBody = Data(#"{"model": "z-image", "prompt": "a red fox in the snow"}"#.utf8)
        let (submitted, _) = try await URLSession.shared.data(for: submit)
        let task = try JSONDecoder().decode(GenerationTask.self, from: submitted)
        XCTAssertEqual(task.status, "processing")

        // z-image takes 2-6 s; on the virtual clock an hour passes at once.
        emulator.advance(by: .seconds(3600))

        var poll = URLRequest(url: URL(string: emulator.baseURL + "/api/v1/tasks/" + task.id)!)
        poll.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        let (polled, _) = try await URLSession.shared.data(for: poll)
        let done = try JSONDecoder().decode(GenerationTask.self, from: polled)
        XCTAssertEqual(done.status, "completed")

        let imageURL = try XCTUnwrap(done.output?.image_urls.first)
        let (image, response) = try await URLSession.shared.data(from: URL(string: imageURL)!)
        XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, 200)
        XCTAssertEqual(Array(image.prefix(3)), [0xFF, 0xD8, 0xFF])  // a JPEG

        // z-image costs 5 credits, charged at submit.
        let account = try XCTUnwrap(emulator.account(key))
        XCTAssertEqual(account.ledger.map(\.amount), [-5])
        XCTAssertEqual(account.ledger.first?.taskID, task.id)
        XCTAssertEqual(emulator.requests().map(\.status), [200, 200, 200])
    }
}

/// The fields of a reAPI task this test reads.
private struct GenerationTask: Decodable {
    struct Output: Decodable { let image_urls: [String] }
    let id: String
    let status: String
    let output: Output?
}
