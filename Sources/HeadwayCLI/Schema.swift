import ArgumentParser
import HeadwayKit

extension HeadwayCommand {
    /// `headway schema [note|plan|review|discharge|config]`: print a JSON Schema of what Headway reads.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of a session note's, a plan's, a review or discharge note's front matter, or of headway.yml.",
            discussion: """
                The schemas are the files of docs/schema/ in the project; point an editor at one to check notes as you \
                write them (docs/editors.md). Headway's own checks (headway check) remain the reference: they also \
                catch what a schema cannot, such as a goal id used twice in one note.
                """)

        @Argument(help: "Which schema: note (a session note), plan, review (a review note), discharge (a discharge note) or config (headway.yml).")
        var kind: NoteSchema = .note

        func run() throws {
            print(kind.text, terminator: "")
        }
    }
}

extension NoteSchema: ExpressibleByArgument {}
