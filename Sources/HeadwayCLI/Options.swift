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

    @Option(help: "Comma-separated formats: md, html, json, pdf, fhir, csv (pdf needs WeasyPrint, Debian package weasyprint; fhir is a FHIR R4 bundle, docs/fhir.md; csv: report, batch and watch; default: md,html).",
            transform: FormatList.init(parsing:))
    var format = FormatList.default

    @Option(help: "A folder of templates; each file replaces the default of the same name.")
    var templates: String?

    @Flag(help: "Leave out client and clinician names and every narrative excerpt.")
    var redact = false

    @Option(help: "Who the reports are for: clinician, or client (a plain-language version, written as <period>.client.md and .html beside the clinician's; md, html and pdf only).")
    var audience: Audience = .clinician

    @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
    var quiet = false

    /// Rejects JSON, CSV and FHIR for the client's version (called by ArgumentParser with the command's own checks).
    func validate() throws {
        guard audience == .client else { return }
        let refused: [(OutputFormat, String)] = [
            (.json, "the JSON is the clinician's whole model"),
            (.csv, "the CSV tables are the clinician's data, for analysis"),
            (.fhir, "the FHIR bundle is the clinician's data (every score, item 9 answer and its safety interpretation), for an EHR"),
        ]
        for (format, reason) in refused where self.format.formats.contains(format) {
            throw ValidationError("--audience client writes md, html and pdf, not \(format.rawValue): \(reason)")
        }
    }

    /// Rejects CSV for a document that is not a progress report (`review`, `discharge`).
    func validateNoCSV(for command: String) throws {
        if format.formats.contains(.csv) {
            throw ValidationError("\(command) writes md, html, json, pdf and fhir, not csv: the CSV tables come from report, batch and watch")
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

/// The periods and paper of a batch's progress reports (`batch`, `watch`).
struct BatchPeriodOptions: ParsableArguments {
    @OptionGroup var period: PeriodOptions
    @Flag(help: "One report per client per calendar month that has notes.")
    var byMonth = false
    @Option(help: "Paper size of the PDFs: a4 or letter.")
    var paper: Paper = .a4

    func validate() throws {
        if byMonth, period.period != nil { throw ValidationError("--by-month goes alone, without --month or --from/--to") }
    }

    /// The progress reports asked for: one per month with notes, the period given, or all sessions.
    var document: ReportRequest.Document {
        .progress(byMonth ? .byMonth : period.period.map(PeriodChoice.fixed) ?? .allSessions, paper: paper)
    }
}

extension Audience: ExpressibleByArgument {}
