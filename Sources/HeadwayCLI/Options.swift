import ArgumentParser
import Foundation
import HeadwayKit

/// The notes folder argument, shared by every command that reads notes.
struct NotesOptions: ParsableArguments {
    @Argument(help: "The folder of notes, read recursively.", completion: .directory)
    var notesDir: String

    @Option(help: "The clinic's configuration file (default: headway.yml in the notes folder or the nearest folder above it).")
    var config: String?
}

/// Options of the commands that write reports.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "reports"

    @Option(help: "Comma-separated formats: md, html, json (and pdf for review).")
    var format: String = "md,html"

    @Option(help: "A folder of templates; each file replaces the default of the same name.")
    var templates: String?

    @Flag(help: "Leave out client and clinician names and every narrative excerpt.")
    var redact = false

    @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
    var quiet = false

    /// The formats asked for; PDF only where the command can print it.
    func formats(allowingPDF: Bool = false) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            let canonical = name == "markdown" ? "md" : name
            guard let format = OutputFormat(rawValue: canonical), allowingPDF || format != .pdf else {
                throw ValidationError("unknown format '\(name)': use md, html\(allowingPDF ? ", json or pdf" : " or json")")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of md, html, json") }
        return formats
    }
}

/// `--month`, `--from` and `--to`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "A calendar month, YYYY-MM.")
    var month: String?

    @Option(help: "First day of the period, YYYY-MM-DD (with --to).")
    var from: String?

    @Option(help: "Last day of the period, YYYY-MM-DD (with --from).")
    var to: String?

    /// The period asked for, or nil for all sessions.
    func period() throws -> Period? {
        if let month {
            guard from == nil, to == nil else { throw ValidationError("use either --month or --from/--to, not both") }
            guard let period = Period.month(month) else { throw ValidationError("--month must be YYYY-MM, got '\(month)'") }
            return period
        }
        guard from != nil || to != nil else { return nil }
        guard let fromText = from, let toText = to else { throw ValidationError("--from and --to go together") }
        guard let start = Day(iso: fromText) else { throw ValidationError("--from must be a real date YYYY-MM-DD, got '\(fromText)'") }
        guard let end = Day(iso: toText) else { throw ValidationError("--to must be a real date YYYY-MM-DD, got '\(toText)'") }
        guard start <= end else { throw ValidationError("--from \(start) is after --to \(end)") }
        return .range(from: start, to: end)
    }
}
