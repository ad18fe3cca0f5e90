import EmulatorCore
import ReAPIEmulatorKit

/// `reapi-emulator openapi [--provider P] [--scenario FILE] [--public-url URL]`: the OpenAPI 3.1
/// document a listener serves as `GET /_emulator/openapi.json`, printed without a server.
struct OpenAPICommand: Command {
    enum Options {
        static let scenario = OptionSpec("scenario", value: "file", help: "Scenario file whose models:, unknown_fields and codes: apply.")
        static let publicURL = OptionSpec("public-url", value: "url", help: "The server URL the document names.", default: "http://127.0.0.1:8080")
    }

    static let spec = CommandSpec(
        name: "openapi",
        abstract: "Print the OpenAPI 3.1 document of the emulated API, generated from the model definitions.",
        options: [SharedOptions.provider, Options.scenario, Options.publicURL])

    let provider: Provider
    let scenario: String?
    let publicURL: String

    init(_ arguments: ArgumentList) throws(UsageError) {
        provider = try SharedOptions.dialect(SharedOptions.provider, arguments)
        scenario = arguments.value(Options.scenario)
        publicURL = try arguments.required(Options.publicURL)
    }

    func run() throws {
        var catalog = try ModelCatalog.builtIn()
        var codes = ErrorCodes()
        if let scenario {
            do {
                let loaded = try ScenarioFiles.load(path: scenario)
                catalog = try catalog.catalog(for: loaded)
                codes = ErrorCodes(overrides: loaded.codes)
            } catch let error as ScenarioError {
                for problem in error.problems { Console.error("\(scenario): \(problem)\n") }
                throw ExitStatus(1)
            }
        }
        let document = OpenAPIDocument(catalog: catalog, provider: provider, serverURL: publicURL, codes: codes,
                                       version: ReAPIEmulatorVersion.current)
        print(JSONWriter.string(document.json))
    }
}
