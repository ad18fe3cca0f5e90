@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Tasks belong to the key that submitted them, and each listener knows only its provider's
/// models (docs/contract.md §2: 40001 "Task not found, or belongs to another user" and 20004).
@Suite("Task ownership and model visibility")
struct TaskOwnershipTests {
    @Test("polling another key's task is 404 code 40001, the same answer as an unknown id",
          arguments: [#"{"model":"z-image","prompt":"p"}"#, #"{"model":"imagen-4-0","prompt":"p"}"#])
    func anotherKeysTask(body: String) throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(body, key: "rk_live_owner")
        let stranger = emu.poll(id, key: "rk_live_stranger")
        #expect(stranger.status == 404)
        #expect(stranger.errorCode == 40001)
        #expect(stranger.errorMessage == "task \"\(id)\" not found")
        // Nothing in the answer gives the task away.
        #expect(!stranger.bodyText.contains("\"status\""))
        let unknown = emu.poll(String(id.dropLast()) + (id.last == "0" ? "1" : "0"), key: "rk_live_stranger")
        #expect(unknown.status == 404)
        #expect(unknown.errorCode == 40001)
        // Also once it is completed; the owner still sees it.
        emu.advance(seconds: 3600)
        #expect(emu.poll(id, key: "rk_live_stranger").errorCode == 40001)
        #expect(emu.poll(id, key: "rk_live_owner").status == 200)
    }

    @Test("a scenario's codes: override changes the 40001 of another key's task")
    func overriddenCode() throws {
        let emu = try EmulatorHarness("codes: {task_not_found: 20401}")
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#, key: "rk_live_owner")
        #expect(emu.poll(id, key: "rk_live_stranger").errorCode == 20401)
        #expect(emu.poll(id, key: "rk_live_stranger").status == 404)
    }

    @Test("a task id is exact: no other spelling finds it")
    func exactIDs() throws {
        let emu = try EmulatorHarness()
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        for spelling in [id.uppercased(), String(id.dropFirst(5)), id + " ", "task_" + id] {
            #expect(emu.poll(spelling).status == 404, "\(spelling)")
        }
        #expect(emu.poll(id).status == 200)
    }

    @Test("an unknown or missing model is 20004", arguments: [
        (#"{"model":"dall-e-3","prompt":"p"}"#, #"unknown model "dall-e-3""#),
        (#"{"model":"GPT-IMAGE-2","prompt":"p"}"#, #"unknown model "GPT-IMAGE-2""#),
        (#"{"prompt":"p"}"#, "model is required"),
        (#"{"model":"","prompt":"p"}"#, "model is required"),
        (#"{"model":null,"prompt":"p"}"#, "model is required"),
        (#"{"model":["z-image"],"prompt":"p"}"#, "model must be a string (got array)"),
    ])
    func unknownModel(body: String, message: String) throws {
        let emu = try EmulatorHarness()
        let response = emu.submit(body)
        #expect(response.status == 400)
        #expect(response.errorCode == 20004)
        #expect(response.errorMessage == message)
    }

    @Test("API in One's models are unknown to reAPI (20004)", arguments: ["imagen4", "imagen4-fast", "imagen4-ultra", "imagen-4"])
    func apiInOneModelsOnReAPI(model: String) throws {
        let emu = try EmulatorHarness()
        let response = emu.submit(#"{"model":"\#(model)","prompt":"p"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == 20004)
        #expect(response.errorMessage == "unknown model \"\(model)\"")
    }

    @Test("reAPI's models are unknown to API in One (400 invalid_request)",
          arguments: ["gpt-image-2-official", "gpt-image-2", "z-image", "imagen-4-0"])
    func reAPIModelsOnAPIInOne(model: String) throws {
        let emu = try EmulatorHarness(provider: .apiinone)
        let response = emu.submit(#"{"model":"\#(model)","prompt":"p"}"#)
        #expect(response.status == 400)
        #expect(response.json?["error"]?["type"] == "invalid_request")
        #expect(response.errorMessage == "Invalid parameters: unknown model \"\(model)\"")
    }

    @Test("the model check comes before the prompt check")
    func modelFirst() throws {
        let emu = try EmulatorHarness()
        #expect(emu.submit(#"{"model":"nope"}"#).errorCode == 20004)
        #expect(emu.submit(#"{"model":"z-image"}"#).errorCode == 20002)
    }
}
