/// A scenario whose `models:` is a chain of `count` models, each extending the one before
/// (`m1` extends z-image): the long scenario the load tests check, weigh and refuse.
public enum ScenarioChain {
    public static func yaml(_ count: Int) -> String {
        var lines = ["models:", "  m1: {extends: z-image}"]
        for i in 2...max(2, count) { lines.append("  m\(i): {extends: m\(i - 1)}") }
        return lines.joined(separator: "\n") + "\n"
    }
}
