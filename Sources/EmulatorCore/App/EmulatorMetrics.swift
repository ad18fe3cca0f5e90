import Locking
import Synchronization

/// Counters for `GET /_emulator/metrics` (Prometheus text format, names `reapi_emulator_…`).
/// A request costs one relaxed atomic add on a counter picked by index: no lock, no
/// allocation. Everything else (tasks, journal, credits, gauges of the binding and the media
/// layer) is read when the metrics are scraped.
public final class EmulatorMetrics: Sendable {
    /// Route labels, in the order of `routeIndex`.
    static let routes: [String] = ["submit", "poll", "media", "unmatched", "balance"] + ControlRoute.table.map(\.label)
        + MediaKind.allCases.dropFirst().map { "submit_\($0.rawValue)" }
    /// Status labels counted one by one; anything else counts as `other`, a dropped connection as `0`.
    static let statuses: [Int] = [0, 200, 201, 400, 401, 402, 403, 404, 405, 413, 421, 429, 500, 503]

    private final class Counter: Sendable { let value = Atomic<Int>(0) }
    private let counters: [Counter]
    /// Gauges from outside the core (the binding's connections, the media cache), set once
    /// by the embedding when it starts; read only on a scrape.
    private let external = Locked<(@Sendable () -> [Gauge])?>(nil)

    /// One exposition line's worth of a gauge.
    public struct Gauge: Sendable {
        public var name: String
        public var help: String
        public var value: Int
        public init(name: String, help: String, value: Int) {
            self.name = name
            self.help = help
            self.value = value
        }
    }

    public init() {
        counters = (0..<(Self.routes.count * (Self.statuses.count + 1))).map { _ in Counter() }
    }

    /// Adds the gauges `provide` reports to every scrape.
    public func addGauges(_ provide: @escaping @Sendable () -> [Gauge]) {
        external.withLock { current in
            let previous = current
            current = { (previous?() ?? []) + provide() }
        }
    }

    /// Counts one answered request under the route its outcome names, with the status the
    /// outcome shows (else `status`, the response's).
    func count(_ outcome: RequestOutcome, status: Int) {
        let shown = outcome.shownStatus ?? status
        let column = Self.statuses.firstIndex(of: shown) ?? Self.statuses.count
        counters[Self.routeIndex(outcome.route) * (Self.statuses.count + 1) + column].value.add(1, ordering: .relaxed)
    }

    static func routeIndex(_ route: RequestRoute) -> Int {
        switch route {
        case .submit(.image): 0
        case .submit(let kind): 5 + ControlRoute.table.count + (MediaKind.allCases.firstIndex(of: kind) ?? 1) - 1
        case .poll: 1
        case .media: 2
        case .unrouted: 3
        case .balance: 4
        case .control(let r): 5 + (ControlRoute.table.firstIndex { $0.route == r } ?? 0)
        }
    }

    /// The request counters as `(route, status, count)`, zero ones left out.
    var requestCounts: [(route: String, status: String, count: Int)] {
        var rows: [(String, String, Int)] = []
        let width = Self.statuses.count + 1
        for (i, counter) in counters.enumerated() {
            let n = counter.value.load(ordering: .relaxed)
            guard n > 0 else { continue }
            let column = i % width
            rows.append((Self.routes[i / width], column < Self.statuses.count ? String(Self.statuses[column]) : "other", n))
        }
        return rows
    }

    var externalGauges: [Gauge] {
        let provide = external.withLock { $0 }
        return provide?() ?? []
    }
}
