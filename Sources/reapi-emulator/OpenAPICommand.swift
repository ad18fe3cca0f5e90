import ArgumentParser
import EmulatorCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReAPIEmulatorKit

/// `reapi-emulator openapi [--provider P] [--scenario FILE] [--public-url URL]`: the OpenAPI 3.1
/// document a listener serves as `GET /_emulator/openapi.json`, printed without a server.
struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI 3.1 document of the emulated API, generated from the model definitions.")

    @Option(help: "API dialect: reapi | apiinone.") var provider: String = "reapi"
    @Option(help: "Scenario file whose models:, unknown_fields and codes: apply.") var scenario: String?
    @Option(name: .customLong("public-url"), help: "The server URL the document names.") var publicURL: String = "http://127.0.0.1:8080"

    func run() throws {
        guard let dialect = Provider(rawValue: provider) else {
            throw ValidationError("--provider must be reapi or apiinone, got \(provider)")
        }
        var catalog = try ModelCatalog.builtIn()
        var codes = ErrorCodes()
        if let scenario {
            do {
                let loaded = try ScenarioFiles.load(path: scenario)
                catalog = try catalog.catalog(for: loaded)
                codes = ErrorCodes(overrides: loaded.codes)
            } catch let error as ScenarioError {
                for problem in error.problems { Console.error("\(scenario): \(problem)\n") }
                throw ExitCode(1)
            }
        }
        let document = OpenAPIDocument(catalog: catalog, provider: dialect, serverURL: publicURL, codes: codes,
                                       version: ReAPIEmulatorVersion.current)
        print(JSONWriter.string(document.json))
    }
}
