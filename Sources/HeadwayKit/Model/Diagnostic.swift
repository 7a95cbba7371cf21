/// A problem found in one input file. An error rejects what it names: the whole file (a file error) or
/// one value, entry or key (a value error, the rest of the note kept); a warning keeps the value.
///
/// Diagnostics are values, collected rather than thrown, and printed as
/// `path:line: error: message` (or `path: error: message` where no line applies).
public struct Diagnostic: Hashable, Sendable, Comparable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// The file's path relative to the notes folder given on the command line.
    public var path: String
    /// The 1-based line of the offending value, when there is one.
    public var line: Int?
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in words a clinician can act on.
    public var message: String
    /// The client the file belongs to, when its front matter named a valid one.
    public var client: String?
    /// The file's date (`date` of a note, `start` of a plan), when it had a valid one.
    public var date: Day?
    /// What an error leaves out of the reports ("this rating is left out", "the file is left out"),
    /// printed after the message.
    public var consequence: String?

    /// Creates a diagnostic.
    public init(path: String, line: Int?, severity: Severity, message: String, client: String? = nil, date: Day? = nil,
                consequence: String? = nil) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
        self.client = client
        self.date = date
        self.consequence = consequence
    }

    /// Creates an error.
    public static func error(_ path: String, _ line: Int?, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, severity: .error, message: message)
    }

    /// Creates a warning.
    public static func warning(_ path: String, _ line: Int?, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, severity: .warning, message: message)
    }

    /// The diagnostic as printed: `path:line: error: message`.
    /// Control characters and bidirectional controls (from file names or note text) are shown escaped,
    /// e.g. `\u{1B}`, so a diagnostic can neither drive the terminal, forge another line, nor reorder
    /// what it shows.
    public var formatted: String {
        let location = line.map { "\(Self.visible(path)):\($0)" } ?? Self.visible(path)
        return "\(location): \(severity.rawValue): \(Self.visible(sentence))"
    }

    /// The message followed by its consequence, when it has one.
    public var sentence: String {
        consequence.map { "\(message): \($0)" } ?? message
    }

    /// `text` with every control character (C0, DEL, C1) and bidirectional control (U+202A–U+202E,
    /// U+2066–U+2069) written as `\u{…}`, so that printing it cannot act on the terminal; for anything
    /// printed that came from outside (note text, file names, what the operator typed).
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether printing `scalar` could act on a terminal or reorder text: C0, DEL, C1 and the bidirectional controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Sorted by path, then line (no line first), then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path.precedesByBytes(rhs.path) }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return lhs.message < rhs.message
    }
}
