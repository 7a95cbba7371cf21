/// One client's rendered files waiting to be written together (so that a folder sink flushes them to
/// disk at once), each with the report link and format it belongs to. Written when full, so that a
/// client with many or large reports does not hold them all in memory.
struct ClientFiles {
    /// At most this many files wait at once (the signal handler's table has room for several threads' worth).
    static let fileLimit = 64
    /// Once the waiting files hold this many bytes, they are written.
    static let byteLimit = 16 << 20

    /// The files waiting, in the order they were rendered.
    private(set) var files: [RenderedFile] = []
    /// For each waiting file, the index of its report link and its format.
    private(set) var targets: [(link: Int, format: OutputFormat)] = []
    private var bytes = 0

    /// Whether the waiting files should be written now.
    var isFull: Bool { files.count >= Self.fileLimit || bytes >= Self.byteLimit }

    /// Adds `file`, the `format` of report link `link`.
    mutating func add(_ file: RenderedFile, link: Int, format: OutputFormat) {
        files.append(file)
        targets.append((link, format))
        bytes += file.contents.byteCount
    }

    /// Empties the list, returning what waited.
    mutating func take() -> (files: [RenderedFile], targets: [(link: Int, format: OutputFormat)]) {
        defer { self = ClientFiles() }
        return (files, targets)
    }
}
