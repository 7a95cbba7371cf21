import Foundation
import HeadwayKit

/// The output folder of a command: checked against the notes folder, created and marked before anything
/// is written (see `OutputFolder`), and after a batch, its stale reports.
enum OutputCheck {
    /// The prepared output folder of `output`, or a `Fatal` (exit 2) saying why it cannot be used.
    static func folder(_ output: OutputOptions, notes: NotesOptions) throws -> OutputFolder {
        do {
            return try OutputFolder.prepare(output.output, notesFolder: notes.notesDir)
        } catch let refusal as OutputFolder.Refusal {
            throw Fatal(refusal.description)
        }
    }

    /// The stale reports a batch left in `folder`, as warnings, or removed when `prune` (a removal that
    /// fails is an error); only in a folder marked as Headway's own.
    static func staleReports(in folder: OutputFolder, _ stale: StaleReports, written: Set<String>,
                             prune: Bool) -> (diagnostics: [Diagnostic], failures: [String]) {
        guard folder.isOwn else {
            let why = "--prune removed nothing: this folder is not marked as Headway's own (it held other files when Headway first wrote here, "
                + "and has no \(OutputFolder.markerName) file)"
            return (prune ? [.warning(folder.root.path, nil, why)] : [], [])
        }
        var diagnostics: [Diagnostic] = []
        var failures: [String] = []
        for relative in stale.find(written: written) {
            let path = folder.root.path + "/" + relative
            guard prune else {
                diagnostics.append(.warning(path, nil, "stale report: not rewritten by this run (its notes were removed or are invalid); --prune removes it"))
                continue
            }
            do {
                try stale.remove(relative)
                diagnostics.append(.warning(path, nil, "stale report removed (--prune): not rewritten by this run (its notes were removed or are invalid)"))
            } catch {
                failures.append(Diagnostic.error(path, nil, "cannot remove the stale report: \(error)").formatted)
            }
        }
        return (diagnostics, failures)
    }
}
