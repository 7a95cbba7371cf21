import Foundation
import HeadwayKit

/// What every command that reads notes shares: the configuration, the notes folder as a source of files,
/// and the pipeline over them.
struct Session {
    let notesDir: String
    /// The clinic's configuration (empty when there is none).
    let configuration: Configuration
    /// The pipeline over the notes folder.
    let pipeline: Pipeline

    /// Loads the configuration named by `--config`, else `headway.yml` in the notes folder or the nearest
    /// folder above it, and says which one on standard error (unless `quiet`). A bad configuration, or a
    /// notes folder that is not a folder, stops the command: nothing is written. The output folder, when
    /// the command has one, is never read as notes.
    init(_ options: NotesOptions, output: OutputOptions? = nil, quiet: Bool = false, serial: Bool = false) throws(RunError) {
        notesDir = options.notesDir
        let location = options.config.map(ConfigurationFile.Location.init(given:)) ?? ConfigurationFile.find(notesDir: options.notesDir)
        if !(quiet || output?.quiet == true) { Console.error(ConfigurationFile.announcement(location)) }
        configuration = try location.map(Self.configuration(at:)) ?? Configuration()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: notesDir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notAFolder(notesDir)
        }
        let source = FolderNoteSource(
            root: URL(fileURLWithPath: notesDir, isDirectory: true), exclude: configuration.exclude,
            excludeBase: location.map(Self.folder(of:)),
            excludedFolders: output.map { [URL(fileURLWithPath: $0.output, isDirectory: true)] } ?? [])
        pipeline = Pipeline(source: source, notesFolder: notesDir, configuration: configuration, monitor: RunMonitor(serial: serial))
    }

    /// The folder holding the configuration file: where it was found, or the folder of the given path
    /// (the configuration's `exclude:` patterns are relative to it).
    private static func folder(of location: ConfigurationFile.Location) -> URL {
        let parent = (location.path as NSString).deletingLastPathComponent
        return URL(fileURLWithPath: location.foundIn ?? (parent.isEmpty ? "." : parent), isDirectory: true)
    }

    /// The configuration at `location`; its diagnostics, if it cannot be read or used, stop the command.
    private static func configuration(at location: ConfigurationFile.Location) throws(RunError) -> Configuration {
        let text: String
        do {
            text = try ConfigurationFile.read(location)
        } catch {
            throw .configuration(error.diagnostics)
        }
        switch ConfigurationParser.parse(text, path: location.shown) {
        case .success(let configuration): return configuration
        case .failure(let list): throw .configuration(list.diagnostics)
        }
    }

    /// The time spent in each stage, summed over threads, for `--timings`.
    func printTimings() {
        let seconds = pipeline.monitor.stageSeconds
        let parts = RunMonitor.Stage.allCases.map { "\($0.rawValue) \(String(format: "%.3f", seconds[$0] ?? 0))s" }
        Console.error("headway: stage seconds (summed over threads): " + parts.joined(separator: ", "))
    }
}
