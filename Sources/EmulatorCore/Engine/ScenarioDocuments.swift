import Locking

/// The serialised documents a session serves that depend only on its scenario: the OpenAPI
/// document and the models listing. Each is built once, on first request, and kept until the
/// scenario changes (a new `ActiveScenario` comes with a new, empty cache). A scenario of
/// thousands of models makes documents of tens of megabytes: rebuilding them per request made
/// every reader pay the whole build and hold a copy of it.
final class ScenarioDocuments: Sendable {
    enum Kind: Sendable { case openAPI, models }

    private struct Store: Sendable {
        var openAPI: [UInt8]?
        var models: [UInt8]?
        var builds = 0
    }

    /// Readers of a document not built yet wait for the one build under the lock.
    private let store = Locked(Store())

    /// The bytes of `kind`, built by `build` the first time.
    func bytes(_ kind: Kind, build: () -> JSONValue) -> [UInt8] {
        let slot: WritableKeyPath<Store, [UInt8]?> = kind == .openAPI ? \.openAPI : \.models
        return store.withLock { s in
            if let bytes = s[keyPath: slot] { return bytes }
            s.builds += 1
            let bytes = JSONWriter.bytes(build())
            s[keyPath: slot] = bytes
            return bytes
        }
    }

    /// How many documents were built for this scenario (tests check the cache with it).
    var builds: Int { store.withLock { $0.builds } }
}
