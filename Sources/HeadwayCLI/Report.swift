import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway report`: one client's report for a month, a range, or all sessions.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one client's progress report (Markdown, HTML, JSON, PDF).",
            discussion: """
                Writes OUT/<client>/<period>.<ext>, where <period> is 2026-10, 2026-10-01_2026-12-31 or all. \
                Formats md, html, json, pdf, fhir and csv (PDF needs WeasyPrint, Debian package weasyprint; fhir \
                writes OUT/<client>/<period>.fhir.json, a FHIR R4 Bundle for an EHR: docs/fhir.md; csv writes the \
                tables OUT/<client>/<period>.scores.csv, .ratings.csv and .goals.csv).
                """)

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id, exactly as in the notes' front matter.")
        var client: String
        @OptionGroup var period: PeriodOptions
        @Option(help: "Paper size of the PDF: a4 or letter.")
        var paper: Paper = .a4
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let session = try Session(notes, output: output)
            let request = ReportRequest(clients: .one(client), document: .progress(period.period.map(PeriodChoice.fixed) ?? .allSessions, paper: paper),
                                        formats: output.format.formats, options: output.reportOptions(session.configuration), audience: output.audience)
            let outcome = try session.pipeline.run(request, templates: try output.templateSet(), into: output.sink(notes: notes))
            try Termination.finish(outcome, quiet: output.quiet)
        }
    }
}
