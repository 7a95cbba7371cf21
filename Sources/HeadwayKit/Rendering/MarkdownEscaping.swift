/// Makes note text safe to place in a Markdown report: every character that Markdown or HTML would
/// read as markup is backslash-escaped, and line breaks become spaces, so note text always reads
/// as the literal text the clinician wrote (and cannot break a table or open an HTML tag).
enum MarkdownEscaping {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "<", ">",
                                                   "#", "+", "-", "!", "|", "~", "&", "\"", "'", "="]

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
            } else if special.contains(character) {
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
