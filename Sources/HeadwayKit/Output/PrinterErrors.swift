/// WeasyPrint's standard error reduced to one line safe to print: never its raw output (a Python
/// traceback can run to thousands of lines, and carries text of the document).
enum PrinterErrors {
    /// At most this many characters of WeasyPrint's own words are kept.
    static let maximumLength = 200

    /// The reason in WeasyPrint's error output: its last exception line (`ValueError: …`), else its
    /// last unindented line, shortened and with control and bidirectional characters escaped.
    static func reason(_ errors: [UInt8]) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
        let exception = lines.last { isExceptionLine($0) }
        guard let line = exception ?? lines.last(where: { !($0.first?.isWhitespace ?? true) }) else {
            return "it gave no reason"
        }
        if line.hasPrefix("RecursionError") {
            return "the document is nested too deeply for WeasyPrint to lay out (RecursionError)"
        }
        return shortened(visible(String(line)))
    }

    /// `RecursionError: …`, `weasyprint.urls.URLFetchingError: …`.
    private static func isExceptionLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon]
        return (name.hasSuffix("Error") || name.hasSuffix("Exception"))
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }
    }

    private static func shortened(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength)) + "…"
    }

    /// Control characters and bidirectional overrides as `\u{…}`.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                result.append(contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
