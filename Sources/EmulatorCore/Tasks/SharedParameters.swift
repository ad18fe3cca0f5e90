/// A task's parameters after defaults, kept as their compact JSON bytes and shared between
/// every task with the same set: a CI run submits the same body again and again, and a
/// parsed `JSONObject` per task cost about 150 bytes of the 1,067 a task took.
public final class SharedParameters: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ object: JSONObject) { bytes = JSONWriter.bytes(.object(object)) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The parameters parsed back (the task view and tests read them; submits never do).
    var object: JSONObject { (try? JSONParser.parse(bytes))?.objectValue ?? JSONObject() }

    public static func == (a: SharedParameters, b: SharedParameters) -> Bool { a === b || a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// One session's table of parameter sets in use, so equal sets share one buffer. It holds
/// them weakly: a set no task uses any more is dropped at the next sweep, which runs when the
/// table has doubled since the last one, so it stays within twice the sets in use.
struct ParameterInterner: Sendable {
    private final class Weak: @unchecked Sendable {
        // Written once at creation; the runtime clears it when the set is released.
        weak var value: SharedParameters?
        init(_ value: SharedParameters) { self.value = value }
    }

    private var table: [[UInt8]: Weak] = [:]
    private var sweepAt = 1024

    /// The shared set equal to `parameters` (which becomes the shared one when new).
    mutating func intern(_ parameters: SharedParameters) -> SharedParameters {
        if let existing = table[parameters.bytes]?.value { return existing }
        table[parameters.bytes] = Weak(parameters)
        if table.count >= sweepAt {
            table = table.filter { $0.value.value != nil }
            sweepAt = max(1024, 2 * table.count)
        }
        return parameters
    }

    mutating func removeAll() {
        table.removeAll()
        sweepAt = 1024
    }

    var count: Int { table.count }
}
