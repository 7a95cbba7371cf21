import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway new`: start a client's next note from its history, never replacing a file.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a client's next note (a draft) from its notes and plans, and print its path.",
            discussion: "Writes a session note, plan or review note scaffold into the folder of the client's latest note, "
                + "named as its notes are named; an existing file is never replaced. Remove 'draft: true' once the session took place.")

        @OptionGroup var notes: NotesOptions
        @Option(help: "The client id.")
        var client: String
        @Option(help: "The note's date, YYYY-MM-DD (default: today, from SOURCE_DATE_EPOCH when set, in UTC).", transform: Arguments.day)
        var date: Day?
        @Option(help: "What to start: a session note, a plan or a review note.")
        var type: NoteScaffold.Kind = .session
        @Option(help: "The client's name, for a client with no notes yet (its notes go in NOTES_DIR/<client>/).")
        var name: String?
        @Option(help: "A folder of templates; note.md.mustache there replaces the default scaffold.")
        var templates: String?

        func run() async throws {
            let session = try Session(notes, quiet: true)
            let set = try OutputOptions.templateSet(templates)
            let note = try session.pipeline.newNote(type, client: client, name: name, date: date ?? Self.today(), templates: set)
            try NoteFile.create(note.text, in: notes.notesDir, at: note.path)
            print((notes.notesDir as NSString).appendingPathComponent(note.path))
        }

        /// Today in UTC, or the day of `SOURCE_DATE_EPOCH` when it is set (for reproducible runs).
        static func today() -> Day {
            let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? Int(Date().timeIntervalSince1970)
            return Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
        }
    }
}

extension NoteScaffold.Kind: ExpressibleByArgument {}
