/// Makes note text safe to place in a Markdown report: every character that Markdown or HTML would
/// read as inline markup is backslash-escaped, a leading character that could open a block (a heading,
/// a list item, a quote) is escaped too, and line breaks become spaces. Note text therefore always
/// reads as the literal text the clinician wrote, and can neither break a table nor open an HTML tag.
enum MarkdownEscaping {
    /// Escaped wherever they stand.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~"]
    /// Escaped when they start the text.
    private static let leading: Set<Character> = ["#", "-", "+", "=", "!"]

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasDigit = false
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
            } else if inline.contains(character) || (result.isEmpty && leading.contains(character)) {
                result.append("\\")
                result.append(character)
            } else if (character == "." || character == ")") && previousWasDigit && result.allSatisfy(\.isNumber) {
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
            previousWasDigit = character.isNumber
        }
        return result
    }
}
