import ArgumentParser
import HeadwayKit

/// The one place where the end of a command becomes what the operator sees and an exit status.
///
/// | status | meaning |
/// |---|---|
/// | 0 | done, and no file had an error |
/// | 1 | done, but some file had an error (or a report could not be written): some report is incomplete |
/// | 2 | nothing could be done: bad arguments, an unusable notes folder, configuration, templates or output folder, an unknown client, a missing PDF printer |
enum Termination {
    enum Status: Int32 {
        case clean = 0
        case incomplete = 1
        case nothingDone = 2
    }

    /// Prints `outcome`'s diagnostics, its failures and (unless `quiet`) the summary line, and ends the
    /// command with the status they call for.
    static func finish(_ outcome: RunOutcome, quiet: Bool) throws -> Never {
        Console.error(outcome.summary.diagnostics)
        Console.error(outcome.failures)
        if let stopped = outcome.stopped {
            Console.error(stopped.diagnostics)
            throw ExitCode(Status.nothingDone.rawValue)
        }
        if !quiet { Console.error(summary(outcome)) }
        throw ExitCode((outcome.errorCount > 0 ? Status.incomplete : .clean).rawValue)
    }

    /// Prints why nothing could be done; the status is 2.
    static func fail(_ error: RunError) -> Status {
        Console.error(error.diagnostics)
        return .nothingDone
    }

    /// `headway: 12 files, 10 notes, 2 plans, 2 clients, 4 reports, 1 warning, 1 error (1 client needs attention: C-0001)`.
    static func summary(_ outcome: RunOutcome) -> String {
        let caseload = outcome.summary
        let parts = [
            DisplayFormat.count(caseload.fileCount, "file"), DisplayFormat.count(caseload.noteCount, "note"), DisplayFormat.count(caseload.planCount, "plan"),
            DisplayFormat.count(caseload.clients.count, "client"), DisplayFormat.count(outcome.reports, "report"),
            DisplayFormat.count(outcome.warningCount, "warning"), DisplayFormat.count(outcome.errorCount, "error"),
        ]
        return "headway: " + parts.joined(separator: ", ") + attention(caseload)
    }

    /// `" (2 clients need attention: C-0001, C-0007)"`: the clients whose files have errors, so that
    /// their reports are incomplete; empty when there are none.
    static func attention(_ caseload: CaseloadSummary) -> String {
        let clients = caseload.clientsNeedingAttention
        guard !clients.isEmpty else { return "" }
        let named = clients.prefix(5).joined(separator: ", ") + (clients.count > 5 ? ", …" : "")
        let verb = clients.count == 1 ? "needs" : "need"
        return " (\(DisplayFormat.count(clients.count, "client")) \(verb) attention: \(named))"
    }
}
