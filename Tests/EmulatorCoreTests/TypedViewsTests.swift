@testable import EmulatorCore
import ReAPIEmulatorTesting
import Testing

/// Issue 21, item 4: the report is a value (`SessionReport`); JSON and Markdown are two views
/// of one value, so they cannot disagree.
@Suite("Report views")
struct ReportViewsTests {
    @Test("one report value rendered as JSON and as Markdown: the same session, counts, refusals and findings")
    func bothViewsFromOneValue() throws {
        let h = try EmulatorHarness()
        let id = try #require(h.submit(#"{"model":"z-image","prompt":"a harbour"}"#).taskID)
        _ = h.submit(#"{"model":"z-image","prompt":"a harbour","aspect_ratio":"2:1"}"#)
        _ = h.respond(.make("GET", "/api/v1/nowhere"))
        _ = h.advance(seconds: 3600)
        _ = h.poll(id)
        _ = h.poll(id)  // polled again after completed: poll_after_terminal
        let value = h.app.defaultSession.reportValue()
        let json = value.json
        let markdown = ReportMarkdown.render([value])

        #expect(json["session"] == "default" && markdown.contains("## Session `default`"))
        #expect(json["requests_observed"] == .int(value.requestsObserved) && value.requestsObserved == 5)
        #expect(markdown.contains("\(value.requestsObserved) requests observed, report at \(value.generatedAt.iso8601)"))
        #expect(json["generated_at"] == .string(value.generatedAt.iso8601))

        let model = try #require(value.models.first)
        #expect(model.model == "z-image" && model.exercised.contains("status:completed"))
        #expect(json["coverage"]?["models"]?[0]?["exercised"] == .array(model.exercised.map(JSONValue.string)))
        #expect(markdown.contains("| `z-image` | \(model.requests) | " + model.exercised.map { "`\($0)`" }.joined(separator: " ")))

        let refused = try #require(json["refusals"]?["refused_submits"]?[0])
        #expect(refused["code"] == 20005)
        #expect(markdown.contains("- submit to `z-image`, code 20005 × 1"))
        #expect(json["refusals"]?["unknown_routes"]?[0]?["path"] == "/api/v1/nowhere")
        #expect(markdown.contains("- unknown route `GET /api/v1/nowhere` (404) × 1"))

        let finding = try #require(value.findings.first)
        #expect(finding.rule == .pollAfterTerminal && finding.count == 1)
        #expect(json["findings"]?[0]?["rule_id"] == "poll_after_terminal" && json["findings"]?[0]?["count"] == 1)
        #expect(markdown.contains("- **poll_after_terminal** × 1: \(ClientRule.pollAfterTerminal.rule)"))
        let evidence = try #require(finding.evidence.first)
        #expect(json["findings"]?[0]?["evidence"]?[0]?["detail"] == .string(evidence.detail))
        #expect(markdown.contains(evidence.detail))
        #expect(json["poll_cadence"] == .string(value.pollCadence) && markdown.contains("Poll cadence: \(value.pollCadence)."))
    }
}

/// Issue 21, item 6: a model's poll cadence is a field of its definition (`poll_cadence`), not
/// a model id the report knows.
@Suite("Poll cadence from the model definition")
struct PollCadenceDefinitionTests {
    @Test("a scenario model's poll_cadence is the one the report holds its polls to")
    func scenarioModelCadence() throws {
        let emu = try EmulatorHarness(scenario: """
        models:
          slow-z:
            extends: z-image
            poll_cadence:
              first_poll_ms: 20000
              phases: [{from_ms: 0, every_ms: 5000}]
              documented: wait 20 s, then every 5 s
        """)
        let id = try emu.accepted(#"{"model":"slow-z","prompt":"p"}"#)
        emu.advance(milliseconds: 10_000)
        _ = emu.poll(id)  // 10 s after the submit: too early for this model, fine on the platform cadence
        let report = try emu.controlJSON("GET", "/_emulator/report")
        let finding = try #require(report["findings"]?.arrayValue?.first { $0["rule_id"] == "poll_too_fast" })
        let detail = try #require(finding["evidence"]?[0]?["detail"]?.stringValue)
        #expect(detail == "slow-z: polled 10 s after the submit; documented: wait 20 s, then every 5 s")
    }

    @Test("the built-in definitions: gpt-image-2-official carries its page's cadence, z-image the platform's")
    func builtInCadences() throws {
        let catalog = try ModelCatalog.builtIn()
        let official = try #require(catalog.model(named: "gpt-image-2-official", provider: .reapi)).pollCadence
        #expect(official.firstPollMilliseconds == 30_000)
        #expect(official.phases.map(\.since) == [0, 180_000] && official.phases.map(\.interval) == [3_000, 10_000])
        #expect(try #require(catalog.model(named: "z-image", provider: .reapi)).pollCadence == .platform)
    }

    @Test("a malformed poll_cadence is refused with its key path")
    func malformed() throws {
        let catalog = try ModelCatalog.builtIn()
        let base = try #require(catalog.model(named: "z-image", provider: .reapi)).source
        var bad = base
        bad["poll_cadence"] = ["first_poll_ms": 1000, "phases": [["from_ms": 0, "every_ms": 0]], "documented": "x"]
        #expect(throws: ModelDefinitionError.self) { try ModelDefinition(json: bad) }
        do {
            _ = try ModelDefinition(json: bad)
        } catch {
            #expect(error.description.contains("poll_cadence.phases.0.every_ms"))
        }
    }
}

/// Issue 21, item 4: the models listing is a value; its JSON view and the typed summary the
/// CLI table reads come from the same definitions.
@Suite("Models listing views")
struct ModelListingViewsTests {
    @Test("for every model, the JSON view and the typed summary agree: fields, images, price, URL lifetime", arguments: Provider.allCases)
    func viewsAgree(provider: Provider) throws {
        let listing = try ModelCatalog.builtIn().listing(provider: provider)
        let json = listing.json
        #expect(json["count"] == .int(listing.models.count) && json["provider"] == .string(provider.rawValue))
        for (model, entry) in zip(listing.models, json["models"]?.arrayValue ?? []) {
            #expect(entry["id"] == .string(model.id))
            let listed = (entry["fields"]?.arrayValue ?? []).filter { $0["type"] != "forbidden" }
            #expect(listed.map { $0["name"]?.stringValue ?? "" } == model.callerFields.map(\.name), "\(model.id)")
            #expect(listed.map { $0["required"] == true } == model.callerFields.map(\.required), "\(model.id)")
            #expect(entry["price"]?["per"] == .string(try #require(model.priceSummary).per))
            #expect(entry["url_ttl_seconds"] == .int(Int(model.urlLifetimeSeconds)))
            switch model.imageCountSummary {
            case .field(let field): #expect(entry["images"]?["field"] == .string(field))
            case .table(_, let by): #expect(entry["images"]?["by"] == .array(by.map(JSONValue.string)))
            }
        }
    }
}

/// Issue 21, item 4: a task's timeline is a list of values; the control API's JSON is their view.
@Suite("Task timeline values")
struct TimelineValuesTests {
    @Test("a failing task's timeline: accepted, due, failed with its code, refunded; the JSON view shows the same")
    func failedTimeline() throws {
        let emu = try EmulatorHarness("rules: [{fail: {code: 80003, after: 2s}}]")
        let id = try emu.accepted(#"{"model":"z-image","prompt":"p"}"#)
        _ = emu.advance(seconds: 60)
        let (task, now) = try #require(emu.app.defaultSession.task(id))
        let events = emu.app.defaultSession.timeline(task, now: now)
        #expect(events.map(\.kind) == [.accepted, .due, .failed(code: 80003), .refunded])
        #expect(events[1].at == task.settlesAt && events[0].at == task.createdAt)
        let shown = try #require(try emu.controlJSON("GET", "/_emulator/tasks/\(id)")["timeline"]?.arrayValue)
        #expect(shown == events.map(\.json))
        #expect(shown.map { $0["event"]?.stringValue ?? "" } == ["accepted", "due", "failed", "refunded"])
        #expect(shown[2]["code"] == 80003)
    }

    @Test("merging keeps time order and puts the task's own event first on a tie")
    func mergeOrder() {
        let t = Timestamp(milliseconds: 1_000)
        let own = [TimelineEvent(.accepted, at: t), TimelineEvent(.due, at: t.adding(milliseconds: 500))]
        let hooks = [TimelineEvent(.callbackDue(attempt: 1, url: "http://x"), at: t), TimelineEvent(.callbackGivenUp(attempts: 5), at: t.adding(milliseconds: 200))]
        #expect(TimelineEvent.merged(own, hooks).map(\.name) == ["accepted", "callback_due", "callback_given_up", "due"])
    }
}
