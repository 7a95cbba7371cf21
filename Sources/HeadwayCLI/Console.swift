import Foundation
import HeadwayKit

/// Standard error, line by line.
enum Console {
    /// Writes `line` and a newline, with control characters and bidirectional controls escaped in each
    /// of its lines (`Diagnostic.visible`): a message that echoes what the operator typed or a file's
    /// name can neither drive the terminal nor reorder what it shows.
    static func error(_ line: String) {
        raw(line.split(separator: "\n", omittingEmptySubsequences: false).map { Diagnostic.visible(String($0)) }.joined(separator: "\n") + "\n")
    }

    /// Writes every diagnostic, as printed.
    static func error(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.formatted) }
    }

    /// Writes `text` as it is.
    static func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
