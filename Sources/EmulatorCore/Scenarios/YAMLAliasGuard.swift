/// Refuses, before it is composed, the one YAML shape that would make composing take exponential
/// time: aliases in a document that also uses complex (non-scalar) mapping keys.
///
/// The composer checks every mapping for duplicate keys by comparing the key nodes. A key that is (or
/// contains) an alias to a nested alias chain — `a1: &a1 [*a0, *a0, …]`, …, `? *a9 : x` — is
/// compared in full, 10⁹ values for a few hundred bytes of text. Aliases as values are harmless
/// (the composed tree shares them; `YAMLTreeBuilder` caps their expansion), and scalar keys compare in constant
/// time, so only the combination is refused. Scenario files never need it.
///
/// The scan is purely lexical and errs on the side of refusing: it does not skip quoted text or
/// comments, so a false positive needs both an alias-like `*name` token and a complex-key-like
/// `? `, `*name:`, `]:` or `}:` in the same document.
enum YAMLAliasGuard {
    /// A problem at the first complex key, or nil when the document is safe to compose.
    static func check(_ text: String) -> ScenarioProblem? {
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var hasAlias = false
        var complexKeyLine: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let atTokenStart = index == 0 || isTokenBoundary(scalars[index - 1])
            if scalar == "\n" {
                line += 1
            } else if scalar == "*", atTokenStart, index + 1 < scalars.count, isAnchorCharacter(scalars[index + 1]) {
                hasAlias = true
                var end = index + 1
                while end < scalars.count, isAnchorCharacter(scalars[end]) { end += 1 }
                if isFollowedByColon(scalars, from: end) { complexKeyLine = complexKeyLine ?? line }
                index = end
                continue
            } else if scalar == "?", atTokenStart, index + 1 == scalars.count || isWhitespace(scalars[index + 1]) {
                complexKeyLine = complexKeyLine ?? line
            } else if scalar == "]" || scalar == "}", isFollowedByColon(scalars, from: index + 1) {
                complexKeyLine = complexKeyLine ?? line
            }
            index += 1
        }
        guard hasAlias, let complexKeyLine else { return nil }
        return ScenarioProblem(
            path: "", line: complexKeyLine,
            message: "a complex mapping key (`? …`, or a list, mapping or alias used as a key) cannot be used "
                + "in a document with aliases (`*name`); write the key as plain text")
    }

    /// libyaml's anchor names: ASCII letters, digits, `_` and `-`.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Where a YAML node may begin: after whitespace, a flow indicator or a JSON-style `:`.
    private static func isTokenBoundary(_ scalar: Unicode.Scalar) -> Bool {
        isWhitespace(scalar) || scalar == "[" || scalar == "{" || scalar == "," || scalar == ":"
    }

    /// Whether spaces or tabs and then `:` come next: the shape of an implicit key.
    private static func isFollowedByColon(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return index < scalars.count && scalars[index] == ":"
    }
}
