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
        @Flag(help: "Remove stale reports: files in OUT's client folders named as this batch names its reports that it did not rewrite.")
        var prune = false

        func validate() throws {
            let fixed = try period.period()
            if byMonth, fixed != nil { throw ValidationError("--by-month goes alone, without --month or --from/--to") }
            _ = try output.formats()
        }

        func run() async throws {
            try guarded {
                let session = try Session(notes, output: output, serial: serial)
                let templates = try output.templateSet()
                let progress = ProgressBar(monitor: session.monitor, quiet: output.quiet)
                defer { progress.stop() }  // also when the output folder is refused
                var caseload = try session.readCaseload(bodies: false)
                let choice: PeriodChoice = byMonth ? .byMonth : try period.period().map(PeriodChoice.fixed) ?? .allSessions
                let run = ReportRun(clients: nil, periods: choice, formats: try output.formats(),
                                    options: ReportOptions(redact: output.redact, configuration: session.configuration), writesIndex: true)
                let folder = try OutputCheck.folder(output, notes: notes)
                let outcome = run.execute(caseload, renderer: ReportRenderer(templates: templates, configuration: session.configuration),
                                          writer: folder.writer, monitor: session.monitor, bodies: BodyReader(source: session.source))
                progress.stop()
                let stale = OutputCheck.staleReports(in: folder, StaleReports(root: folder.root.path, periods: choice, formats: run.formats),
                                                     written: folder.writer.requestedPaths, prune: prune)
                caseload.diagnostics = (caseload.diagnostics + stale.diagnostics).sorted()
                if timings { session.printTimings() }
                try session.finish(caseload, reports: outcome.reports, failures: outcome.failures + stale.failures, quiet: output.quiet)
            }
        }
    }
}
