extension StringProtocol {
    /// The text with `\` and `"` preceded by a backslash and, with `newlines`, each line feed
    /// written `\n`: a value inside a double-quoted string (a plain JSON message, a Prometheus
    /// label). Per Unicode scalar, so a quote followed by a combining mark is escaped too.
    public func backslashEscaped(newlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar {
            case "\\", "\"": out.append("\\"); out.append(scalar)
            case "\n" where newlines: out.append("\\"); out.append("n")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
