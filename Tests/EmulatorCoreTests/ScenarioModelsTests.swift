@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Models a scenario defines (`models:` entries naming an unknown id) and `GET /_emulator/models`.
@Suite("Scenario-defined models and the models listing")
struct ScenarioModelsTests {
    static let extending = """
        name: local models
        models:
          my-mj:
            extends: midjourney
            aliases: [mj-local]
            price_per_image: {imagine: {relax: 0.01, fast: 0.02, turbo: 0.03}}
        url_ttl: {my-mj: 2h}
        rules:
          - match: {model: my-mj}
            duration: 5s
        """

    func listing(_ emu: EmulatorHarness) throws -> [String: JSONValue] {
        let body = try emu.controlJSON("GET", "/_emulator/models")
        var byID: [String: JSONValue] = [:]
        for model in body["models"]?.arrayValue ?? [] { byID[model["id"]?.stringValue ?? ""] = model }
        return byID
    }

    @Test("a model that extends midjourney is accepted, follows its own tasks, and is listed with source scenario")
    func extendsMidjourney() throws {
        let emu = try EmulatorHarness(scenario: Self.extending)
        let id = try emu.accepted(#"{"model": "mj-local", "action": "imagine", "prompt": "a koi pond", "speed": "fast"}"#)
        #expect(TaskIDShape.isULID(id))
        #expect(emu.credits() == 1_000_000 - 20)
        _ = emu.advance(seconds: 5)
        #expect(emu.poll(id).json?["data"]?["status"]?.stringValue == "completed")
        #expect(try emu.accepted(#"{"model": "my-mj", "action": "upscale", "task_id": "\#(id)"}"#).hasPrefix("task_"))
        let models = try listing(emu)
        let mine = try #require(models["my-mj"])
        #expect(mine["source"] == "scenario")
        #expect(mine["extends"] == "midjourney")
        #expect(mine["aliases"] == ["mj-local"])
        #expect(mine["url_ttl_seconds"] == 7200)
        #expect(mine["family"] == "imagen")
        #expect(models["midjourney"]?["source"] == "built-in")
        #expect(models["midjourney"]?["overridden"] == false)
    }

    @Test("midjourney's envelope is a definition field a scenario can patch")
    func envelopeOverride() throws {
        let emu = try EmulatorHarness(scenario: "models:\n  midjourney: {family: canonical, id_style: hex32}\n")
        let response = emu.submit(#"{"model": "midjourney", "action": "imagine", "prompt": "a koi pond"}"#)
        let id = try #require(response.json?["id"]?.stringValue)
        #expect(TaskIDShape.isHex32(id))
        #expect(response.json?["status"] == "processing" && response.json?["model"] == "midjourney")
        #expect(try listing(emu)["midjourney"]?["overridden"] == true)
    }

    @Test("the listing shows every model of the listener's provider with its fields, media, tables and lifetime")
    func listingContents() throws {
        let models = try listing(try EmulatorHarness())
        #expect(models.keys.contains("midjourney") && models.keys.contains("mj-v7-upscale") && models.keys.contains("z-image"))
        #expect(!models.keys.contains("imagen4"))
        let midjourney = try #require(models["midjourney"])
        let action = try #require(midjourney["fields"]?.arrayValue?.first)
        #expect(action["name"] == "action" && action["required"] == true && action["type"] == "string")
        #expect(action["enum"]?.arrayValue?.count == 12)
        #expect(midjourney["reference_media"]?.arrayValue?.map { $0["field"]?.stringValue ?? "" } == ["image_urls", "cref", "sref", "dref"])
        #expect(midjourney["reference_media"]?[0]?["max_items"] == 4)
        #expect(midjourney["pixels"]?["by"] == ["size"])
        #expect(midjourney["pixels"]?["table"]?["16:9"] == [1456, 816])
        #expect(midjourney["price"]?["per"] == "request" && midjourney["price"]?["unit"] == "usd")
        #expect(midjourney["price"]?["table"]?["imagine"]?["relax"] == 0.051796)
        #expect(midjourney["images"]?["by"] == ["action"])
        #expect(midjourney["images"]?["table"]?["upscale"] == 1 && midjourney["images"]?["table"]?["imagine"] == 4)
        #expect(midjourney["duration_ms"]?["table"]?["fast"] == [30000, 60000])
        #expect(midjourney["url_ttl_seconds"] == 86400)
        #expect(models["gpt-image-2-official"]?["images"] == ["field": "n"])
        let apiInOne = try EmulatorHarness(provider: .apiinone)
        #expect(try listing(apiInOne).keys.sorted() == ["imagen4", "imagen4-fast", "imagen4-ultra"])
    }

    @Test("a session's listing shows its own scenario's models; a broken definition refuses the session")
    func perSession() throws {
        let emu = try EmulatorHarness()
        let created = emu.control("POST", "/_emulator/sessions", #"{"scenario": "models:\n  my-mj: {extends: midjourney}\n"}"#)
        #expect(created.status == 201)
        let prefix = "/sessions/" + (created.json?["id"]?.stringValue ?? "")
        let mine = emu.control("GET", "\(prefix)/_emulator/models").json?["models"]?.arrayValue ?? []
        #expect(mine.contains { $0["id"] == "my-mj" && $0["source"] == "scenario" })
        #expect(try listing(emu)["my-mj"] == nil)
        _ = try emu.accepted(#"{"model": "my-mj", "action": "imagine", "prompt": "a koi pond"}"#, base: prefix)
        let broken = emu.control("POST", "/_emulator/sessions", #"{"scenario": "models:\n  my-mj: {extends: nothing}\n"}"#)
        #expect(broken.status == 400)
        #expect(broken.errorMessage?.hasPrefix("invalid scenario: models.my-mj.extends (line 2): unknown model \"nothing\"") == true)
    }

    @Test("a full definition under a new id is a model too")
    func fullDefinition() throws {
        let emu = try EmulatorHarness(scenario: """
            models:
              tiny-png:
                provider: reapi
                family: canonical
                id_style: hex32
                format: png
                url_ttl_seconds: 60
                fields: {prompt: {type: prompt, max_length: 10}}
                pixels: [64, 32]
                price_unit: credits
                price_per_image: 3
                duration_ms: [1000, 1000]
            """)
        let id = try emu.accepted(#"{"model": "tiny-png", "prompt": "dot"}"#)
        _ = emu.advance(seconds: 1)
        let url = try #require(emu.poll(id).json?["output"]?["image_urls"]?[0]?.stringValue)
        _ = emu.media(url)
        #expect(emu.renderer.requested.last.map { [$0.width, $0.height] } == [64, 32])
        #expect(emu.credits() == 1_000_000 - 3)
        #expect(try listing(emu)["tiny-png"]?["source"] == "scenario")
        #expect(try listing(emu)["tiny-png"]?["extends"] == .null)
    }

    static func problems(_ yaml: String) throws -> [String] {
        let catalog = try builtInCatalog.get()
        do {
            _ = try ScenarioLoader.parse(yaml, catalog: catalog)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("a broken definition is refused by the linter with its key path and line")
    func brokenDefinitions() throws {
        #expect(try Self.problems("""
            name: broken
            models:
              my-model:
                extends: z-image
                fields:
                  aspect_ratio:
                    enum: []
            """) == ["models.my-model.fields.aspect_ratio.enum (line 7): must list at least one value"])
        let unknownBase = try Self.problems("models:\n  mine:\n    extends: dall-e-3\n")
        #expect(unknownBase.count == 1)
        #expect(unknownBase.first?.hasPrefix("models.mine.extends (line 3): unknown model \"dall-e-3\" (known: ") == true)
        #expect(unknownBase.first?.contains(" mj-v7, mj-v7-edit, mj-v7-enhance,") == true)
        let typo = try Self.problems("models:\n  z-imag: {url_ttl_seconds: 60}\n")
        #expect(typo.count == 1)
        #expect(typo.first?.hasPrefix("models.z-imag (line 2): unknown model (did you mean `z-image`?); to define a new one give `extends: <known id>` or a full definition") == true)
        #expect(try Self.problems("models:\n  z-image: {extends: imagen-4-0}\n") == [
            "models.z-image.extends (line 2): only a new model can extend another; z-image is already defined"])
        #expect(try Self.problems("models:\n  a: {extends: midjourney, aliases: [b]}\n  c: {extends: z-image, aliases: [b]}\n") == [
            "models.c (line 3): name \"b\" is already used by a on reapi"])
        #expect(try Self.problems("models:\n  mine: {extends: mj-v7, fields: {model_params: {fields: {speed: {enum: [slow]}}}}}\n") == [
            "models.mine.fields.model_params.fields.speed.default (line 2): is not accepted by the field itself: invalid model_params.speed \"fast\" (allowed: slow)"])
    }

    @Test("rules and url_ttl may name a model the scenario defines, and a model may extend another scenario model")
    func namesAndChains() throws {
        #expect(try Self.problems("models:\n  b: {extends: a}\n  a: {extends: z-image}\nrules:\n  - match: {model: b}\n    duration: 1s\nurl_ttl: {a: 1h}\n") == [])
        let emu = try EmulatorHarness(scenario: "models:\n  b: {extends: a, url_ttl_seconds: 60}\n  a: {extends: z-image}\n")
        #expect(try listing(emu)["b"]?["extends"] == "a")
        _ = try emu.accepted(#"{"model": "b", "prompt": "a fox"}"#)
    }
}
