import Foundation
import Testing

/// The docs quote files that tests run; a quote that drifts from its file fails here.
@Suite("docs quote the files the tests run")
struct DocumentedExamplesTests {
    /// Each doc and the files it must quote whole (a removed marker fails too).
    static let quotes: [(doc: String, files: [String])] = [
        ("docs/embedding.md", ["Tests/ReAPIEmulatorKitTests/EmbeddingXCTestExample.swift",
                               "Tests/ReAPIEmulatorKitTests/EmbeddingSwiftTestingExample.swift",
                               "Tests/ReAPIEmulatorKitTests/EmbeddingSessionsExample.swift"]),
        ("docs/recipes.md", ["scripts/walkthrough.sh"]),
        ("docs/container.md", ["docker-compose.yml"]),
    ]

    @Test("every example block equals its file", arguments: quotes.map(\.doc))
    func examplesMatchFiles(doc: String) throws {
        let documented = try DocumentedCode(doc)
        let expected = Self.quotes.first { $0.doc == doc }!.files
        #expect(documented.examples.map(\.name).sorted() == expected.sorted())
        for block in documented.examples {
            let file = try String(contentsOf: BuiltProducts.file(block.name), encoding: .utf8)
            #expect(block.code == file, "\(doc) quotes \(block.name) differently: copy the file into the block again")
        }
    }

    @Test("a changed line in a quoted block is caught")
    func driftIsDetected() throws {
        let file = try String(contentsOf: BuiltProducts.file("scripts/walkthrough.sh"), encoding: .utf8)
        let doc = "text\n<!-- example: scripts/walkthrough.sh -->\n```sh\n" + file.replacingOccurrences(of: "3600", with: "60") + "```\n"
        let block = try #require(DocumentedCode.blocks(in: doc).first)
        #expect(block.name == "scripts/walkthrough.sh")
        #expect(block.code != file)
        let same = "<!-- example: scripts/walkthrough.sh -->\n```sh\n" + file + "```\n"
        #expect(DocumentedCode.blocks(in: same).first?.code == file)
    }
}
