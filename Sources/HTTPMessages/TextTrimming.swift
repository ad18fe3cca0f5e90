extension StringProtocol {
    /// The text without leading and trailing blanks: tabs and Unicode space separators (what
    /// Foundation's `CharacterSet.whitespaces` holds), and with `newlines` also line breaks
    /// (`.whitespacesAndNewlines`). Plain Swift, so callers need no Foundation (it would link ICU).
    public func trimmingBlanks(newlines: Bool = false) -> String {
        let isBlank = { (scalar: Unicode.Scalar) -> Bool in
            switch scalar {
            case "\t": true
            case "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}": newlines
            default: scalar.properties.generalCategory == .spaceSeparator
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}
