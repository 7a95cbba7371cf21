import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway batch`: every client's reports, and an index linking them.
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every client's progress reports (Markdown, HTML, JSON, PDF) and an index.",
            discussion: """
                Writes OUT/<client>/<period>.<ext> for every client, plus OUT/index.html and OUT/index.md (and \
                OUT/index.json with json). Formats md, html, json, pdf, fhir and csv (PDF needs WeasyPrint, Debian \
                package weasyprint; the PDFs are printed in parallel, by one WeasyPrint process per core; fhir is a \
                FHIR R4 Bundle per report, <period>.fhir.json: docs/fhir.md, and the index is not written in FHIR; \
                csv writes the caseload's tables OUT/scores.csv, OUT/ratings.csv and OUT/goals.csv beside the index).
                The index gives the outcomes of the treatment episodes discharged in the period (each month's \
                with --by-month), by clinician (not with --redact) and by modality, a group (or month) of fewer \
                than 5 episodes shown as "fewer than 5", and others as "withheld" where the total less the groups \
                shown would give a small one away (docs/outcomes.md), and the current figures of open episodes.
                With --shard K/N or --clients-from, writes the reports of some clients and, instead of the index, \
                OUT/.headway/<part>.json, which headway merge combines into the index (docs/scale.md).
                """)

        @OptionGroup var notes: NotesOptions
        @OptionGroup var periods: BatchPeriodOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Print the seconds spent reading, parsing, aggregating, rendering and writing.")
        var timings = false
        @Flag(help: "Use one thread (the output is the same; for comparison and debugging).")
        var serial = false
        @Flag(help: "Remove stale reports: files in OUT's client folders named as this batch names its reports that it did not rewrite.")
        var prune = false
        @Option(help: ArgumentHelp("Write only the reports of shard K of N (1 ≤ K ≤ N, by a hash of the client id) and OUT/.headway/shard-K-of-N.json instead of the index; headway merge writes the index.",
                                   valueName: "K/N"), transform: Arguments.shard)
        var shard: Shard?
        @Option(help: ArgumentHelp("Write only the reports of the client ids in FILE (- for standard input), one a line, and a partial index for headway merge instead of the index.",
                                   valueName: "FILE"))
        var clientsFrom: String?

        func validate() throws {
            if shard != nil, clientsFrom != nil { throw ValidationError("--shard and --clients-from go alone: use one of them") }
        }

        func run() async throws {
            let session = try Session(notes, output: output, serial: serial)
            let templates = try output.templateSet()
            var request = ReportRequest(clients: .every, document: periods.document, formats: output.format.formats,
                                        options: output.reportOptions(session.configuration), prunesStaleReports: prune,
                                        audience: output.audience)
            request.partition = try partition(of: request)
            let progress = ProgressBar(monitor: session.pipeline.monitor, quiet: output.quiet)
            defer { progress.stop() }  // also when the run is refused
            let outcome = try session.pipeline.run(request, templates: templates, into: output.sink(notes: notes, clients: request.partition?.selection))
            progress.stop()
            if timings { session.printTimings() }
            try Termination.finish(outcome, quiet: output.quiet)
        }
    }
}
