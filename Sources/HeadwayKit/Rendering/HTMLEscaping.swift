import Mustache

/// How `{{name}}` is escaped in HTML templates that declare `{{% CONTENT_TYPE: HTML }}`: the same five
/// replacements as swift-mustache's own HTML escaping (`< > & " '`, compared as characters), but text
/// that holds none of them, most values, is returned as it is instead of rebuilt character by character.
/// A template without the setting is escaped by the library's own escaping, with the same result.
struct HTMLEscaping: MustacheContentType {
    /// Makes this the escaping of the `HTML` setting. Templates name it when they are parsed, so this
    /// runs before any is.
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
    }

    /// `text` with `< > & " '` written as `&lt; &gt; &amp; &quot; &#39;`.
    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.isEscaped) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Whether `byte` is one of the five ASCII characters escaped; no character without one is.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
