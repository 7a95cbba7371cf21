import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway report`: one client's report for a month, a range, or all sessions.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one client's progress report.",
            discussion: "Writes OUT/<client>/<period>.<ext>, where <period> is 2026-10, 2026-10-01_2026-12-31 or all.")

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id, exactly as in the notes' front matter.")
        var client: String
        @OptionGroup var period: PeriodOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            _ = try period.period()
            _ = try output.formats()
        }

        func run() async throws {
            try guarded {
                let session = try Session(notes, output: output)
                let templates = try output.templateSet()
                let caseload = try session.readCaseload()
                guard caseload.clients.contains(client) else {
                    for diagnostic in caseload.diagnostics { Console.error(diagnostic.formatted) }
                    throw Fatal("\(notes.notesDir): error: no valid note or plan for client '\(client)'\(caseload.didYouMean(client: client))")
                }
                let choice: PeriodChoice = try period.period().map(PeriodChoice.fixed) ?? .allSessions
                let run = ReportRun(clients: [client], periods: choice, formats: try output.formats(),
                                    options: ReportOptions(redact: output.redact, configuration: session.configuration), writesIndex: false)
                let outcome = run.execute(caseload, renderer: ReportRenderer(templates: templates, configuration: session.configuration),
                                          writer: try OutputCheck.folder(output, notes: notes).writer)
                try session.finish(caseload, reports: outcome.reports, failures: outcome.failures, quiet: output.quiet)
            }
        }
    }
}
