import Testing

/// The documented task id shapes (docs/contract.md §3, §4, §5).
enum TaskIDShape {
    static let crockford = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// `task_` + 32 lower-case hex characters.
    static func isHex32(_ id: String) -> Bool {
        guard id.hasPrefix("task_") else { return false }
        let tail = id.dropFirst(5)
        return tail.count == 32 && tail.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// `task_` + a 26-character upper-case Crockford ULID.
    static func isULID(_ id: String) -> Bool {
        guard id.hasPrefix("task_") else { return false }
        let tail = id.dropFirst(5)
        return tail.count == 26 && tail.allSatisfy(crockford.contains)
    }

    /// `n` + two digits + 4 or more alphanumerics + `_` + the model id without dashes.
    static func isAPIInOne(_ id: String, model: String) -> Bool {
        let parts = id.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == model.filter({ $0 != "-" }) else { return false }
        let head = Array(parts[0])
        return head.count >= 7 && head[0] == "n" && head[1].isASCII && head[1].isNumber && head[2].isASCII && head[2].isNumber
            && head[3...].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Any of the three: what a media URL's key segment may be (after `task_` is dropped).
    static func isMediaKey(_ key: String) -> Bool {
        isHex32("task_" + key) || isULID("task_" + key)
            || (key.split(separator: "_").count == 2 && isAPIInOne(key, model: String(key.split(separator: "_")[1])))
    }

    /// A `req_` + lower-case version-4 UUID request id.
    static func isRequestID(_ id: String) -> Bool {
        guard id.hasPrefix("req_") else { return false }
        let groups = id.dropFirst(4).split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { $0.allSatisfy { $0.isHexDigit && !$0.isUppercase } } && groups[2].first == "4"
    }
}
