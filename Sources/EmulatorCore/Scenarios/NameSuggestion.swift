/// "Did you mean …?" for misspelt keys and values: `ratelimit` -> `rate_limit`,
/// `requestsPerMinute` -> `requests_per_minute`, `prompt` -> `prompt_contains`, `zimage` -> `z-image`.
enum NameSuggestion {
    /// Longest input worth comparing; anything longer is not a typo of a short name.
    private static let maxLength = 64

    /// The candidate closest to `word`, or nil when none is close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        guard !word.isEmpty, word.count <= maxLength else { return nil }
        let folded = fold(word)
        if let same = candidates.first(where: { fold($0) == folded }) { return same }

        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(folded), Array(fold(candidate)))
            let allowed = max(1, min(3, candidate.count / 3))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.name }
        // A shortened or lengthened name: `prompt` for `prompt_contains`, `failure` for `fail`.
        return candidates.first { candidate in
            let other = fold(candidate)
            return min(folded.count, other.count) >= 4 && (other.hasPrefix(folded) || folded.hasPrefix(other))
        }
    }

    /// `" (did you mean `x`?)"`, or empty text when there is no suggestion.
    static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    /// Case, `_` and `-` do not matter when judging closeness.
    private static func fold(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance (insertions, deletions, substitutions), two rows of memory.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
