import ReAPIEmulatorKit

/// Timing checks that hold on a loaded machine (scripts/stress-test.sh): a test that says
/// "answered at once" compares the answer's time with a timeout it would otherwise run into,
/// so that timeout is made long (60 s) and the bound is half of it. A check never rests on a
/// wall-clock deadline of a second or two, which a shared CI runner misses.
enum LoadTolerant {
    /// The idle and request-read timeouts a refused or answered request would otherwise wait.
    static let timeoutSeconds = 60
    /// "At once": well under the timeout above, far over any scheduling delay.
    static let atOnceSeconds = Double(timeoutSeconds) / 2
    /// How long a client waits for an answer before giving up.
    static let clientTimeout = Double(timeoutSeconds) + 30
    /// How long a client whose answer is held (a scripted hour) waits: until the test releases
    /// it, however long a starved test task takes to get there. Under `stress-ng` the suite's
    /// tasks were seen to wait minutes for a thread of the cooperative pool; a client that
    /// gave up after 30 s closed its connection before the test looked for it.
    static let heldClientTimeout: Double = 600

    /// Default options with both timeouts at `timeoutSeconds`.
    static var options: EmulatorOptions { patient(EmulatorOptions()) }

    /// `options` whose held answers are never sent by the --max-hold cap (60 s by default) before
    /// the test releases them, however long a starved test task takes to get there.
    static func holding(_ options: EmulatorOptions = EmulatorOptions()) -> EmulatorOptions {
        var options = options
        options.maxHoldSeconds = heldClientTimeout
        return options
    }

    /// `options` with both timeouts at `timeoutSeconds`.
    static func patient(_ options: EmulatorOptions) -> EmulatorOptions {
        var options = options
        options.connectionTimeoutSeconds = timeoutSeconds
        options.requestReadTimeoutSeconds = Double(timeoutSeconds)
        return options
    }
}
