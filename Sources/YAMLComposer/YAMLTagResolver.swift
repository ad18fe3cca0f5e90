/// The type of a plain (unquoted, untagged) scalar, by YAML 1.1's implicit rules as Yams' default
/// resolver (which scenario files were read with before) states them, tried in this order:
///
///     bool       yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
///     int        [-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
///                | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+
///     float      [-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)?
///                | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
///     merge      <<
///     null       ~|null|Null|NULL|(empty)
///     timestamp  [0-9]{4}-[0-9]{2}-[0-9]{2}
///                | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?
///                  ([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?
///     value      =
///
/// Anything else is a string. Each rule matches the whole text; written as small matchers over
/// the UTF-8 bytes (every rule is ASCII), not regular expressions.
public enum YAMLTagResolver {
    public static func resolve(plain text: String) -> YAMLTag {
        let bytes = Array(text.utf8)[...]
        if isBool(bytes) { return .bool }
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        if bytes.elementsEqual("<<".utf8) { return .merge }
        if isNull(bytes) { return .null }
        if isTimestamp(bytes) { return .timestamp }
        if bytes.elementsEqual("=".utf8) { return .value }
        return .str
    }

    typealias Bytes = ArraySlice<UInt8>

    private static let bools: [String] = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    static func isBool(_ bytes: Bytes) -> Bool {
        bools.contains { bytes.elementsEqual($0.utf8) }
    }

    static func isNull(_ bytes: Bytes) -> Bool {
        bytes.isEmpty || ["~", "null", "Null", "NULL"].contains { bytes.elementsEqual($0.utf8) }
    }

    static func isInt(_ text: Bytes) -> Bool {
        let body = droppingSign(text)
        if body.starts(with: "0b".utf8) { return all(body.dropFirst(2), nonEmpty: true) { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } }
        if body.starts(with: "0x".utf8) { return all(body.dropFirst(2), nonEmpty: true) { isHex($0) || $0 == 0x5F } }
        if body.first == 0x30 {   // 0, or octal: 0o?[0-7_]+
            if body.count == 1 { return true }
            let digits = body.dropFirst().first == UInt8(ascii: "o") ? body.dropFirst(2) : body.dropFirst()
            return all(digits, nonEmpty: true) { (0x30...0x37).contains($0) || $0 == 0x5F }
        }
        guard let first = body.first, (0x31...0x39).contains(first) else { return false }
        let head = body.prefix { $0 != UInt8(ascii: ":") }
        guard all(head.dropFirst(), nonEmpty: false, { isDigit($0) || $0 == 0x5F }) else { return false }
        return head.count == body.count || isSexagesimalTail(body[head.endIndex...])
    }

