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

    @Option(help: "Comma-separated formats: md, html, json (and pdf for review).", transform: FormatList.init(parsing:))
    var format = FormatList.default

    @Option(help: "A folder of templates; each file replaces the default of the same name.")
    var templates: String?

    @Flag(help: "Leave out client and clinician names and every narrative excerpt.")
    var redact = false

    @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
    var quiet = false

    /// Rejects PDF for the commands that cannot print it.
    func validate(allowingPDF: Bool) throws {
        if !allowingPDF, format.formats.contains(.pdf) {
            throw ValidationError("--format pdf is for review only; report and batch write md, html and json")
        }
    }
}

/// `--month`, `--from` and `--to`, parsed as they are read.
struct PeriodOptions: ParsableArguments {
    @Option(help: "A calendar month, YYYY-MM.", transform: Arguments.month)
    var month: Period?

    @Option(help: "First day of the period, YYYY-MM-DD (with --to).", transform: Arguments.day)
    var from: Day?

    @Option(help: "Last day of the period, YYYY-MM-DD (with --from).", transform: Arguments.day)
    var to: Day?

    /// Rejects combinations that name no one period.
    func validate() throws {
        if month != nil, from != nil || to != nil { throw ValidationError("use either --month or --from/--to, not both") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    /// The period asked for, or nil for all sessions (valid once `validate` passed).
    var period: Period? {
        if let month { return month }
        guard let from, let to else { return nil }
        return .range(from: from, to: to)
    }
}

/// The comma-separated `--format` list: known formats, in order, without repeats.
struct FormatList: Equatable, CustomStringConvertible {
    var formats: [OutputFormat]

    static let `default` = FormatList(formats: [.markdown, .html])

    init(formats: [OutputFormat]) {
        self.formats = formats
    }

    /// `md,html,json` (also `markdown`, any letter case, spaces around the commas).
    init(parsing text: String) throws {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name == "markdown" ? "md" : name) else {
                throw ValidationError("unknown format '\(name)': use md, html, json (or pdf, for review)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of md, html, json") }
        self.formats = formats
    }

    var description: String { formats.map(\.fileExtension).joined(separator: ",") }
}

/// Parsers of option values that say what was wrong with a value.
enum Arguments {
    /// `2026-10`.
    static func month(_ text: String) throws -> Period {
        guard let period = Period.month(text) else { throw ValidationError("must be YYYY-MM") }
        return period
    }

    /// `2026-10-07`, a real date.
    static func day(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else { throw ValidationError("must be a real date YYYY-MM-DD") }
        return day
    }
}

extension Paper: ExpressibleByArgument {
    /// `a4` or `letter`, in any letter case.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
