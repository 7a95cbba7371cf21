import ArgumentParser
import HeadwayKit

extension Termination {
    /// Prints the failures of each merge (one per audience) and (unless `quiet`) its summary, and ends
    /// with the highest status of the merges' own (1 when a file could not be copied, written or
    /// removed) and their parts'.
    static func finish(_ merges: [(outcome: MergeOutcome, merge: IndexMerge)], quiet: Bool) throws -> Never {
        var status = Status.clean
        for (outcome, merge) in merges {
            Console.error(outcome.failures)
            if !quiet { Console.error(summary(outcome, merge)) }
            let own: Status = outcome.failures.isEmpty ? .clean : .incomplete
            let parts: Status = merge.partStopped ? .nothingDone : merge.partErrors > 0 ? .incomplete : .clean
            status = [status, own, parts].max { $0.rawValue < $1.rawValue } ?? status
        }
        throw ExitCode(status.rawValue)
    }

    /// `headway: merged 4 parts: 3 clients, 9 reports`, with the client's version named, and the parts' errors.
    private static func summary(_ outcome: MergeOutcome, _ merge: IndexMerge) -> String {
        let version = merge.parts.first?.partial.audience == Audience.client.rawValue ? " (the client's version)" : ""
        let errors = merge.partErrors == 0 ? "" : "; the parts had " + DisplayFormat.count(merge.partErrors, "error") + " (printed by each part)"
        return "headway: merged " + DisplayFormat.count(merge.parts.count, "part") + version + ": "
            + DisplayFormat.count(outcome.clients, "client") + ", " + DisplayFormat.count(outcome.reports, "report") + errors
    }
}
