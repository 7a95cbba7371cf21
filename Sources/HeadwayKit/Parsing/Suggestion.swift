/// "Did you mean" hints for misspelt keys.
enum Suggestion {
    /// ` (did you mean 'date'?)` when one of `candidates` is within two edits of `word`, else empty.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The candidate within two edits of `word` (compared in lower case), the nearest first.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        return candidates
            .map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
            .filter { $0.distance <= 2 }
            .min { $0.distance < $1.distance }?.candidate
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
