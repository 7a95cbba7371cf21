/// The Flesch–Kincaid grade level of a Markdown text's prose:
/// 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
///
/// Prose starts at the first `# ` heading (the clinic's letterhead above it is left out). Every other
/// line counts, headings included; markers (`#`, `-`, `>`, `*`) are dropped; a sentence ends at `.`,
/// `!` or `?` followed by a space or the line's end, and at the end of every line. A word is a run of
/// non-spaces holding a letter or digit; its syllables are its groups of vowels (`a e i o u y`), less
/// a silent final `e` (not `-le`), and at least one.
enum Readability {
    struct Counts: Equatable {
        var words = 0
        var sentences = 0
        var syllables = 0

        /// The grade; 0 for a text without words.
        var grade: Double {
            guard words > 0, sentences > 0 else { return 0 }
            return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
        }
    }

    static func counts(ofMarkdown text: String) -> Counts {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        var counts = Counts()
        for line in lines.drop(while: { !$0.hasPrefix("# ") }) {
            let prose = line.drop { "#->* ".contains($0) }.replacingOccurrences(of: "**", with: "")
            for sentence in sentences(in: prose) {
                let words = sentence.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }
                guard !words.isEmpty else { continue }
                counts.sentences += 1
                counts.words += words.count
                counts.syllables += words.map { syllables(in: String($0)) }.reduce(0, +)
            }
        }
        return counts
    }

    /// The sentences of one line.
    static func sentences(in line: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".!?".contains(character), next == " " {
                sentences.append(current)
                current = ""
            }
        }
        return sentences + [current]
    }

    static func syllables(in word: String) -> Int {
        let letters = Array(word.lowercased().filter { $0.isASCII && $0.isLetter })
        guard !letters.isEmpty else { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var groups = 0
        var previousVowel = false
        for letter in letters {
            let vowel = vowels.contains(letter)
            if vowel && !previousVowel { groups += 1 }
            previousVowel = vowel
        }
        let word = String(letters)
        if word.hasSuffix("e"), !word.hasSuffix("le"), groups > 1 { groups -= 1 }
        return max(1, groups)
    }
}
