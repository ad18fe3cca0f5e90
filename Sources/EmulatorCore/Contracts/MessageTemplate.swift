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

    /// Longest replacement of any one placeholder (a long enum's `{allowed}`), in Unicode
    /// scalars, before it is cut with `…` (choice, docs/limits.md).
    static let maxReplacementLength = 2_000
    /// Longest rendered message, in Unicode scalars, before it is cut with `…` (choice): a
    /// scenario repeating `{allowed}` cannot make one answer megabytes long.
    static let maxMessageLength = 8_192

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
                out += Self.cut(replacement, to: Self.maxReplacementLength)
                rest = rest[rest.index(after: close)...]
                // A scalar is at most 4 bytes: past this the message is cut anyway.
                if out.utf8.count > 4 * Self.maxMessageLength { break }
            } else {
                out.append("{")
                rest = rest[afterOpen...]
            }
        }
        if out.utf8.count <= 4 * Self.maxMessageLength { out += rest.prefix(4 * Self.maxMessageLength) }
        return Self.cut(out, to: Self.maxMessageLength)
    }

    /// `text` cut to `length` Unicode scalars, with `…` when something was cut.
    static func cut(_ text: String, to length: Int) -> String {
        let scalars = text.unicodeScalars
        guard text.utf8.count > length, scalars.count > length else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(length))
        return String(view) + "…"
    }

    /// A caller's value as echoed in a message, cut to `maxEchoedValueLength` scalars.
    static func echo(_ value: String) -> String { cut(value, to: maxEchoedValueLength) }
}
