/// The JSON Schemas (draft 2020-12) of what Headway reads: a session note's, a plan's, a review note's and a
/// discharge note's front matter, and `headway.yml`. They are the files of `docs/schema/`, embedded at build time, so what
/// `headway schema` prints is byte for byte what the docs ship.
public enum NoteSchema: String, CaseIterable, Sendable {
    /// A session note's front matter (docs/note-format.md, section 2).
    case note
    /// A treatment plan's front matter (section 4).
    case plan
    /// A review note's front matter (section 8).
    case review
    /// A discharge note's front matter (section 9).
    case discharge
    /// The configuration file `headway.yml` (section 7).
    case config

    /// The schema's file name in `docs/schema/`, which is also its `$id`: `note.schema.json`.
    public var fileName: String { "\(rawValue).schema.json" }

    /// The schema, as JSON text ending in a newline.
    public var text: String {
        guard let text = DefaultSchemas.files[fileName] else {
            preconditionFailure("docs/schema/\(fileName) was not embedded by the EmbedTemplates plugin")
        }
        return text
    }
}
