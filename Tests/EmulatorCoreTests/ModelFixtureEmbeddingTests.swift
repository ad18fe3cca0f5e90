@testable import EmulatorCore
import ReAPIEmulatorTesting
import Foundation
import Testing

/// `EmbeddedModels.swift` must be a verbatim copy of `fixtures/models/*.json`.
@Suite("Model fixtures: the embedded copy")
struct ModelFixtureEmbeddingTests {
    /// `fixtures/models` in this checkout, found from this file's own path.
    static let fixturesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/models")

    static func fixtureFiles() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            (name, try String(contentsOf: fixturesDirectory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test("EmbeddedModels.swift matches fixtures/models (else run scripts/embed-fixtures.sh)")
    func embeddedCopyIsCurrent() throws {
        let onDisk = try Self.fixtureFiles()
        #expect(!onDisk.isEmpty)
        #expect(EmbeddedModels.files.map(\.name) == onDisk.map(\.name), "run scripts/embed-fixtures.sh")
        for (embedded, file) in zip(EmbeddedModels.files, onDisk) where embedded.name == file.name {
            #expect(embedded.text == file.text, "\(file.name) differs from its embedded copy: run scripts/embed-fixtures.sh")
        }
    }

    @Test("every fixture on disk decodes (after its extends) and is named after its model id")
    func fixturesDecode() throws {
        let files = try Self.fixtureFiles().map { file in
            (path: file.name, object: try #require(try JSONParser.parse(file.text).objectValue, "\(file.name) is not an object"))
        }
        for file in try ModelCatalog.resolvingExtends(files) {
            let model = try ModelDefinition(json: file.object)
            #expect(file.path == "\(model.id).json")
        }
    }
}
