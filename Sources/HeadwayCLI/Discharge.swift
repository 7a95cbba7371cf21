import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway discharge`: the discharge summary of one client's finished treatment episode.
    struct Discharge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a discharge summary (Markdown, HTML, JSON, PDF) of one client's treatment episode.",
            discussion: """
                Covers a finished treatment episode (one a discharge note, type: discharge, ends; default: the client's \
                latest) from its first day to its discharge date and writes OUT/<client>/discharge-<date>.<ext>: attendance, \
                each goal's baseline and final rating, the episode's revisions and milestones, each measure from baseline \
                to last score, the discharge reason, and the Summary and Recommendations of the discharge note (lines \
                to write on when it has none), with signature blocks. PDF needs WeasyPrint (Debian package weasyprint).
                """)

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id.")
        var client: String
        @Option(help: "The episode's number, from 1 (default: the client's latest finished episode).")
        var episode: Int?
        @Option(help: "Paper size of the PDF: a4 or letter.")
        var paper: Paper = .a4
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let episode, episode < 1 { throw ValidationError("--episode counts from 1") }
            try output.validateNoCSV(for: "discharge")
        }

        func run() async throws {
            let session = try Session(notes, output: output)
            let request = ReportRequest(clients: .one(client), document: .discharge(episode: episode, paper: paper),
                                        formats: output.format.formats, options: output.reportOptions(session.configuration),
                                        audience: output.audience)
            let outcome = try session.pipeline.run(request, templates: try output.templateSet(), into: output.sink(notes: notes))
            try Termination.finish(outcome, quiet: output.quiet)
        }
    }
}
