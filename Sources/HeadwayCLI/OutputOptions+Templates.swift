import Foundation
import HeadwayKit

extension OutputOptions {
    /// The templates: the defaults, with `--templates DIR` replacing them file by file. Their warnings
    /// (an unknown partial, an unused file) are printed at once.
    func templateSet() throws(RunError) -> TemplateSet {
        try Self.templateSet(templates)
    }

    /// The defaults, with the files of the folder `templates` (when given) replacing them; for every
    /// command that takes `--templates`.
    static func templateSet(_ templates: String?) throws(RunError) -> TemplateSet {
        let set: TemplateSet
        do {
            set = try TemplateSet(overrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        } catch let error as TemplateSet.LoadError {
            throw .templates(.error(error.path, error.line, error.reason))
        } catch {
            throw .templates(.error(templates ?? "Templates", nil, "\(error)"))
        }
        Console.error(set.warnings)
        return set
    }

    /// The output folder as the sink of a run from `notes` (of the part of a batch that writes `clients`).
    func sink(notes: NotesOptions, clients: ClientSelection? = nil) -> FolderSink {
        FolderSink(path: output, notesFolder: notes.notesDir, clients: clients)
    }

    /// Redaction and the clinic's settings.
    func reportOptions(_ configuration: Configuration) -> ReportOptions {
        ReportOptions(redact: redact, configuration: configuration)
    }
}
