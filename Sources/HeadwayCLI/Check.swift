import ArgumentParser
import HeadwayKit

extension HeadwayCommand {
    /// `headway check`: read and validate everything, write nothing.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every note and plan; print diagnostics, plan findings, measurement gaps and a summary; write nothing.")

        @OptionGroup var notes: NotesOptions
        @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
        var quiet = false

        func run() async throws {
            let session = try Session(notes, quiet: quiet)
            try Termination.finish(RunOutcome(summary: try session.pipeline.check()), quiet: quiet)
        }
    }
}
