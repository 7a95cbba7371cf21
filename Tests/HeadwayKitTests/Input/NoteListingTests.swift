import Foundation
import Testing
@testable import HeadwayKit

/// Which files of a notes folder are read: extensions in any case, near-miss files, `exclude:`, the
/// output folder, and names that are not UTF-8.
@Suite struct NoteListingTests {
    private static let note = "---\nclient: C-1\ndate: 2026-10-07\n---\n"
    private static let nearMissWords = "warning: looks like a note but its name does not end in .md, so it is not read: rename it to .md to include it"

    private final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("headway-listing-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        /// Writes a file whose name (below `url`) is the given bytes.
        func write(rawName: [UInt8], _ text: String) throws {
            let path = Array(url.path.utf8) + [UInt8(ascii: "/")] + rawName
            let descriptor = withCPath(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            _ = Array(text.utf8).withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        }
    }

    @Test func extensionsInAnyCaseAreRead() throws {
        let folder = try Folder()
        for name in ["a.MD", "b.Markdown", "c.mD", "d.md", "e.MARKDOWN"] { try folder.write("C-1/\(name)", "") }
        try folder.write("C-1/.hidden.MD", "")
        try folder.write(".Trash/x.MD", "")
        #expect(try FolderNoteSource(root: folder.url).candidatePaths() == ["C-1/a.MD", "C-1/b.Markdown", "C-1/c.mD", "C-1/d.md", "C-1/e.MARKDOWN"])
        let memory = InMemoryNoteSource(texts: ["A.MD": "", "b.Markdown": "", ".x/c.MD": "", "d.mdx": ""])
        #expect(try memory.candidatePaths() == ["A.MD", "b.Markdown"])
    }

    @Test func nearMissFilesAreWarningsNamingThem() throws {
        let folder = try Folder()
        try folder.write("C-1/2026-10-07.txt", Self.note)
        try folder.write("C-1/2026-10-08", "\u{FEFF}---  \r\nclient: \"C-2\"   # quoted\r\ndate: 2026-10-08\r\n---\r\n")
        try folder.write("C-1/a.TEXT", "---\ndate: 2026-10-09\nclient: not valid!\n---\n")
        try folder.write("C-1/b.mdown", "---\nclient: C-3\n")   // unclosed: still starts like a note
        try folder.write("C-1/c.mkd", Self.note)
        try folder.write("C-1/not-a-note.txt", "---\ntitle: shopping\n---\nclient: C-1\n")
        try folder.write("C-1/prose.txt", "client: C-1\n")
        try folder.write("C-1/nested.txt", "---\ngoals:\n  client: x\n---\n")
        try folder.write("C-1/photo.png", Self.note)
        try folder.write("C-1/.hidden.txt", Self.note)
        try folder.write("C-1/real.md", Self.note)
        let listing = try FolderNoteSource(root: folder.url).listing()
        #expect(listing.paths == ["C-1/real.md"])
        #expect(listing.nearMisses == [
            NearMiss(path: "C-1/2026-10-07.txt", client: "C-1"), NearMiss(path: "C-1/2026-10-08", client: "C-2"),
            NearMiss(path: "C-1/a.TEXT", client: nil), NearMiss(path: "C-1/b.mdown", client: "C-3"),
            NearMiss(path: "C-1/c.mkd", client: "C-1"),
        ])
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.fileCount == 1)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-1/2026-10-07.txt: \(Self.nearMissWords)", "C-1/2026-10-08: \(Self.nearMissWords)",
            "C-1/a.TEXT: \(Self.nearMissWords)", "C-1/b.mdown: \(Self.nearMissWords)", "C-1/c.mkd: \(Self.nearMissWords)",
        ])
        #expect(caseload.diagnostics(of: "C-2").map(\.path) == ["C-1/2026-10-08"])
    }

    @Test("a name whose last dot starts no extension (a space after it, or only digits) is a near miss")
    func aDotInAnExtensionlessNameIsNoExtension() throws {
        let folder = try Folder()
        for name in ["Jordan M. 2026-10-07", "08.10.2026", "v1.2 notes", "photo.png", "notes.draft"] { try folder.write("C-1/\(name)", Self.note) }
        let listing = try FolderNoteSource(root: folder.url).listing()
        #expect(listing.paths.isEmpty)
        #expect(listing.nearMisses.map(\.path) == ["C-1/08.10.2026", "C-1/Jordan M. 2026-10-07", "C-1/v1.2 notes"])
        let memory = InMemoryNoteSource(texts: ["Jordan M. 2026-10-07": Self.note, "08.10.2026": Self.note, "a.png": Self.note])
        #expect(try memory.listing().nearMisses.map(\.path) == ["08.10.2026", "Jordan M. 2026-10-07"])
    }

    @Test func onlyTheFirstBytesOfANearMissAreRead() throws {
        let folder = try Folder()
        let filler = String(repeating: "x: 1\n", count: NearMiss.prefixSize / 5 + 10)
        try folder.write("late.txt", "---\n" + filler + "client: C-1\n---\n")
        try folder.write("early.txt", "---\nclient: C-1\n" + filler + "---\n")
        let listing = try FolderNoteSource(root: folder.url).listing()
        #expect(listing.nearMisses.map(\.path) == ["early.txt"])
    }

    @Test func aFIFONamedLikeANearMissIsNotOpened() throws {
        let folder = try Folder()
        try #require(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let listing = try FolderNoteSource(root: folder.url).listing()   // would hang if it were opened
        #expect(listing.nearMisses.isEmpty)
    }

    @Test func inMemoryNearMisses() throws {
        let source = InMemoryNoteSource(texts: ["a.txt": Self.note, "b.md": Self.note, "c": "---\nclient: C-9\n---\n", "d.txt": "hello"])
        #expect(try source.listing().nearMisses == [NearMiss(path: "a.txt", client: "C-1"), NearMiss(path: "c", client: "C-9")])
    }

    @Test func excludedFilesAndFoldersAreNotRead() throws {
        let patterns = try ["_templates/**", "*.draft.md", "Archive/"].map { try GlobPattern.parse($0).get() }
        let folder = try Folder()
        for path in ["_templates/session.md", "_templates/deep/plan.md", "C-1/a.md", "C-1/b.draft.md", "C-1/Archive/old.md",
                     "Archive/old.md", "C-1/Archive.md", "_templates.md", "_templates/near.txt"] {
            try folder.write(path, Self.note)
        }
        let expected = ["C-1/Archive.md", "C-1/a.md", "_templates.md"]
        let listing = try FolderNoteSource(root: folder.url, exclude: patterns).listing()
        #expect(listing.paths == expected)
        #expect(listing.nearMisses.isEmpty)
        let memory = InMemoryNoteSource(texts: Dictionary(uniqueKeysWithValues: ["_templates/session.md", "C-1/a.md", "C-1/b.draft.md",
                                                                                 "C-1/Archive/old.md", "C-1/Archive.md", "_templates.md"].map { ($0, Self.note) }),
                                        exclude: patterns)
        #expect(try memory.candidatePaths() == expected)
    }

    @Test("exclude patterns match paths relative to the configuration's folder, whichever folder below it is read")
    func excludePatternsAreRelativeToTheirConfigurationsFolder() throws {
        let patterns = try ["Clients/Archive/**", "Clients/Old", "*.draft.md"].map { try GlobPattern.parse($0).get() }
        let folder = try Folder()
        for path in ["vault/Clients/a.md", "vault/Clients/b.draft.md", "vault/Clients/Archive/old.md", "vault/Clients/Old/x.md",
                     "vault/Archive/kept.md", "vault/Clients/Old/deep/y.md"] {
            try folder.write(path, Self.note)
        }
        let vault = folder.url.appendingPathComponent("vault")
        func paths(_ root: String, base: URL?) throws -> [String] {
            try FolderNoteSource(root: URL(fileURLWithPath: folder.url.path + "/" + root), exclude: patterns, excludeBase: base).candidatePaths()
        }
        #expect(try paths("vault", base: vault) == ["Archive/kept.md", "Clients/a.md"])
        #expect(try paths("vault/Clients", base: vault) == ["a.md"])
        #expect(try paths("vault/Clients/../Clients/", base: URL(fileURLWithPath: vault.path + "/.")) == ["a.md"])
        #expect(try paths("vault/Clients/Archive", base: vault).isEmpty)   // the folder read is itself excluded
        #expect(try paths("vault/Clients/Old/deep", base: vault).isEmpty)
        // A base the notes folder is not inside (a --config file kept elsewhere): relative to the notes folder.
        #expect(try paths("vault/Clients", base: folder.url.appendingPathComponent("elsewhere")) == ["Archive/old.md", "Old/deep/y.md", "Old/x.md", "a.md"])
        #expect(try paths("vault/Clients", base: nil) == ["Archive/old.md", "Old/deep/y.md", "Old/x.md", "a.md"])
    }

    @Test("the output folder inside the notes folder is never read, however it is written")
    func theOutputFolderIsNotRead() throws {
        let folder = try Folder()
        try folder.write("vault/C-1/a.md", Self.note)
        try folder.write("vault/reports/C-1/all.md", Self.note)
        try folder.write("vault/reports/index.md", Self.note)
        try folder.write("vault/reportsX/b.md", Self.note)
        let vault = folder.url.appendingPathComponent("vault")
        let spellings = [vault.appendingPathComponent("reports"), URL(fileURLWithPath: vault.path + "/./reports/"),
                         URL(fileURLWithPath: vault.path + "/C-1/../reports"), URL(fileURLWithPath: folder.url.path + "/vault//reports")]
        for output in spellings {
            #expect(try FolderNoteSource(root: vault, excludedFolders: [output]).candidatePaths() == ["C-1/a.md", "reportsX/b.md"], "\(output.path)")
        }
        // A notes folder given through a link, and an output folder given through another.
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link").path, withDestinationPath: vault.path)
        let throughLink = FolderNoteSource(root: folder.url.appendingPathComponent("link"), excludedFolders: [vault.appendingPathComponent("reports")])
        #expect(try throughLink.candidatePaths() == ["C-1/a.md", "reportsX/b.md"])
        // Outside the notes folder, or not there yet: nothing is left out.
        let elsewhere = FolderNoteSource(root: vault, excludedFolders: [folder.url, vault.appendingPathComponent("new")])
        #expect(try elsewhere.candidatePaths().count == 4)
    }

    @Test("a folder holding Headway's output marker is never read, whichever run wrote it")
    func foldersOfHeadwaysOwnReportsAreNotRead() throws {
        let folder = try Folder()
        try folder.write("C-1/a.md", Self.note)
        try folder.write("reports/\(OutputFolder.markerName)", OutputFolder.markerText)
        try folder.write("reports/C-1/all.md", "# Progress report\n")
        try folder.write("old/2025/\(OutputFolder.markerName)", "")
        try folder.write("old/2025/index.md", "# Index\n")
        try folder.write("old/b.md", Self.note)
        try folder.write("C-1/Archive/\(OutputFolder.markerName).md", "")   // not the marker: its folder is read
        try folder.write("C-1/Archive/c.md", Self.note)
        #expect(try FolderNoteSource(root: folder.url).candidatePaths() == ["C-1/Archive/c.md", "C-1/a.md", "old/b.md"])
        let memory = InMemoryNoteSource(texts: ["C-1/a.md": Self.note, "reports/.headway-output": "", "reports/C-1/all.md": "",
                                                "old/2025/.headway-output": "", "old/2025/index.md": "", "old/b.md": Self.note])
        #expect(try memory.candidatePaths() == ["C-1/a.md", "old/b.md"])
    }

    @Test func aNameThatIsNotUTF8IsReadByItsBytesAndShownEscaped() throws {
        let folder = try Folder()
        try folder.write(rawName: Array("latin".utf8) + [0xE9] + Array(".md".utf8), "---\nclient: C-1\ndate: 2026-10-07\nmood: 3\n---\n")
        try #require(mkdir(folder.url.path + "/dossier", 0o700) == 0)
        try folder.write(rawName: Array("dossier/caf".utf8) + [0xE9, 0xFF] + Array(".md".utf8), "---\nclient: C-2\ndate: 2026-10-08\n---\n")
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.notes.map(\.path) == ["latin\\x{E9}.md", "dossier/caf\\x{E9}\\x{FF}.md"])   // by date
        #expect(caseload.notes.map(\.client) == ["C-1", "C-2"])
        let diagnostic = try #require(caseload.diagnostics.first)
        #expect(caseload.diagnostics.count == 1)
        #expect(diagnostic.formatted == "latin\\x{E9}.md:4: warning: unknown key 'mood' in a session note")
        #expect(try FolderNoteSource(root: folder.url).bytes(at: "latin\\x{E9}.md").count == 45)
    }

    @Test func escapedNamesRoundTrip() {
        let raw: [UInt8] = Array("a".utf8) + [0xE9] + Array("é".utf8) + [0xC3] + Array("z".utf8)
        #expect(PathName.display(raw) == "a\\x{E9}éz".replacingOccurrences(of: "z", with: "\\x{C3}z"))
        #expect(PathName.bytes(PathName.display(raw)) == raw)
        #expect(PathName.display(Array("plain é".utf8)) == "plain é")
        #expect(!PathName.hasEscape("plain \\x{zz}"))
    }
}
