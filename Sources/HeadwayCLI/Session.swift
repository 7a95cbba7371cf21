import ArgumentParser
import Foundation
import HeadwayKit

/// What every command shares: reading the notes folder, printing diagnostics and the summary line,
/// and turning the outcome into an exit status (0 clean, 1 some file had an error, 2 nothing done).
struct Session {
    let notesDir: String
    /// Watches the run: progress and per-stage timings.
    let monitor: RunMonitor
    /// The clinic's configuration (empty when there is none).
    let configuration: Configuration
    /// The folder the configuration's `exclude:` patterns are relative to: the one holding the
    /// configuration file (nil when there is none).
    let configurationFolder: URL?
    /// The output folder, never read as notes when it lies inside the notes folder.
    let outputFolder: URL?

    /// Loads the configuration named by `--config`, else `headway.yml` in the notes folder or the nearest
    /// folder above it, and says which one on standard error (unless `quiet`). A bad configuration prints
    /// its diagnostics and is fatal: nothing is written.
    init(_ options: NotesOptions, output: OutputOptions? = nil, quiet: Bool = false, serial: Bool = false) throws {
        notesDir = options.notesDir
        monitor = RunMonitor(serial: serial)
        outputFolder = output.map { URL(fileURLWithPath: $0.output, isDirectory: true) }
        let location = options.config.map(ConfigurationFile.Location.init(given:)) ?? ConfigurationFile.find(notesDir: options.notesDir)
        configurationFolder = location.map(Self.folder(of:))
        if !(quiet || output?.quiet == true) { Console.error(ConfigurationFile.announcement(location)) }
        configuration = try location.map(Self.configuration(at:)) ?? Configuration()
    }

    /// The folder holding the configuration file: where it was found, or the folder of the given path.
    private static func folder(of location: ConfigurationFile.Location) -> URL {
        let parent = (location.path as NSString).deletingLastPathComponent
        return URL(fileURLWithPath: location.foundIn ?? (parent.isEmpty ? "." : parent), isDirectory: true)
    }

    /// The configuration at `location`; its diagnostics, if it cannot be read or used, are fatal.
    private static func configuration(at location: ConfigurationFile.Location) throws -> Configuration {
        let text: String
        do {
            text = try ConfigurationFile.read(location)
        } catch {
            throw Fatal(error.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        switch ConfigurationParser.parse(text, path: location.shown) {
        case .success(let configuration):
            return configuration
        case .failure(let list):
            throw Fatal(list.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
    }

    /// The notes folder as a source of files, without what the configuration excludes and the output folder.
    var source: FolderNoteSource {
        FolderNoteSource(root: URL(fileURLWithPath: notesDir, isDirectory: true), exclude: configuration.exclude,
                         excludeBase: configurationFolder,
                         excludedFolders: outputFolder.map { [$0] } ?? [])
    }

    /// Reads the caseload (with the notes' bodies unless `bodies` is false: a batch reads them client
    /// by client with `BodyReader`); its diagnostics are printed by `finish`.
    func readCaseload(bodies: Bool = true) throws -> Caseload {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: notesDir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Fatal("\(notesDir): error: not a folder of notes")
        }
        let caseload: Caseload
        do {
            caseload = try Caseload.read(from: source, parser: NoteParser(configuration: configuration, readsBodies: bodies), monitor: monitor)
        } catch {
            throw Fatal("\(notesDir): error: cannot read the notes folder: \((error as? ReadError)?.reason ?? error.localizedDescription)")
        }
        return caseload
    }

    /// Prints every diagnostic (sorted by path, then line), the failures and the summary line, and exits
    /// with the status the outcome calls for.
    func finish(_ caseload: Caseload, reports: Int, failures: [String] = [], quiet: Bool) throws -> Never {
        for diagnostic in caseload.diagnostics { Console.error(diagnostic.formatted) }
        for failure in failures { Console.error(failure) }
        let fileErrors = caseload.diagnostics.filter { $0.severity == .error }.count
        let warnings = caseload.diagnostics.count - fileErrors
        let errors = fileErrors + failures.count
        if !quiet {
            let parts = [
                Self.count(caseload.fileCount, "file"), Self.count(caseload.notes.count, "note"),
                Self.count(caseload.plans.count, "plan"), Self.count(caseload.clients.count, "client"),
                Self.count(reports, "report"), Self.count(warnings, "warning"), Self.count(errors, "error"),
            ]
            Console.error("headway: " + parts.joined(separator: ", ") + Self.attention(caseload))
        }
        throw ExitCode(errors > 0 ? 1 : 0)
    }

    /// The time spent in each stage, summed over threads, for `--timings`.
    func printTimings() {
        let seconds = monitor.stageSeconds
        let parts = RunMonitor.Stage.allCases.map { "\($0.rawValue) \(String(format: "%.3f", seconds[$0] ?? 0))s" }
        Console.error("headway: stage seconds (summed over threads): " + parts.joined(separator: ", "))
    }

    /// `" (2 clients need attention: C-0001, C-0007)"`: the clients whose files have errors, so that
    /// their reports are incomplete; empty when there are none.
    static func attention(_ caseload: Caseload) -> String {
        let clients = caseload.clientsNeedingAttention
        guard !clients.isEmpty else { return "" }
        let named = clients.prefix(5).joined(separator: ", ") + (clients.count > 5 ? ", …" : "")
        let verb = clients.count == 1 ? "needs" : "need"
        return " (\(count(clients.count, "client")) \(verb) attention: \(named))"
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}

/// An error after which nothing can be done: printed as is, exit status 2.
struct Fatal: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Standard error, line by line.
enum Console {
    /// Writes `line` and a newline, with control characters and bidirectional controls escaped in each
    /// of its lines (`Diagnostic.visible`): a message that echoes what the operator typed or a file's
    /// name can neither drive the terminal nor reorder what it shows.
    static func error(_ line: String) {
        raw(line.split(separator: "\n", omittingEmptySubsequences: false).map { Diagnostic.visible(String($0)) }.joined(separator: "\n") + "\n")
    }

    /// Writes `text` as it is.
    static func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension AsyncParsableCommand {
    /// Runs `body`, mapping a `Fatal` to its message and exit status 2.
    func guarded(_ body: () throws -> Never) throws -> Never {
        do {
            try body()
        } catch let fatal as Fatal {
            Console.error(fatal.message)
            throw ExitCode(2)
        } catch let error as TemplateSet.LoadError {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
