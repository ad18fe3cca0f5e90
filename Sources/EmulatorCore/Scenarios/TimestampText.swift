/// Points in time as scenario files write them (`start_time`): ISO 8601
/// (`2026-01-01T00:00:00Z`, `2026-01-01T09:30:00.250+02:00`, `2026-01-01`) or Unix seconds
/// (`1767225600`).
public enum TimestampText {
    /// Latest accepted time, 9999-12-31T23:59:59Z, so later arithmetic on the clock cannot overflow.
    public static let latestUnixSeconds: Int64 = 253_402_300_799

    /// The time, or nil for anything else, for times before 1970 and after year 9999.
    ///
    /// A time without a zone is read as UTC; `t`, `z` and a space separator are accepted as YAML
    /// timestamps allow. Fractions of a second beyond milliseconds are dropped.
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingWhitespace
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let seconds = Int64(trimmed), seconds <= latestUnixSeconds else { return nil }
            return Timestamp(unixSeconds: seconds)
        }
        return parseISO8601(Array(trimmed.utf8))
    }

    private static func parseISO8601(_ bytes: [UInt8]) -> Timestamp? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.skip("-"),
              let month = reader.number(digits: 2), reader.skip("-"),
              let day = reader.number(digits: 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), year >= 1970
        else { return nil }
        var milliseconds = daysFromCivil(year: year, month: month, day: day) * 86_400_000
        if reader.atEnd { return Timestamp(milliseconds: milliseconds) }

        guard reader.skip("T") || reader.skip("t") || reader.skip(" "),
              let hour = reader.number(digits: 2), reader.skip(":"),
              let minute = reader.number(digits: 2), reader.skip(":"),
              let second = reader.number(digits: 2),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }
        milliseconds += ((hour * 60 + minute) * 60 + second) * 1000
        if reader.skip(".") {
            guard let fraction = reader.fractionMilliseconds() else { return nil }
            milliseconds += fraction
        }
        guard let offsetMinutes = reader.zoneOffsetMinutes(), reader.atEnd else { return nil }
        milliseconds -= offsetMinutes * 60_000
        guard milliseconds >= 0, milliseconds <= latestUnixSeconds * 1000 + 999 else { return nil }
        return Timestamp(milliseconds: milliseconds)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil (the inverse of `Timestamp`'s civil-from-days).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A cursor over ASCII bytes for the fixed-width fields of an ISO 8601 time.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int64? {
        guard index + digits <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[index..<index + digits] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        index += digits
        return value
    }

    /// One or more digits after the `.`, as milliseconds (truncated).
    mutating func fractionMilliseconds() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            if count < 3 { value = value * 10 + Int64(bytes[index] - 0x30) }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 3) { value *= 10 }
        return value
    }

    /// `Z`, `±HH:MM`, `±HHMM`, `±HH`, or nothing (UTC); optional spaces before it, as YAML allows.
    mutating func zoneOffsetMinutes() -> Int64? {
        while skip(" ") {}
        if atEnd || skip("Z") || skip("z") { return 0 }
        let sign: Int64
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), hours <= 23 else { return nil }
        var minutes: Int64 = 0
        if !atEnd {
            _ = skip(":")
            guard let value = number(digits: 2), value <= 59 else { return nil }
            minutes = value
        }
        return sign * (hours * 60 + minutes)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    fileprivate var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
