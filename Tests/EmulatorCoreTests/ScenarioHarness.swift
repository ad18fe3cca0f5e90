@testable import EmulatorCore

/// An app with the real model catalogue, a virtual clock and a scenario given as YAML, for the
/// scenario and control-API tests. It shares the catalogue and the recording renderer with
/// `ContractHarness`; it differs in taking the scenario's own clock, start time and admin token.
struct ScenarioHarness {
    static let start = Timestamp(unixSeconds: 1_750_000_000)
    let app: EmulatorApp
    /// What the media layer was asked to draw.
    let renderer = RecordingRenderer()
    var now: Timestamp { app.clock.now() }

    init(_ yaml: String = "", provider: Provider = .reapi, adminToken: String? = nil) throws {
        let catalog = try builtInCatalog.get()
        let scenario = try ScenarioLoader.parse(yaml, knownModels: catalog.knownModels)
        var configuration = EmulatorConfiguration(provider: provider, publicURL: "http://emu.test")
        configuration.adminToken = adminToken
        app = try EmulatorApp(configuration: configuration, scenario: scenario, scenarioText: yaml,
                              clockOverride: .init(mode: scenario.clock ?? .virtual), validator: catalog, renderImage: renderer.render)
        if scenario.startTime == nil { app.clock.reset(mode: app.clock.mode, timeScale: app.clock.timeScale, start: Self.start) }
    }

    func submit(_ json: String, key: String? = "rk_test_key") -> HTTPResponse {
        app.handle(.make("POST", "/api/v1/images/generations", key: key, json: json))
    }

    func poll(_ id: String, key: String? = "rk_test_key") -> HTTPResponse {
        app.handle(.make("GET", "/api/v1/tasks/\(id)", key: key))
    }

    func control(_ method: String, _ path: String, _ body: String? = nil, token: String? = nil) -> HTTPResponse {
        app.handle(.make(method, path, key: token, json: body))
    }

    func advance(seconds: Double) -> HTTPResponse {
        control("POST", "/_emulator/clock/advance", #"{"seconds": \#(seconds)}"#)
    }

    func credits(_ key: String = "rk_test_key") -> Int? {
        control("GET", "/_emulator/accounts/\(key)").json?["credits"]?.intValue
    }
}

extension HTTPResponse {
    /// The task id of a canonical submit answer.
    var taskID: String? {
        json?["id"]?.stringValue ?? json?["data"]?["task_id"]?.stringValue ?? json?["data"]?[0]?["task_id"]?.stringValue
    }
}