    static func isFloat(_ text: Bytes) -> Bool {
        // \.[0-9_]+([eE][-+][0-9]+)? and \.(nan|NaN|NAN): no sign.
        if text.first == UInt8(ascii: ".") {
            if ["nan", "NaN", "NAN", "inf", "Inf", "INF"].contains(where: { text.dropFirst().elementsEqual($0.utf8) }) { return true }
            let digits = text.dropFirst().prefix { isDigit($0) || $0 == 0x5F }
            guard !digits.isEmpty else { return false }
            let exponent = text[digits.endIndex...]
            return exponent.isEmpty || isExponent(exponent, signRequired: true)
        }
        let body = droppingSign(text)
        if body.first == UInt8(ascii: ".") {
            return ["inf", "Inf", "INF"].contains { body.dropFirst().elementsEqual($0.utf8) }
        }
        guard let first = body.first, isDigit(first) else { return false }
        let head = body.prefix { isDigit($0) || $0 == 0x5F }
        var rest = body[head.endIndex...]
        if rest.first == UInt8(ascii: ":") {   // [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*
            guard let dot = rest.firstIndex(of: UInt8(ascii: ".")), isSexagesimalTail(rest[..<dot]) else { return false }
            return all(rest[(dot + 1)...], nonEmpty: false) { isDigit($0) || $0 == 0x5F }
        }
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst().drop { isDigit($0) || $0 == 0x5F }
        }
        return rest.isEmpty || isExponent(rest, signRequired: false)
    }

    /// [0-9]{4}-[0-9]{2}-[0-9]{2}, or a date with a time (see the type's comment).
    static func isTimestamp(_ bytes: Bytes) -> Bool {
        var rest = bytes
        guard take(&rest, digits: 4...4), take(&rest, "-") else { return false }
        let month = takeDigits(&rest, 1...2)
        guard month > 0, take(&rest, "-") else { return false }
        let day = takeDigits(&rest, 1...2)
        guard day > 0 else { return false }
        if rest.isEmpty { return month == 2 && day == 2 }
        if rest.first == UInt8(ascii: "T") || rest.first == UInt8(ascii: "t") {
            rest = rest.dropFirst()
        } else {
            let blanks = rest.prefix { $0 == 0x20 || $0 == 0x09 }
            guard !blanks.isEmpty else { return false }
            rest = rest[blanks.endIndex...]
        }
        guard take(&rest, digits: 1...2), take(&rest, ":"), take(&rest, digits: 2...2), take(&rest, ":"),
              take(&rest, digits: 2...2) else { return false }
        if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst().drop(while: isDigit) }
        if rest.isEmpty { return true }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 }
        if rest.elementsEqual("Z".utf8) { return true }
        guard rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") else { return false }
        rest = rest.dropFirst()
        guard take(&rest, digits: 1...2) else { return false }
        if rest.isEmpty { return true }
        return take(&rest, ":") && take(&rest, digits: 2...2) && rest.isEmpty
    }

    // MARK: - pieces

    /// (:[0-5]?[0-9])+ over the whole of `bytes`.
    private static func isSexagesimalTail(_ bytes: Bytes) -> Bool {
        guard bytes.first == UInt8(ascii: ":") else { return false }
        return bytes.dropFirst().split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).allSatisfy { group in
            switch group.count {
            case 1: isDigit(group.first!)
            case 2: (0x30...0x35).contains(group.first!) && isDigit(group.last!)
            default: false
            }
        }
    }

    /// [eE][-+]?[0-9]+ (the sign required when `signRequired`) over the whole of `bytes`.
    private static func isExponent(_ bytes: Bytes, signRequired: Bool) -> Bool {
        guard bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") else { return false }
        var digits = bytes.dropFirst()
        if digits.first == UInt8(ascii: "+") || digits.first == UInt8(ascii: "-") {
            digits = digits.dropFirst()
        } else if signRequired {
            return false
        }
        return all(digits, nonEmpty: true, isDigit)
    }

    private static func droppingSign(_ bytes: Bytes) -> Bytes {
        bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes
    }

    private static func take(_ bytes: inout Bytes, _ literal: Unicode.Scalar) -> Bool {
        guard bytes.first == UInt8(ascii: literal) else { return false }
        bytes = bytes.dropFirst()
        return true
    }

    private static func take(_ bytes: inout Bytes, digits range: ClosedRange<Int>) -> Bool {
        takeDigits(&bytes, range) > 0
    }

    /// Takes as many digits as the range allows (greedy); returns how many, or 0 when fewer than
    /// its lower bound were there (and then takes nothing).
    private static func takeDigits(_ bytes: inout Bytes, _ range: ClosedRange<Int>) -> Int {
        let digits = bytes.prefix(range.upperBound).prefix(while: isDigit)
        guard digits.count >= range.lowerBound else { return 0 }
        bytes = bytes[digits.endIndex...]
        return digits.count
    }

    private static func all(_ bytes: Bytes, nonEmpty: Bool, _ test: (UInt8) -> Bool) -> Bool {
        (!nonEmpty || !bytes.isEmpty) && bytes.allSatisfy(test)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
