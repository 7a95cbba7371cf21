import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway watch`: a batch, then the same output kept current as notes change.
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every client's reports and the index as batch does, then keep them current as the notes change.",
            discussion: """
                First writes what headway batch writes, then watches NOTES_DIR and its subfolders (inotify, Linux): \
                on every change (a save, an editor's save-by-rename, a note added, deleted or moved, a new folder) it \
                reads only the changed files again, rewrites only the reports of the clients they concern and the \
                index, removes the reports of this batch that a fresh batch would no longer write, and prints one \
                line on standard output; the notes' errors go to standard error. A change of headway.yml rebuilds \
                every report. After every update OUT holds what a fresh headway batch of the same options writes. \
                Ctrl-C (SIGINT) or SIGTERM stops it once the update under way is written, with status 0.
                """)

        @OptionGroup var notes: NotesOptions
        @OptionGroup var periods: BatchPeriodOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let stop = StopSignal.install()
            let session = try Session(notes, output: output)
            let batch = IncrementalBatch(pipeline: session.pipeline, request: request(session.configuration),
                                         templates: try output.templateSet(), sink: output.sink(notes: notes))
            let configuration = configurationFile
            let watcher: FolderWatcher
            do {
                watcher = try FolderWatcher(root: notes.notesDir, excluded: [output.output], alsoFolders: [(configuration as NSString).deletingLastPathComponent])
            } catch {
                throw RunError.cannotListNotes(notes.notesDir, reason: error.reason)
            }
            warnUnwatched(watcher)
            let outcome = try batch.start()
            Console.error(outcome.summary.diagnostics)
            Console.error(outcome.failures)
            if let stopped = outcome.stopped {
                Console.error(stopped.diagnostics)
                throw ExitCode(Termination.Status.nothingDone.rawValue)
            }
            if !output.quiet { Console.error(Termination.summary(outcome)) }
            Self.say("headway: watching \(notes.notesDir) (\(DisplayFormat.count(outcome.files.count, "file")) written; Ctrl-C stops)")
            while let changed = watcher.next(stop: stop) {
                guard !changed.isEmpty else { continue }
                if changed.contains(configuration) {
                    restart(batch)
                } else {
                    update(batch, Set(changed.compactMap { Self.relative($0, to: watcher.root) }))
                }
                warnUnwatched(watcher)
                guard watcher.watchesRoot else { throw RunError.cannotListNotes(notes.notesDir, reason: "the folder was removed while watched") }
            }
        }

        /// The request of this watch under `configuration`.
        private func request(_ configuration: Configuration) -> ReportRequest {
            return ReportRequest(clients: .every, document: periods.document, formats: output.format.formats,
                                 options: output.reportOptions(configuration), audience: output.audience)
        }

        /// The configuration file whose change rebuilds everything: `--config`, else the headway.yml found
        /// for the notes folder, else the one that would be found first if it appeared (in the notes folder).
        private var configurationFile: String {
            let location = notes.config.map(ConfigurationFile.Location.init(given:)) ?? ConfigurationFile.find(notesDir: notes.notesDir)
            return FolderWatcher.resolved(location?.path ?? (notes.notesDir as NSString).appendingPathComponent("headway.yml"))
        }

        private func update(_ batch: IncrementalBatch, _ changed: Set<String>) {
            do {
                let update = try batch.update(changed)
                report(update, after: update.changed.count == 1 ? update.changed[0] : DisplayFormat.count(update.changed.count, "file"))
            } catch {
                Console.error(error.diagnostics)
                Self.say("headway: could not update (see the errors); reports unchanged")
            }
        }

        /// After headway.yml changed: a new session (the configuration read again) and every report rewritten.
        private func restart(_ batch: IncrementalBatch) {
            do {
                let session = try Session(notes, output: output)
                report(try batch.restart(pipeline: session.pipeline, request: request(session.configuration)), after: "the configuration")
            } catch {
                Console.error(error.diagnostics)
                Self.say("headway: the configuration cannot be used (see the errors); reports unchanged until it is fixed")
            }
        }

        /// Prints the update's new diagnostics and failures on standard error, and its line on standard output:
        /// `headway: updated for Clients/Sam/2026-10-16.md: 3 files of C-0202 and the index written, 0 removed, 1 error`.
        private func report(_ update: IncrementalBatch.Update, after cause: String) {
            Console.error(update.newDiagnostics)
            Console.error(update.failures)
            let clients = update.clients.isEmpty ? "no client's" : update.clients.prefix(5).joined(separator: ", ") + (update.clients.count > 5 ? ", …" : "")
            let reports = update.written.filter { $0.contains("/") }.count
            Self.say("headway: updated for \(cause): \(DisplayFormat.count(reports, "report file")) of \(clients) and the index written, "
                     + "\(update.removed.count) removed, \(DisplayFormat.count(update.errorCount, "error"))")
        }

        /// Warns of the folders the watcher could not watch.
        private func warnUnwatched(_ watcher: FolderWatcher) {
            for folder in watcher.takeUnwatched() {
                Console.error(Diagnostic.warning(folder.path, nil, "cannot watch this folder (\(folder.reason)): changes in it are not seen until headway watch is started again").formatted)
            }
        }

        /// `path` relative to `root` (`""` for the root), or nil when outside it.
        static func relative(_ path: String, to root: String) -> String? {
            if path == root { return "" }
            return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : nil
        }

        /// Writes `line` to standard output at once (not buffered), control characters escaped.
        static func say(_ line: String) {
            FileHandle.standardOutput.write(Data((Diagnostic.visible(line) + "\n").utf8))
        }
    }
}
