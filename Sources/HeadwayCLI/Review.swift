import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway review`: a treatment-plan review document, ready to attach to the client's record.
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a treatment-plan review (Markdown, HTML, JSON, PDF) for one client.",
            discussion: """
                Covers the applicable plan's start to --date (default: the client's last session or review note; with \
                --episode N, the end of treatment episode N: its discharge, or its last note while open) and writes \
                OUT/<client>/plan-review-<date>.<ext>, with the summary and updated plan of the client's review \
                note of that date (type: review) when there is one. The problems found in the notes are \
                left to `check`, or to an appendix with --with-diagnostics. PDF needs WeasyPrint (Debian package weasyprint).
                """)

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id.")
        var client: String
        @Option(help: "The review date, YYYY-MM-DD (default: the client's last session or review note).", transform: Arguments.day)
        var date: Day?
        @Option(help: "A treatment episode's number, from 1: review the plan in force at the episode's end (its discharge, or its last note while open).")
        var episode: Int?
        @Option(help: "Paper size of the PDF: a4 or letter.")
        var paper: Paper = .a4
        @Flag(help: "End the review with an appendix listing the problems found in the client's notes (as `check` prints them).")
        var withDiagnostics = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try output.validateNoCSV(for: "review")
            if let episode, episode < 1 { throw ValidationError("--episode counts from 1") }
            if episode != nil, date != nil { throw ValidationError("use either --date or --episode, not both") }
        }

        func run() async throws {
            let session = try Session(notes, output: output)
            let request = ReportRequest(clients: .one(client), document: .planReview(date: date, episode: episode, paper: paper),
                                        formats: output.format.formats, options: output.reportOptions(session.configuration),
                                        reviewDiagnostics: withDiagnostics, audience: output.audience)
            let outcome = try session.pipeline.run(request, templates: try output.templateSet(), into: output.sink(notes: notes))
            try Termination.finish(outcome, quiet: output.quiet)
        }
    }
}
