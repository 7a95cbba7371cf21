import ArgumentParser
import HeadwayKit

extension HeadwayCommand {
    /// `headway clients`: the client ids of a notes folder, with their note counts and dates.
    struct Clients: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the client ids of a notes folder with their note and plan counts and first and last note dates.",
            discussion: "Prints one line per client to standard output (or a JSON array with --json); diagnostics go to standard error.")

        @OptionGroup var notes: NotesOptions
        @Flag(help: "Print a JSON array of { client, notes, plans, first, last }.")
        var json = false
        @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
        var quiet = false

        func run() async throws {
            let session = try Session(notes, quiet: quiet)
            let (summaries, caseload) = try session.pipeline.clientSummaries()
            if json {
                print(JSONValue.array(summaries.map(\.json)).serialized(), terminator: "")
            } else {
                for summary in summaries { print(summary.line) }
            }
            try Termination.finish(RunOutcome(summary: caseload), quiet: quiet)
        }
    }
}
