@testable import EmulatorCore

/// Generated inputs for the fuzz targets: mostly well-formed with hostile values (the inputs
/// that reach deep code), the rest damaged byte by byte (the inputs that test every refusal).
enum FuzzInputs {
    // MARK: values that have broken parsers and arithmetic elsewhere

    static let numbers = [
        "0", "-0", "1", "-1", "4", "1000000000000000", "1000000000000001", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e3", "1e308", "1e309", "-1e309", "1.5",
        "0.0000001", "3153600000", "253402300799999", "1E-400", "00", "01", "1.", ".5", "0x10", "NaN", "Infinity",
    ]
    static let strings = [
        "", " ", "a red fox", "z-image", "gpt-image-2-official", "imagen4", "16:9", "4k", "auto", "\\u0000", "\\ud800",
        "\\udfff\\ud800", "\\uDBFF\\uDFFF", "é", "e\\u0301", "😀", "\\\"", "\\\\", "%00", "a\\nb", String(repeating: "x", count: 5000),
        "https://example.com/a.png", "ftp://x", "rk_live_0123456789", "Bearer x",
    ]

    static func scalar(_ r: inout SeededRandom) -> String {
        switch r.below(5) {
        case 0: r.pick(numbers)
        case 1: "\"\(r.pick(strings))\""
        case 2: r.pick(["true", "false", "null"])
        default: "\"\(word(&r))\""
        }
    }

    static func word(_ r: inout SeededRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz_-0123456789:")
        return String((0..<(1 + r.below(12))).map { _ in r.pick(letters) })
    }

    // MARK: JSON

    /// A JSON document, nested up to `depth`, with keys drawn from `keys` when given.
    static func json(_ r: inout SeededRandom, depth: Int = 0, keys: [String] = []) -> String {
        let deep = depth > 6 ? 0 : r.below(10)
        switch deep {
        case 0, 1, 2, 3: return scalar(&r)
        case 4, 5, 6:
            let members = (0..<r.below(6)).map { _ in
                "\"\(keys.isEmpty || r.oneIn(4) ? word(&r) : r.pick(keys))\": \(json(&r, depth: depth + 1, keys: keys))"
            }
            return "{" + members.joined(separator: r.oneIn(8) ? ",," : ", ") + "}"
        case 7, 8: return "[" + (0..<r.below(5)).map { _ in json(&r, depth: depth + 1, keys: keys) }.joined(separator: ",") + "]"
        default: return String(repeating: r.oneIn(2) ? "[" : "{\"a\":", count: 60 + r.below(10)) + "1"
        }
    }

