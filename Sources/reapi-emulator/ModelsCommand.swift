import ArgumentParser
import EmulatorCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReAPIEmulatorKit

/// `reapi-emulator models [--provider P] [--scenario FILE] [--json]`: the models a listener
/// would serve, as `GET /_emulator/models` lists them (the JSON is the same document).
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models a listener serves: built-in and scenario-defined, with fields, prices and pixel tables.")

    @Option(help: "API dialect: reapi | apiinone.") var provider: String = "reapi"
    @Option(help: "Scenario file whose models: entries apply (overrides and new models).") var scenario: String?
    @Flag(help: "Print the JSON document of GET /_emulator/models instead of a table.") var json = false

    func run() throws {
        guard let dialect = Provider(rawValue: provider) else {
            throw ValidationError("--provider must be reapi or apiinone, got \(provider)")
        }
        var catalog = try ModelCatalog.builtIn()
        if let scenario {
            do {
                catalog = try catalog.catalog(for: try ScenarioFiles.load(path: scenario))
            } catch let error as ScenarioError {
                for problem in error.problems { Console.error("\(scenario): \(problem)\n") }
                throw ExitCode(1)
            }
        }
        let listing = catalog.listing(provider: dialect)
        if json {
            print(JSONWriter.string(listing))
        } else {
            print(ModelTable.render(listing), terminator: "")
        }
    }
}

/// The readable table of a models listing: one row per model.
enum ModelTable {
    static let headers = ["MODEL", "SOURCE", "ENDPOINT", "MEDIA", "ENVELOPE", "FORMAT", "IMAGES", "PRICE", "URL TTL", "FIELDS (* required)"]

    static func render(_ listing: JSONValue) -> String {
        let rows = (listing["models"]?.arrayValue ?? []).map(row)
        var widths = headers.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        let provider = listing["provider"]?.stringValue ?? ""
        return "\(rows.count) models on \(provider)\n" + ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func row(_ model: JSONValue) -> [String] {
        var name = model["id"]?.stringValue ?? ""
        let aliases = model["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !aliases.isEmpty { name += " (" + aliases.joined(separator: ", ") + ")" }
        var source = model["source"]?.stringValue ?? ""
        if let base = model["extends"]?.stringValue { source += " < \(base)" }
        if model["overridden"] == .bool(true) { source += ", overridden" }
        let fields = (model["fields"]?.arrayValue ?? []).compactMap { field -> String? in
            guard let name = field["name"]?.stringValue, field["type"]?.stringValue != "forbidden" else { return nil }
            return field["required"] == .bool(true) ? name + "*" : name
        }
        let endpoint = model["endpoint"]?.stringValue.map { String($0.split(separator: "/").dropLast().last ?? "") } ?? ""
        return [name, source, endpoint, model["media"]?.stringValue ?? "", model["family"]?.stringValue ?? "", model["format"]?.stringValue ?? "",
                images(model["images"]), price(model["price"]), ttl(model["url_ttl_seconds"]?.intValue ?? 0),
                fields.joined(separator: ", ")]
    }

    static func images(_ images: JSONValue?) -> String {
        if let field = images?["field"]?.stringValue { return "by \(field)" }
        let counts = Set(leaves(images?["table"]).map { Int($0) })
        let by = (images?["by"]?.arrayValue ?? []).compactMap(\.stringValue)
        guard counts.count > 1 else { return String(counts.first ?? 1) }
        return counts.sorted().map(String.init).joined(separator: "/") + " by " + by.joined(separator: ", ")
    }

    /// Every number in a lookup table, however deep.
    static func leaves(_ table: JSONValue?) -> [Double] {
        switch table {
        case .object(let object)?: return object.pairs.flatMap { leaves($0.value) }
        case let leaf?: return leaf.doubleValue.map { [$0] } ?? []
        case nil: return []
        }
    }

    static func price(_ price: JSONValue?) -> String {
        let leaves = leaves(price?["table"])
        let unit = price?["unit"]?.stringValue == "usd" ? "$" : ""
        let suffix = price?["unit"]?.stringValue == "usd" ? "" : " credits"
        func text(_ number: Double) -> String { unit + (number.rounded() == number ? String(Int(number)) : String(number)) }
        guard let low = leaves.min(), let high = leaves.max() else { return "" }
        let range = (low == high ? text(low) : "\(text(low))–\(text(high))") + suffix
        let by = (price?["by"]?.arrayValue ?? []).compactMap(\.stringValue)
        return range + "/" + (price?["per"]?.stringValue ?? "image") + (by.isEmpty ? "" : " by " + by.joined(separator: ", "))
    }

    static func ttl(_ seconds: Int) -> String {
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        return "\(seconds)s"
    }
}
