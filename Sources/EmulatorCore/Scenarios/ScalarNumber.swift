/// Numbers in YAML scalars, read without ever trapping: `1_000`, `0x1F`, `0o17`, `0b101`, `-5`,
/// `1.5`, `1e3`, `.inf`, `99999999999999999999`, `1e400`.
///
/// YAML 1.1 reads `0500` as octal; here a leading zero is decimal, as a person means it.
/// Sexagesimal integers (`1:30`) are not numbers here.
enum ScalarNumber {
    enum IntegerReading: Equatable {
        case value(Int)
        /// A well-formed number that `Int` cannot hold (or an infinite float).
        case outOfRange
        case notAnInteger
    }

    enum UnsignedReading: Equatable {
        case value(UInt64)
        case negative
        case outOfRange
        case notAnInteger
    }

    /// An integer scalar, or a float scalar with an integral value (`1e3`, `500.0`).
    static func integer(_ scalar: YAMLScalar) -> IntegerReading {
        switch scalar.kind {
        case .int:
            guard let (negative, magnitude) = signedMagnitude(scalar.text) else { return .notAnInteger }
            guard let magnitude else { return .outOfRange }
            if negative {
                if magnitude <= UInt64(Int.max) { return .value(-Int(magnitude)) }
                return magnitude == UInt64(Int.max) + 1 ? .value(Int.min) : .outOfRange
            }
            return magnitude <= UInt64(Int.max) ? .value(Int(magnitude)) : .outOfRange
        case .float:
            guard let number = double(scalar) else { return .notAnInteger }
            if !number.isFinite { return number.isNaN ? .notAnInteger : .outOfRange }
            guard number.rounded() == number else { return .notAnInteger }
            return Int(exactly: number).map { .value($0) } ?? .outOfRange
        default:
            return .notAnInteger
        }
    }

    /// A non-negative integer up to `UInt64.max` (a seed).
    static func unsigned(_ scalar: YAMLScalar) -> UnsignedReading {
        guard scalar.kind == .int || scalar.kind == .float else { return .notAnInteger }
        if scalar.kind == .float {
            switch integer(scalar) {
            case .value(let number): return number < 0 ? .negative : .value(UInt64(number))
            case .outOfRange: return .outOfRange
            case .notAnInteger: return .notAnInteger
            }
        }
        guard let (negative, magnitude) = signedMagnitude(scalar.text) else { return .notAnInteger }
        if negative, magnitude != 0 { return .negative }
        return magnitude.map { .value($0) } ?? .outOfRange
    }

    /// A float or integer scalar as a Double (`.inf` and `.nan` included); nil when not numeric.
    static func double(_ scalar: YAMLScalar) -> Double? {
        if scalar.kind == .int, case .value(let number) = integer(scalar) { return Double(number) }
        let text = scalar.text.filter { $0 != "_" }
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        guard text.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }) else { return nil }
        return Double(text)
    }

    /// The sign and magnitude of a YAML integer's text; the magnitude is nil when it is well
    /// formed but larger than `UInt64.max`. Nil for text that is not an integer.
    private static func signedMagnitude(_ text: String) -> (negative: Bool, magnitude: UInt64?)? {
        var body = Substring(text.filter { $0 != "_" })
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("+") {
            negative = body.hasPrefix("-")
            body = body.dropFirst()
        }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            radix = base
            body = body.dropFirst(2)
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
            return nil
        }
        return (negative, UInt64(body, radix: radix))
    }
}
