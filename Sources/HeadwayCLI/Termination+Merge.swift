import ArgumentParser
import HeadwayKit

extension Termination {
    /// Prints a merge's failures and (unless `quiet`) its summary, and ends with the highest status of
    /// the merge's own (1 when a file could not be copied, written or removed) and its parts'.
    static func finish(_ outcome: MergeOutcome, of merge: IndexMerge, quiet: Bool) throws -> Never {
        Console.error(outcome.failures)
        if !quiet {
            let errors = merge.partErrors == 0 ? "" : "; the parts had " + DisplayFormat.count(merge.partErrors, "error") + " (printed by each part)"
            Console.error("headway: merged " + DisplayFormat.count(merge.parts.count, "part") + ": " + DisplayFormat.count(outcome.clients, "client")
                + ", " + DisplayFormat.count(outcome.reports, "report") + errors)
        }
        let own: Status = outcome.failures.isEmpty ? .clean : .incomplete
        let parts: Status = merge.partStopped ? .nothingDone : merge.partErrors > 0 ? .incomplete : .clean
        throw ExitCode(max(own.rawValue, parts.rawValue))
    }
}
