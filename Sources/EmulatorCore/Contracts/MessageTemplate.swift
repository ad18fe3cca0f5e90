/// An error message with `{name}` placeholders, as written in a fixture
/// (`invalid {field} "{value}" (allowed: {allowed})`).
///
/// Rendering is one pass over the template: a placeholder's replacement is never scanned again,
/// and braces that do not name a known placeholder stay as written, so the docs page's
/// `4K requires an explicit size in {16:9, 9:16, …}` needs no escaping.
struct MessageTemplate: Sendable, Equatable {
    /// Placeholders a template may use; anything else in braces is literal text.
    static let placeholders: Set<String> = ["field", "value", "allowed", "min", "max", "model", "got", "other", "expected"]

    /// Longest echo of a caller's value inside a message, in Unicode scalars, before it is cut with `…`.
    static let maxEchoedValueLength = 100

    let text: String

    init(_ text: String) { self.text = text }

    func render(_ values: [String: String]) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let replacement = values[String(rest[afterOpen..<close])] {
                out += replacement
                rest = rest[rest.index(after: close)...]
            } else {
                out.append("{")
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }

    /// A caller's value as echoed in a message, cut to `maxEchoedValueLength` scalars.
    static func echo(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard scalars.count > maxEchoedValueLength else { return value }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(maxEchoedValueLength))
        return String(view) + "…"
    }
}
