/// Durations as scenario files write them: `20ms`, `2s`, `1.5m`, `1h`, `1d`, or a bare number of
/// seconds (`45`, `0.25`).
///
/// Parsing is exact (no floating point): the fraction is scaled with integers and rounded to the
/// nearest millisecond, so `1.1s` is 1100 ms, not 1100.0000000000002.
public enum DurationText {
    /// Milliseconds per unit, longest suffix first so `ms` is not read as `m` + garbage.
    static let units: [(suffix: String, milliseconds: Int64)] = [
        ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000),
    ]

    /// Most fraction digits honoured; `0.1234567891s` is read as `0.123456789s`.
    private static let maxFractionDigits = 9

    /// The duration in milliseconds, or nil for text that is not a duration: negative values,
    /// unknown units, empty input, stray characters, or a value that overflows 64 bits.
    ///
    /// Surrounding whitespace is ignored; the number and its unit are written together (`20ms`).
    public static func parse(_ text: String) -> Int64? {
        if case .milliseconds(let value) = read(text) { value } else { nil }
    }

    /// What a text says as a duration, telling "too long to count" apart from "not a duration".
    enum Reading: Equatable {
        case milliseconds(Int64)
        /// Well formed, but more milliseconds than 64 bits hold.
        case overflow
        case invalid
    }

    static func read(_ text: String) -> Reading {
        var body = Substring(text).drop { $0 == " " || $0 == "\t" }
        while let last = body.last, last == " " || last == "\t" { body = body.dropLast() }

        var unitMilliseconds: Int64 = 1000
        for unit in units where body.hasSuffix(unit.suffix) {
            unitMilliseconds = unit.milliseconds
            body = body.dropLast(unit.suffix.count)
            break
        }
        return milliseconds(number: body, unit: unitMilliseconds)
    }

    /// `number` is `digits` or `digits.digits`; anything else (signs, exponents, spaces) is refused.
    private static func milliseconds(number: Substring, unit: Int64) -> Reading {
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, wholeText.allSatisfy(\.isASCIIDigit) else { return .invalid }
        let fractionText = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || (!fractionText.isEmpty && fractionText.allSatisfy(\.isASCIIDigit)) else { return .invalid }

        guard let whole = Int64(wholeText) else { return .overflow }
        let (wholeMilliseconds, overflow) = whole.multipliedReportingOverflow(by: unit)
        guard !overflow else { return .overflow }

        let digits = fractionText.prefix(maxFractionDigits)
        guard !digits.isEmpty, let fraction = Int64(digits) else { return .milliseconds(wholeMilliseconds) }
        var scale: Int64 = 1
        for _ in digits { scale *= 10 }
        // unit ≤ 8.64e7 and fraction < 1e9, so the product stays below 8.7e16: no overflow.
        let fractionMilliseconds = (fraction * unit + scale / 2) / scale
        let (total, sumOverflow) = wholeMilliseconds.addingReportingOverflow(fractionMilliseconds)
        return sumOverflow ? .overflow : .milliseconds(total)
    }

    /// The shortest exact text for a duration, as the docs write it (`1500` -> `1500ms`,
    /// `7_200_000` -> `2h`). Used in problem messages.
    public static func format(_ milliseconds: Int64) -> String {
        for unit in units.reversed() where unit.milliseconds > 1 {
            if milliseconds != 0, milliseconds % unit.milliseconds == 0 {
                return "\(milliseconds / unit.milliseconds)\(unit.suffix)"
            }
        }
        return "\(milliseconds)ms"
    }
}

extension Character {
    /// `0`–`9` only (`Character.isNumber` also accepts other scripts' digits and fractions).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) && unicodeScalars.count == 1 }
}
