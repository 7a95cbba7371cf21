/// The goal areas of the built-in taxonomy (docs/note-format.md, section 2) and how tags are named.
public enum GoalArea {
    /// The tag of a goal whose first appearance named no area.
    public static let unspecified = "unspecified"

    /// Built-in tags and their titles, in the order the format lists them.
    public static let builtIn: [(tag: String, title: String)] = [
        ("self-awareness", "Self-awareness and insight"),
        ("coping-skills", "Coping skills"),
        ("emotional-regulation", "Emotional regulation"),
        ("negative-thoughts", "Negative thought patterns"),
        ("healthy-lifestyle", "Healthy lifestyle"),
        ("relationships", "Supportive relationships"),
        ("self-esteem", "Self-esteem and self-compassion"),
        ("realistic-expectations", "Realistic expectations"),
        ("meaning-purpose", "Meaning and purpose"),
    ]

    private static let titles: [String: String] = Dictionary(uniqueKeysWithValues: builtIn.map { ($0.tag, $0.title) })

    /// Built-in tags by the match key of their tag and of their title.
    private static let byMatchKey: [String: String] = Dictionary(
        builtIn.flatMap { [(matchKey($0.tag), $0.tag), (matchKey($0.title), $0.tag)] }, uniquingKeysWith: { first, _ in first })

    /// The built-in area a written tag or title names (any case, spacing or punctuation), if any.
    public static func builtIn(named text: String) -> String? { byMatchKey[matchKey(text)] }

    /// Whether `tag` (already lower-cased) is one of the built-in areas.
    public static func isBuiltIn(_ tag: String) -> Bool { titles[tag] != nil }

    /// The title of an area: the built-in title, or the tag made readable
    /// (`sleep-hygiene` → `Sleep hygiene`) for a custom area.
    public static func title(for tag: String) -> String {
        if let title = titles[tag] { return title }
        if tag == unspecified { return "Unspecified area" }
        let words = tag.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Whether `text` is a kebab-case tag: letters and digits in words joined by single hyphens.
    public static func isKebabCase(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
    }

    /// The key under which headings, tags and ids are compared: lower case, with everything but
    /// letters and digits removed (so `Coping Skills:` and `coping-skills` match).
    public static func matchKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {  // the common case, without the Unicode tables
            var key: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 32)
                default: break
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}
