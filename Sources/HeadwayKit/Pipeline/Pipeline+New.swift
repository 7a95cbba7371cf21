/// `headway new`: a client's next note, scaffolded from its history.
extension Pipeline {
    /// A note to write: its path below the notes folder and its text.
    public struct NewNote: Sendable, Equatable {
        /// The path relative to the notes folder, e.g. `C-0142/2026-12-02.md`.
        public var path: String
        /// The rendered scaffold.
        public var text: String
    }

    /// Stages 1 and 2, then the scaffold of a `kind` note for `client` on `date`, rendered with
    /// `templates`: in the folder of the client's latest note, named as its notes are named. A client
    /// with no note or plan needs `name` (it then goes in `<client>/`); without it, the error suggests
    /// a known client spelled alike.
    public func newNote(_ kind: NoteScaffold.Kind, client: String, name: String?, date: Day, templates: TemplateSet) throws(RunError) -> NewNote {
        let caseload = try read(only: client)
        let latest = NoteScaffold.latestPath(of: client, in: caseload)
        if latest == nil {
            guard name != nil else {
                let suggestion = try read().didYouMean(client: client)  // every client's id
                throw .refused(.error(notesFolder, nil, "no valid note or plan for client '\(client)'\(suggestion); "
                                      + "to start a new client, give its name with --name"))
            }
            guard Self.isFolderName(client) else {
                throw .refused(.error(notesFolder, nil, "client id '\(client)' cannot name a folder: use letters, digits, '-' and '_'"))
            }
        }
        let scaffold = NoteScaffold(kind, client: client, clientName: latest == nil ? name : nil, date: date, caseload: caseload,
                                   configuration: configuration)
        let folder = latest.map(NoteScaffold.folder(of:)) ?? client
        let file = NoteScaffold.fileName(like: caseload.notes(of: client).last.map { NoteScaffold.lastComponent(of: $0.path) }, on: date, kind: kind)
        return NewNote(path: folder.isEmpty ? file : folder + "/" + file, text: templates.render(NoteView(scaffold), template: "note.md"))
    }

    /// Whether `id` is safe as one folder name: letters, digits, `-`, `_` and `.`, not starting with a dot.
    private static func isFolderName(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
