import Foundation

/// The output folder of a run, checked against the notes folder before anything is written.
///
/// It may not be the notes folder, nor contain it (reports named like notes, `2026-10.md` or `all.md`,
/// would replace them). It may lie inside the notes folder only when it is new, empty, or marked as
/// Headway's own by the file `.headway-output`, written at its first run into a new or empty folder
/// (inside the notes folder or not). `batch --prune` removes stale reports only where that file is.
public struct OutputFolder: Sendable {
    /// Why the folder cannot be used: nothing was written.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        /// The folder as the operator gave it.
        public var path: String
        /// What is wrong, in words.
        public var reason: String
        /// The refusal as an error diagnostic naming the folder (`headway` when `-o` was empty).
        public var diagnostic: Diagnostic { .error(path.isEmpty ? "headway" : path, nil, reason) }
        /// `path: error: reason`, with control characters escaped.
        public var description: String { diagnostic.formatted }
    }

    /// The name of the marker file.
    public static let markerName = ".headway-output"
    /// What the marker file says.
    public static let markerText = """
        This folder holds reports written by Headway. Headway writes into a folder inside a notes folder
        only when this file is in it, and `headway batch --prune` removes stale reports only where it is.
        Keep no notes or other files here.

        """

    /// The folder, absolute, with links resolved.
    public let root: URL
    /// Whether the folder is marked as Headway's own (it was new or empty at its first run).
    public let isOwn: Bool
    /// The writer for the folder.
    public let writer: ReportWriter

    /// Checks `path` (as given with `-o`) against `notesFolder`, creates it when missing, marks it when
    /// it is new or empty, and removes Headway's stale temporary files from it and its subfolders (for a
    /// part of a sharded batch, from the folders of its `clients` only).
    public static func prepare(_ path: String, notesFolder: String, clients: ClientSelection? = nil) throws -> OutputFolder {
        guard !path.isEmpty else {
            throw Refusal(path: path, reason: "-o is empty: it would write reports into the working directory; name the output folder, e.g. -o reports")
        }
        let refuse = { (reason: String) in Refusal(path: path, reason: reason) }
        let place = try ResolvedPath(path, refuse: refuse)
        let relation = place.relation(toNotes: notesFolder)
        switch relation {
        case .same: throw refuse("the output folder is the notes folder: reports would replace notes; choose another folder with -o")
        case .contains: throw refuse("the output folder contains the notes folder \(Diagnostic.visible(notesFolder)): reports could replace notes; choose a folder outside it with -o")
        case .inside, .apart: break
        }
        let contents = try place.exists ? Self.contents(place.path, refuse: refuse) : []
        let marked = contents.contains(markerName)
        if relation == .inside, !contents.isEmpty, !marked {
            throw refuse("the output folder is inside the notes folder and already holds files Headway did not write (it has no \(markerName) file): it may be a folder of notes; choose a new or empty folder with -o")
        }
        try place.create(refuse: refuse)
        let root = URL(fileURLWithPath: place.path, isDirectory: true)
        let folder = OutputFolder(root: root, isOwn: marked || contents.isEmpty, writer: ReportWriter(root: root))
        try folder.checkWritable(refuse: refuse)
        if contents.isEmpty { try folder.mark(refuse: refuse) }
        StaleTemporaryFiles.remove(below: place.path, clients: clients)
        return folder
    }

    /// The names in the folder at `path`.
    private static func contents(_ path: String, refuse: (String) -> Refusal) throws -> [String] {
        guard let directory = opendir(path) else {
            throw refuse(errno == ENOTDIR ? "the output folder is a file, not a folder" : "cannot open the output folder: \(SystemError.words(errno))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    private func checkWritable(refuse: (String) -> Refusal) throws {
        guard access(root.path, W_OK | X_OK) == 0 else {
            throw refuse("cannot write in the output folder: \(SystemError.words(errno))")
        }
    }

    private func mark(refuse: (String) -> Refusal) throws {
        do {
            try writer.write(Self.markerText, to: Self.markerName)
        } catch let error as ReportWriter.WriteError {
            throw refuse("cannot write in the output folder: \(error.reason)")
        }
    }
}
