/// Diagnostics as a redacted report shows them: a file is named by its note's date ("note of 2026-10-07,
/// line 9: error: …") or as "a file", never by its path, since folder and file names often carry a
/// client's name (docs/report-model.md, top level).
enum RedactedDiagnostic {
    /// `diagnostic` as printed, with every path of `paths` (the client's files, by path) replaced by the
    /// file's kind and date.
    static func text(_ diagnostic: Diagnostic, paths: [String: (kind: String, date: Day)]) -> String {
        let file = name(diagnostic.path, date: diagnostic.date, paths: paths)
        let location = diagnostic.line.map { "\(file), line \($0)" } ?? file
        var sentence = diagnostic.sentence
        for (path, _) in paths.sorted(by: { $0.key.utf8.count > $1.key.utf8.count }) where sentence.contains(path) {
            sentence = sentence.replacingOccurrences(of: path, with: name(path, date: nil, paths: paths))
        }
        return Diagnostic.visible("\(location): \(diagnostic.severity.rawValue): \(sentence)")
    }

    private static func name(_ path: String, date: Day?, paths: [String: (kind: String, date: Day)]) -> String {
        if let known = paths[path] { return "\(known.kind) of \(known.date)" }
        return date.map { "file of \($0)" } ?? "a file"
    }
}
