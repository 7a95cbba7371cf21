import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway review`: a treatment-plan review document, ready to attach to the client's record.
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a treatment-plan review (Markdown, HTML, JSON, PDF) for one client.",
            discussion: """
                Covers the applicable plan's start to --date (default: the client's last note) and writes \
                OUT/<client>/plan-review-<date>.<ext>. PDF needs WeasyPrint (Debian package weasyprint).
                """)

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id.")
        var client: String
        @Option(help: "The review date, YYYY-MM-DD (default: the client's last note).")
        var date: String?
        @Option(help: "Paper size of the PDF: a4 or letter.")
        var paper: String = "a4"
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let date, Day(iso: date) == nil { throw ValidationError("--date must be a real date YYYY-MM-DD, got '\(date)'") }
            guard Paper(rawValue: paper.lowercased()) != nil else { throw ValidationError("--paper must be a4 or letter, got '\(paper)'") }
            _ = try output.formats(allowingPDF: true)
        }

        func run() async throws {
            try guarded {
                let session = try Session(notes, output: output)
                let templates = try output.templateSet()
                let caseload = try session.readCaseload()
                let run = ReviewRun(client: client, date: date.flatMap(Day.init(iso:)), formats: try output.formats(allowingPDF: true),
                                    options: ReportOptions(redact: output.redact, configuration: session.configuration),
                                    paper: Paper(rawValue: paper.lowercased()) ?? .a4)
                let report: ProgressReport
                do {
                    report = try run.report(from: caseload)
                } catch let error as ReviewRun.NothingToReview {
                    throw Fatal("\(notes.notesDir): error: \(error.description)")
                }
                let outcome = run.execute(report, renderer: ReportRenderer(templates: templates, configuration: session.configuration),
                                          writer: try OutputCheck.folder(output, notes: notes).writer,
                                          printer: PDFPrinter())
                if outcome.printerMissing {
                    for diagnostic in caseload.diagnostics { Console.error(diagnostic.formatted) }
                    for failure in outcome.failures { Console.error(failure) }
                    throw ExitCode(2)
                }
                try session.finish(caseload, reports: 1, failures: outcome.failures, quiet: output.quiet)
            }
        }
    }
}