    /// `bytes` damaged a few times: a byte flipped, dropped or repeated, a range duplicated,
    /// the text cut short, or a random byte inserted.
    static func damaged(_ bytes: [UInt8], _ r: inout SeededRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + r.below(4)) {
            guard !out.isEmpty else { out.append(UInt8(truncatingIfNeeded: r.next())); continue }
            let at = r.below(out.count)
            switch r.below(6) {
            case 0: out[at] ^= UInt8(truncatingIfNeeded: 1 << r.below(8))
            case 1: out.remove(at: at)
            case 2: out.insert(out[at], at: at)
            case 3: out.insert(contentsOf: out[at..<min(out.count, at + 1 + r.below(32))], at: at)
            case 4: out.removeSubrange(at...)
            default: out.insert(UInt8(truncatingIfNeeded: r.next()), at: at)
            }
        }
        return out
    }

    /// Mostly valid, sometimes damaged.
    static func maybeDamaged(_ text: String, _ r: inout SeededRandom) -> [UInt8] {
        r.oneIn(3) ? damaged(Array(text.utf8), &r) : Array(text.utf8)
    }

    // MARK: scenarios

    static let durations = ["0", "20ms", "2s", "1.5m", "1h", "1d", "36500d", "36501d", "-1s", "3x", "1e9", "{min: 1s, max: 2s}",
                            "{min: 2s, max: 1s}", "{min: 1s}", "9223372036854775807ms"]

    /// A scenario document (YAML block style or JSON) built from the format's own keys.
    static func scenario(_ r: inout SeededRandom, models: [String]) -> String {
        var lines: [String] = []
        func maybe(_ key: String, _ value: @autoclosure () -> String) { if r.oneIn(3) { lines.append("\(key): \(value())") } }
        maybe("name", word(&r))
        maybe("clock", r.pick(["real", "virtual", "vritual", "1"]))
        maybe("time_scale", r.pick(["0.001", "1000000", "0", "60", "1e7", "-1"]))
        maybe("seed", r.pick(numbers))
        maybe("start_time", r.pick(["2026-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "10000-01-01", "1767225600", "0", "-1", "2026-02-30"]))
        maybe("default_credits", r.pick(numbers))
        maybe("rate_limit", "{requests_per_minute: \(r.pick(numbers))}")
        maybe("latency", "{submit: \(r.pick(durations)), poll: \(r.pick(durations))}")
        maybe("url_ttl", "{\(r.pick(models)): \(r.pick(durations))}")
        maybe("codes", "{\(r.pick(["task_not_found", "rate_limited", "bogus"])): \(r.pick(numbers))}")
        maybe("journal", "{capacity: \(r.pick(numbers))}")
        maybe("models", "{\(r.pick(models)): {\(r.pick(["price_credits", "url_ttl_seconds", "pixels", "fields"])): \(json(&r, depth: 4))}}")
        if r.oneIn(3) {
            lines.append("accounts:")
            for _ in 0..<r.below(4) {
                lines.append("  - {key: \(r.pick(["rk_a", "rk_b", "rk a", "rk_a"])), credits: \(r.pick(numbers)), revoked: \(r.pick(["true", "no", "2"]))}")
            }
        }
        if r.oneIn(2) {
            lines.append("rules:")
            for _ in 0..<r.below(6) { lines.append(contentsOf: rule(&r, models: models)) }
        }
        if r.oneIn(10) { lines.append("anchors: &a {x: [*a]}") }
        if r.oneIn(10) { lines.append("? [complex]\n: key") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func rule(_ r: inout SeededRandom, models: [String]) -> [String] {
        var match: [String] = []
        if r.oneIn(2) { match.append("model: \(r.pick(models + ["zimage"]))") }
        if r.oneIn(2) { match.append("prompt_contains: \"\(r.pick(strings.filter { !$0.contains("\\") }))\"") }
        if r.oneIn(3) { match.append("nth: \(r.pick(numbers))") }
        if r.oneIn(4) { match.append("key: rk_a") }
        var lines = ["  - on: \(r.pick(["submit", "poll", "never"]))", "    match: {\(match.joined(separator: ", "))}"]
        switch r.below(6) {
        case 0: lines.append("    fail: {code: \(r.pick(["80001", "80002", "80003", "80006", "80009"])), after: \(r.pick(durations))}")
        case 1: lines.append("    reject: \(r.pick(["moderation", "spam"]))")
        case 2:
            let headers = r.oneIn(3) ? ", headers: {X-A: \(String(repeating: "v", count: r.pick([1, 8000, 9000])))}" : ""
            lines.append("    respond: {status: \(r.pick(["101", "200", "204", "429", "503", "599", "600"])), body: \(json(&r, depth: 4))\(headers)}")
        case 3: lines.append("    fault: \(r.pick(["reset_after_accept", "reset_before_accept", "timeout"]))")
        case 4: lines.append("    duration: \(r.pick(durations))")
        default: lines.append("    delay: \(r.pick(durations))")
        }
        return lines
    }

    // MARK: HTTP

    static let methods = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "get", "", "G\u{0}T", String(repeating: "M", count: 300)]

    static func path(_ r: inout SeededRandom) -> String {
        let id = r.pick(["task_0123456789abcdef0123456789abcdef", "task_01K8AYYM6R03TGZ3Q2P0TZVNPX", "n47abcd_imagen4", "", "%00",
                         "task_x%00y", String(repeating: "a", count: 3000), "..", "%2e%2e"])
        var path = r.pick([
            "/api/v1/images/generations", "/api/v1/tasks/\(id)", "/media/tasks/\(id)/\(r.pick(["0.png", "1.jpg", "9.png", "0.gif", "0.png%00.jpg"]))",
            "/_emulator/health", "/_emulator/reset", "/_emulator/scenario", "/_emulator/clock", "/_emulator/clock/advance",
            "/_emulator/tasks", "/_emulator/tasks/\(id)", "/_emulator/requests", "/_emulator/accounts", "/_emulator/accounts/\(r.pick(["rk_a", "rk a", id]))",
            "/", "", "//api//v1", "/api/v1/tasks/", "/unknown",
        ])
        // The same routes inside a session, and the session calls themselves.
        if r.oneIn(5) { path = r.pick(["/sessions/s1", "/sessions/\(id)", "/sessions/", "/sessions/s1/sessions/s2"]) + path }
        if r.oneIn(12) { path = r.pick(["/_emulator/sessions", "/_emulator/sessions/s1", "/_emulator/sessions/\(id)"]) }
        if r.oneIn(4) {
            path += "?" + (0..<r.below(6)).map { _ in "\(r.pick(["limit", "status", "key", "path", word(&r)]))=\(r.pick(["1", "-1", "1000000", "completed", "%ZZ", "a+b", ""]))" }
                .joined(separator: "&")
        }
        return path
    }

    static func authorization(_ r: inout SeededRandom) -> String? {
        r.pick([nil, "Bearer rk_test_a", "Bearer rk_test_b", "bearer  rk_test_a ", "Bearer", "Bearer ", "Basic abc", "Bearer a b",
                "Bearer \u{7F}", "Bearer é", "Bearer " + String(repeating: "k", count: 9000), "  Bearer rk_test_a", "BEARER\trk"])
    }

    /// A body for `path`: a model-aware submit, a control-API body, or anything.
    static func body(_ r: inout SeededRandom, path: String, models: [String], fields: [String]) -> [UInt8] {
        let text: String
        if path.hasPrefix("/api/v1/images") {
            var members = ["\"model\": \"\(r.pick(models + ["nope"]))\"", "\"prompt\": \(r.pick(["\"a red fox\"", scalar(&r)]))"]
            for _ in 0..<r.below(5) { members.append("\"\(r.pick(fields))\": \(json(&r, depth: 5))") }
            text = "{" + members.joined(separator: ", ") + "}"
        } else if path.hasPrefix("/_emulator/clock/advance") {
            text = "{\"\(r.pick(["seconds", "milliseconds", "minutes"]))\": \(r.pick(numbers))}"
        } else if path.hasPrefix("/_emulator/accounts/") {
            text = "{\"credits\": \(r.pick(numbers)), \"revoked\": \(r.pick(["true", "false", "1"]))}"
        } else if path.hasPrefix("/_emulator/scenario") {
            text = scenario(&r, models: models)
        } else {
            text = json(&r)
        }
        return maybeDamaged(text, &r)
    }
}
