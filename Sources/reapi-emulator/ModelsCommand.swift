import EmulatorCore
import ReAPIEmulatorKit

/// `reapi-emulator models [--provider P] [--scenario FILE] [--json]`: the models a listener
/// would serve, as `GET /_emulator/models` lists them (the JSON is the same document).
struct ModelsCommand: Command {
    enum Options {
        static let scenario = OptionSpec("scenario", value: "file", help: "Scenario file whose models: entries apply (overrides and new models).")
        static let json = OptionSpec(flag: "json", help: "Print the JSON document of GET /_emulator/models instead of a table.")
    }

    static let spec = CommandSpec(
        name: "models",
        abstract: "List the models a listener serves: built-in and scenario-defined, with fields, prices and pixel tables.",
        options: [SharedOptions.provider, Options.scenario, Options.json])

    let provider: Provider
    let scenario: String?
    let json: Bool

    init(_ arguments: ArgumentList) throws(UsageError) {
        provider = try SharedOptions.dialect(SharedOptions.provider, arguments)
        scenario = arguments.value(Options.scenario)
        json = arguments.isSet(Options.json)
    }

    func run() throws {
        var catalog = try ModelCatalog.builtIn()
        if let scenario {
            do {
                catalog = try catalog.catalog(for: try ScenarioFiles.load(path: scenario))
            } catch let error as ScenarioError {
                for problem in error.problems { Console.error("\(scenario): \(problem)\n") }
                throw ExitStatus(1)
            }
        }
        let listing = catalog.listing(provider: provider)
        if json {
            print(JSONWriter.string(listing.json))
        } else {
            print(ModelTable.render(listing), terminator: "")
        }
    }
}

/// The readable table of a models listing: one row per model, from the typed listing.
enum ModelTable {
    static let headers = ["MODEL", "SOURCE", "ENDPOINT", "MEDIA", "ENVELOPE", "FORMAT", "IMAGES", "PRICE", "URL TTL", "FIELDS (* required)"]

    static func render(_ listing: ModelListing) -> String {
        let rows = listing.models.map(row)
        var widths = headers.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        return "\(rows.count) models on \(listing.provider.rawValue)\n" + ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func row(_ model: ModelDefinition) -> [String] {
        var name = model.id
        if !model.aliases.isEmpty { name += " (" + model.aliases.joined(separator: ", ") + ")" }
        var source = model.provenance.origin.rawValue
        if let base = model.provenance.extends { source += " < \(base)" }
        if model.provenance.overridden { source += ", overridden" }
        let fields = model.callerFields.map { $0.required ? $0.name + "*" : $0.name }
        let endpoint = String(model.media.submitPath.split(separator: "/").dropLast().last ?? "")
        return [name, source, endpoint, model.media.rawValue, model.family.rawValue, model.format.rawValue,
                images(model.imageCountSummary), model.priceSummary.map(price) ?? "", ttl(Int(model.urlLifetimeSeconds)),
                fields.joined(separator: ", ")]
    }

    static func images(_ images: ModelDefinition.ImageCountSummary) -> String {
        switch images {
        case .field(let field): return "by \(field)"
        case .table(let counts, let by):
            guard counts.count > 1 else { return String(counts.first ?? 1) }
            return counts.map(String.init).joined(separator: "/") + " by " + by.joined(separator: ", ")
        }
    }

    static func price(_ price: ModelDefinition.PriceSummary) -> String {
        let unit = price.inDollars ? "$" : ""
        let suffix = price.inDollars ? "" : " credits"
        func text(_ number: Double) -> String { unit + (number.rounded() == number ? String(Int(number)) : String(number)) }
        let range = (price.lowest == price.highest ? text(price.lowest) : "\(text(price.lowest))–\(text(price.highest))") + suffix
        return range + "/" + price.per + (price.by.isEmpty ? "" : " by " + price.by.joined(separator: ", "))
    }

    static func ttl(_ seconds: Int) -> String {
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        return "\(seconds)s"
    }
}
