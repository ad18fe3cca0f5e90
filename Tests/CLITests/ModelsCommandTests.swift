import EmulatorCore
import Foundation
import Testing

@Suite("reapi-emulator models")
struct ModelsCommandTests {
    func temp(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("--json prints the GET /_emulator/models document of the reAPI listener")
    func json() async throws {
        let result = try await runEmulator(["models", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let listing = try JSONParser.parse(result.stdout)
        #expect(listing["provider"] == "reapi")
        let models = listing["models"]?.arrayValue ?? []
        #expect(listing["count"]?.intValue == models.count)
        let midjourney = try #require(models.first { $0["id"] == "midjourney" })
        #expect(midjourney["family"] == "imagen" && midjourney["source"] == "built-in")
        #expect(midjourney["price"]?["table"]?["edits"]?["turbo"] == 0.115)
        let edit = try #require(models.first { $0["id"] == "mj-v7-edit" })
        #expect(edit["extends"] == "mj-v7")
        #expect(!models.contains { $0["id"] == "imagen4" })
    }

    @Test("the table lists one row per model; --provider apiinone lists API in One's")
    func table() async throws {
        let reapi = try await runEmulator(["models"])
        #expect(reapi.status == 0)
        let lines = reapi.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("models on reapi") == true)
        #expect(lines.dropFirst().first?.hasPrefix("MODEL") == true)
        let row = try #require(lines.first { $0.hasPrefix("midjourney ") })
        #expect(row.contains("$0.051796–$0.115/request by action, speed"))
        #expect(row.contains("1/4 by action"))
        #expect(lines.contains { $0.hasPrefix("mj-v7-upscale ") && $0.contains("built-in < mj-v7") })
        let apiInOne = try await runEmulator(["models", "--provider", "apiinone"])
        let rows = apiInOne.stdout.split(separator: "\n").dropFirst(2).map { String($0.prefix { $0 != " " }) }
        #expect(rows == ["imagen4", "imagen4-fast", "imagen4-ultra"])
    }

    @Test("--scenario adds the models it defines; a broken one is printed with its key path and exits 1")
    func scenario() async throws {
        let good = try temp("models:\n  my-mj: {extends: midjourney, url_ttl_seconds: 3600}\n")
        let bad = try temp("models:\n  my-mj:\n    extends: midjourney\n    fields: {speed: {default: ludicrous}}\n")
        defer { try? FileManager.default.removeItem(at: good); try? FileManager.default.removeItem(at: bad) }
        let listed = try await runEmulator(["models", "--json", "--scenario", good.path])
        #expect(listed.status == 0)
        let mine = try JSONParser.parse(listed.stdout)["models"]?.arrayValue?.first { $0["id"] == "my-mj" }
        #expect(mine?["source"] == "scenario")
        #expect(mine?["url_ttl_seconds"] == 3600)
        let refused = try await runEmulator(["models", "--scenario", bad.path])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(bad.path): models.my-mj.fields.speed.default (line 4): is not accepted by the field itself: invalid speed \"ludicrous\" (allowed: relax, fast, turbo)\n")
        let wrong = try await runEmulator(["models", "--provider", "openai"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--provider must be reapi or apiinone"))
    }
}
