extension Timestamp {
    /// The HTTP `Date` form (RFC 9110 §5.6.7 IMF-fixdate), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
    /// Every answer carries one: written straight into the string's 29 bytes.
    public var httpDate: String {
        let seconds = unixSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = Self.civilFromDays(days)
        guard (0...9999).contains(year) else { return httpDateFromISO }
        let secondOfDay = seconds - days * 86_400
        // 1970-01-01 was a Thursday.
        let weekday = Int(((days % 7) + 7) % 7)
        return String(unsafeUninitializedCapacity: 29) { out in
            var i = 0
            func put(_ byte: UInt8) { out[i] = byte; i += 1 }
            func put(_ text: StaticString, _ start: Int) {
                text.withUTF8Buffer { bytes in for k in start..<start + 3 { put(bytes[k]) } }
            }
            func digits(_ value: Int64, _ count: Int) {
                var divisor: Int64 = 1
                for _ in 1..<count { divisor *= 10 }
                while divisor > 0 { put(UInt8(ascii: "0") + UInt8(value / divisor % 10)); divisor /= 10 }
            }
            put("ThuFriSatSunMonTueWed", weekday * 3)
            put(UInt8(ascii: ",")); put(UInt8(ascii: " "))
            digits(day, 2); put(UInt8(ascii: " "))
            put("JanFebMarAprMayJunJulAugSepOctNovDec", Int(month - 1) * 3)
            put(UInt8(ascii: " ")); digits(year, 4); put(UInt8(ascii: " "))
            digits(secondOfDay / 3600, 2); put(UInt8(ascii: ":"))
            digits(secondOfDay / 60 % 60, 2); put(UInt8(ascii: ":"))
            digits(secondOfDay % 60, 2)
            put(UInt8(ascii: " ")); put(UInt8(ascii: "G")); put(UInt8(ascii: "M")); put(UInt8(ascii: "T"))
            return i
        }
    }

    /// Years outside 0-9999: the form cut from the ISO text, as before the fast path.
    private var httpDateFromISO: String {
        let iso = Timestamp(milliseconds: unixSeconds * 1000).iso8601
        let days = unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(((days % 7) + 7) % 7)]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = Array(iso.utf8)
        let text = { (range: Range<Int>) in String(decoding: parts[range], as: UTF8.self) }
        let month = months[(Int(text(5..<7)) ?? 1) - 1]
        return "\(weekday), \(text(8..<10)) \(month) \(text(0..<4)) \(text(11..<19)) GMT"
    }
}
