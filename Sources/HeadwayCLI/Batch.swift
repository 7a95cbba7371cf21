import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway batch`: every client's reports, and an index linking them.
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every client's progress reports and an index.",
            discussion: "Writes OUT/<client>/<period>.<ext> for every client, plus OUT/index.html and OUT/index.md.")

        @OptionGroup var notes: NotesOptions
        @OptionGroup var period: PeriodOptions
        @Flag(help: "One report per client per calendar month that has notes.")
        var byMonth = false
        @OptionGroup var output: OutputOptions
        @Flag(help: "Print the seconds spent reading, parsing, aggregating, rendering and writing.")
        var timings = false
        @Flag(help: "Use one thread (the output is the same; for comparison and debugging).")
        var serial = false

        func validate() throws {
            let fixed = try period.period()
            if byMonth, fixed != nil { throw ValidationError("--by-month goes alone, without --month or --from/--to") }
            _ = try output.formats()
        }

        func run() async throws {
            try guarded {
                let session = try Session(notes, serial: serial)
                let templates = try output.templateSet()
                let progress = ProgressBar(monitor: session.monitor, quiet: output.quiet)
                let caseload = try session.readCaseload(bodies: false)
                let choice: PeriodChoice = byMonth ? .byMonth : try period.period().map(PeriodChoice.fixed) ?? .allSessions
                let run = ReportRun(clients: nil, periods: choice, formats: try output.formats(),
                                    options: ReportOptions(redact: output.redact, configuration: session.configuration), writesIndex: true)
                let outcome = run.execute(caseload, renderer: ReportRenderer(templates: templates, configuration: session.configuration),
                                          writer: ReportWriter(root: URL(fileURLWithPath: output.output, isDirectory: true)),
                                          monitor: session.monitor, bodies: BodyReader(source: session.source))
                progress.stop()
                if timings { session.printTimings() }
                try session.finish(caseload, reports: outcome.reports, failures: outcome.failures, quiet: output.quiet)
            }
        }
    }
}
