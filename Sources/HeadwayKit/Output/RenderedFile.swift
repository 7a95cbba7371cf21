import Foundation

/// One rendered file of a run, ready to write.
public struct RenderedFile: Sendable, Equatable {
    /// The file's bytes: text for Markdown, HTML and JSON, bytes for PDF.
    public enum Contents: Sendable, Equatable {
        case text(String)
        case bytes(Data)
    }

    /// The path relative to the output, e.g. `C-0001/2026-10.md`.
    public var path: String
    /// What the file holds.
    public var contents: Contents

    /// A file at `path` holding `contents`.
    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}

extension RenderedFile.Contents {
    /// Calls `body` with the contents' bytes (a text's UTF-8).
    func withBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        switch self {
        case .text(var text): text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .bytes(let data): data.withUnsafeBytes(body)
        }
    }

    /// How many bytes the contents hold.
    var byteCount: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .bytes(let data): data.count
        }
    }
}
