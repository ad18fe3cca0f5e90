/// What a session is made from besides its scenario: the listener's fixed settings, the model
/// catalogue scenarios are applied to, and the clock settings that win over a scenario's keys
/// (the CLI's `--clock`/`--time-scale`/`--seed`, or a `POST /_emulator/sessions` body's).
public struct SessionSettings: Sendable {
    public var configuration: EmulatorConfiguration
    public var baseValidator: any SubmitValidator
    public var overrides: ClockOverrides
    /// Carries webhook POSTs (nil: every attempt fails with "no callback sender").
    public var callbackSender: (any CallbackSender)?
    /// The task-id streams of every session of one emulator (shared: a class).
    public let idStreams = TaskIDStreams()

    public init(configuration: EmulatorConfiguration, baseValidator: any SubmitValidator, overrides: ClockOverrides = ClockOverrides(),
                callbackSender: (any CallbackSender)? = nil) {
        self.configuration = configuration
        self.baseValidator = baseValidator
        self.overrides = overrides
        self.callbackSender = callbackSender
    }

    /// The clock mode, speed and seed in force for `scenario`: an override, else the
    /// scenario's key, else the default (real clock, speed 1, the listener's seed).
    func clock(for scenario: Scenario) -> (mode: EmulatorClock.Mode, timeScale: Double, seed: UInt64) {
        (overrides.mode ?? scenario.clock ?? .real, overrides.timeScale ?? scenario.timeScale ?? 1,
         overrides.seed ?? scenario.seed ?? configuration.seed)
    }
}

/// Clock settings that win over a scenario's (nil: take the scenario's, else the default).
public struct ClockOverrides: Sendable {
    public var mode: EmulatorClock.Mode?
    public var timeScale: Double?
    public var seed: UInt64?

    public init(mode: EmulatorClock.Mode? = nil, timeScale: Double? = nil, seed: UInt64? = nil) {
        self.mode = mode
        self.timeScale = timeScale
        self.seed = seed
    }
}
