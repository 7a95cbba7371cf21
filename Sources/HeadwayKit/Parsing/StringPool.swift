import Foundation

/// One copy of each repeated text of a read (a goal's wording and area in every note of its client, a
/// clinician's name, an instrument's): a note's strings are replaced by the pool's equal ones, so that
/// the caseload holds each such text once however many notes repeat it. Used from several threads.
final class StringPool: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: Set<String> = []

    /// The pool's string equal to `string`, which it keeps when it has none. A string of up to 15 UTF-8
    /// bytes is stored inside its value and shares nothing: it is returned as it is.
    func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return lock.withLock { strings.insert(string).memberAfterInsert }
    }

    /// Replaces `string` by the pool's equal one.
    func intern(_ string: inout String) {
        string = intern(string)
    }

    /// Replaces `string`, when there is one, by the pool's equal one.
    func intern(_ string: inout String?) {
        if let text = string { string = intern(text) }
    }

    /// Replaces each of `strings` by the pool's equal one.
    func intern(_ strings: inout [String]) {
        for index in strings.indices { intern(&strings[index]) }
    }
}
