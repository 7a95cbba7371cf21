import Foundation
import Testing
@testable import HeadwayKit

/// A minimal valid note of `client` on `date`, with an optional session number.
private func note(_ client: String = "C-1", _ date: String = "2026-10-07", session: Int? = nil, extra: String = "") -> String {
    "---\nclient: \(client)\ndate: \(date)\n" + (session.map { "session: \($0)\n" } ?? "") + extra + "---\n"
}

private func plan(_ client: String = "C-1", start: String = "2026-08-01") -> String {
    "---\ntype: plan\nclient: \(client)\nstart: \(start)\n---\n"
}

private func read(_ texts: [String: String]) throws -> Caseload {
    try Caseload.read(from: InMemoryNoteSource(texts: texts))
}

// MARK: - Candidate files

@Suite struct NoteSourceCandidateTests {
    @Test func inMemoryCandidatesSkipHiddenAndNonMarkdown() throws {
        let source = InMemoryNoteSource(texts: [
            "c.md": "", "b.markdown": "", "a.txt": "", "README": "", "notes.md.bak": "",
            ".hidden.md": "", "x/.hidden.md": "", ".obsidian/workspace.md": "", "x/.trash/old.md": "",
            "x/y/deep.md": "", "B.md": "", "x/y.markdown": "",
        ])
        #expect(try source.candidatePaths() == ["B.md", "b.markdown", "c.md", "x/y.markdown", "x/y/deep.md"])
    }

    @Test func candidatesAreSortedByBytes() throws {
        let source = InMemoryNoteSource(texts: ["a/b.md": "", "a-b.md": "", "a.md": "", "Z.md": "", "é.md": "", "a/a.md": ""])
        #expect(try source.candidatePaths() == ["Z.md", "a-b.md", "a.md", "a/a.md", "a/b.md", "é.md"])
    }

    @Test func inMemoryBytesOfAMissingPathThrow() {
        #expect(throws: (any Error).self) { try InMemoryNoteSource(texts: [:]).bytes(at: "nope.md") }
    }

    @Test func inMemoryRawBytesAreKept() throws {
        let source = InMemoryNoteSource(files: ["a.md": [0x2D, 0xE9]])
        #expect(try source.bytes(at: "a.md") == [0x2D, 0xE9])
    }
}

// MARK: - Reading a caseload in memory

@Suite struct CaseloadInMemoryTests {
    @Test("each client's diagnostics, kept up to date when diagnostics are added")
    func diagnosticsByClient() throws {
        var caseload = try read([
            "a.md": note("C-1", extra: "session: nope\n"),
            "b.md": note("C-2", "2026-10-08", extra: "goals:\n  - id: g\n"),
            "c.md": note("C-1", "2026-10-09", extra: "mood: 3\n"),
            "broken.md": "---\nclient: [\n---\n",
        ])
        for client in ["C-1", "C-2", "C-3"] {
            #expect(caseload.diagnostics(of: client) == caseload.diagnostics.filter { $0.client == client })
        }
        #expect(caseload.diagnostics(of: "C-1").map(\.path) == ["a.md", "c.md"])
        #expect(caseload.diagnostics(of: "C-2").map(\.path) == ["b.md"])
        var extra = Diagnostic.warning("z.md", 1, "added later")
        extra.client = "C-2"
        caseload.diagnostics = (caseload.diagnostics + [extra]).sorted()
        #expect(caseload.diagnostics(of: "C-2").map(\.path) == ["b.md", "z.md"])
    }

    @Test func readsNotesAndPlansInOrder() throws {
        let caseload = try read([
            "b/2026-10-14.md": note("C-2", "2026-10-14", session: 2),
            "a/2026-10-14.md": note("C-1", "2026-10-14", session: 5),
            "a/2026-10-07.md": note("C-1", "2026-10-07"),
            "z/2026-10-14.md": note("C-3", "2026-10-14"),
            "a/plan.md": plan("C-1", start: "2026-09-01"),
            "b/plan.md": plan("C-2", start: "2026-08-01"),
        ])
        #expect(caseload.diagnostics == [])
        #expect(caseload.fileCount == 6)
        #expect(caseload.notes.map(\.path) == ["a/2026-10-07.md", "z/2026-10-14.md", "b/2026-10-14.md", "a/2026-10-14.md"])
        #expect(caseload.plans.map(\.path) == ["b/plan.md", "a/plan.md"])
        #expect(caseload.clients == ["C-1", "C-2", "C-3"])
    }

    @Test func hiddenAndNonMarkdownFilesAreNeverRead() throws {
        let caseload = try read([
            "a.md": note(),
            ".obsidian/broken.md": "---\nunclosed\n",
            "x/.draft.md": "---\nunclosed\n",
            "notes.txt": "---\nunclosed\n",
        ])
        #expect(caseload.fileCount == 1)
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.map(\.path) == ["a.md"])
    }

    /// A file error rejects that file alone; a value error drops only the value, and the note is kept.
    @Test func aBadNoteIsRejectedAloneAndTheOthersAreKept() throws {
        let caseload = try read([
            "a.md": note(session: 1),
            "b.md": note(session: 2, extra: "goals:\n  - id: g\n    statement: S\n    progress: 11\n"),
            "c.md": note(session: 3),
            "d.md": "---\nclient: C-1\n",
            "e.md": plan(),
        ])
        #expect(caseload.notes.map(\.path) == ["a.md", "b.md", "c.md"])
        #expect(caseload.notes[1].goals.map(\.id) == ["g"])
        #expect(caseload.notes[1].goals[0].progress == nil)
        #expect(caseload.notes[1].goals[0].statement == "S")
        #expect(caseload.plans.map(\.path) == ["e.md"])
        #expect(caseload.fileCount == 5)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            "d.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out",
        ])
    }

    @Test func diagnosticsAreSortedByPathThenLine() throws {
        let caseload = try read([
            "z.md": "no front matter\n",
            "b.md": note(extra: "mood: 1\nsession: 0\n"),
            "a/x.md": note(session: 1, extra: "clincian: A\n"),
            "B.md": "---\nclient: C-9\n",
            "a.md": note("C-2", extra: "goals:\n  - id: g\n    statement: S\n    gas: 9\nmeasures:\n  PHQ-9: 40\n"),
        ])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "B.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out",
            "a.md:7: error: 'gas' must be between -2 and 2, got 9: this GAS level is left out",
            "a.md:9: error: 'PHQ-9 score' must be between 0 and 27, got 40: this score is left out",
            "a/x.md:5: warning: unknown key 'clincian' in a session note (did you mean 'clinician'?)",
            "b.md:4: warning: unknown key 'mood' in a session note",
            "b.md:5: error: 'session' must be at least 1, got 0: the session number is left out",
            "z.md: warning: no front matter: not a note, skipped",
        ])
        #expect(caseload.diagnostics == caseload.diagnostics.sorted())
    }

    @Test func diagnosticOrderingPutsNoLineFirstThenLineThenMessage() {
        let unsorted: [Diagnostic] = [
            .warning("b.md", 3, "zeta"), .error("b.md", 3, "alpha"), .error("b.md", nil, "missing"),
            .warning("a.md", 12, "x"), .warning("a.md", 2, "y"), .error("B.md", 40, "upper case first"),
        ]
        #expect(unsorted.sorted().map(\.formatted) == [
            "B.md:40: error: upper case first",
            "a.md:2: warning: y",
            "a.md:12: warning: x",
            "b.md: error: missing",
            "b.md:3: error: alpha",
            "b.md:3: warning: zeta",
        ])
    }

    // MARK: Duplicate sessions

    @Test(arguments: [
        (3, 3, " (session 3)"),
        (3, nil, ""),
        (nil, 3, " (session 3)"),
        (nil, nil, ""),
    ] as [(Int?, Int?, String)])
    func sameClientDateAndSessionNumberIsADuplicate(first: Int?, second: Int?, label: String) throws {
        let caseload = try read([
            "C-1/b.md": note(session: second),
            "C-1/a.md": note(session: first),
        ])
        #expect(caseload.notes.map(\.path) == ["C-1/a.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-1/b.md:3: error: another note for client C-1 on 2026-10-07\(label) already exists: C-1/a.md: this one is left out",
        ])
        let diagnostic = try #require(caseload.diagnostics.first)
        #expect(diagnostic.client == "C-1")
        #expect(diagnostic.date == Day(iso: "2026-10-07"))
        #expect(diagnostic.line == 3)  // the later note's `date` line
    }

    @Test func differentSessionNumbersOnOneDayAreBothKept() throws {
        let caseload = try read(["a.md": note(session: 3), "b.md": note(session: 4)])
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.map(\.path) == ["a.md", "b.md"])
    }

    @Test func otherClientsAndOtherDatesAreNotDuplicates() throws {
        let caseload = try read([
            "a.md": note("C-1"), "b.md": note("C-2"), "c.md": note("C-3"), "d.md": note("C-1", "2026-10-08"),
        ])
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.count == 4)
    }

    @Test func theLaterPathInByteOrderIsTheDuplicate() throws {
        // "-" sorts before ".", so the copy comes first and the plain name is the later path.
        let caseload = try read([
            "C-1/2026-10-07.md": note(session: 1),
            "C-1/2026-10-07-copy.md": note(session: 1),
        ])
        #expect(caseload.notes.map(\.path) == ["C-1/2026-10-07-copy.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-1/2026-10-07.md:3: error: another note for client C-1 on 2026-10-07 (session 1) already exists: C-1/2026-10-07-copy.md: this one is left out",
        ])
    }

    @Test func upperCaseSortsBeforeLowerCase() throws {
        let caseload = try read(["a.md": note(), "B.md": note()])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:3: error: another note for client C-1 on 2026-10-07 already exists: B.md: this one is left out",
        ])
    }

    @Test func threeCopiesGiveTwoErrorsAgainstTheFirst() throws {
        let caseload = try read(["a.md": note(session: 2), "b.md": note(), "c.md": note(session: 2)])
        #expect(caseload.notes.map(\.path) == ["a.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:3: error: another note for client C-1 on 2026-10-07 already exists: a.md: this one is left out",
            "c.md:3: error: another note for client C-1 on 2026-10-07 (session 2) already exists: a.md: this one is left out",
        ])
    }

    @Test func aRejectedNoteDoesNotMakeTheNextADuplicate() throws {
        let caseload = try read(["a.md": note(session: 1, extra: "energy: 1\nattendance: late\n"), "b.md": note(session: 1)])
        #expect(caseload.notes.map(\.path) == ["b.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:5: warning: unknown key 'energy' in a session note",
            "a.md:6: error: 'attendance' must be one of attended, cancelled, no-show, got 'late': the file is left out",
        ])
    }

    @Test func aCancelledNoteCountsForTheDuplicateRule() throws {
        let caseload = try read(["a.md": note(extra: "attendance: cancelled\n"), "b.md": note(session: 7)])
        #expect(caseload.notes.map(\.path) == ["a.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:3: error: another note for client C-1 on 2026-10-07 (session 7) already exists: a.md: this one is left out",
        ])
    }

    // MARK: Duplicate plans

    @Test func twoPlansWithTheSameStart() throws {
        let caseload = try read(["C-1/plan-b.md": plan(), "C-1/plan-a.md": plan(), "C-2/plan.md": plan("C-2")])
        #expect(caseload.plans.map(\.path) == ["C-1/plan-a.md", "C-2/plan.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-1/plan-b.md:4: error: another plan for client C-1 starting 2026-08-01 already exists: C-1/plan-a.md: this one is left out",
        ])
        #expect(caseload.diagnostics.first?.client == "C-1")
        #expect(caseload.diagnostics.first?.date == Day(iso: "2026-08-01"))
    }

    @Test func plansWithDifferentStartsAreBothKept() throws {
        let caseload = try read(["p2.md": plan(start: "2027-01-01"), "p1.md": plan()])
        #expect(caseload.diagnostics == [])
        #expect(caseload.plans.map(\.path) == ["p1.md", "p2.md"])
    }

    @Test func aPlanAndANoteOnTheSameDayAreNotDuplicates() throws {
        let caseload = try read(["n.md": note("C-1", "2026-08-01"), "p.md": plan()])
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.count == 1)
        #expect(caseload.plans.count == 1)
    }

    // MARK: Cross-file warnings of section 5

    @Test func goalFirstSeenWithoutAStatement() throws {
        let caseload = try read([
            "a.md": note(extra: "goals:\n  - id: sleep-well\n    progress: 3\n"),
            "b.md": note("C-1", "2026-10-14", extra: "goals:\n  - id: sleep-well\n    progress: 4\n"),
        ])
        #expect(caseload.notes.count == 2)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:5: warning: goal 'sleep-well' is first seen without a statement: add 'statement' so reports can say what the goal is",
        ])
        #expect(caseload.diagnostics.first?.client == "C-1")
        #expect(caseload.diagnostics.first?.date == Day(iso: "2026-10-07"))
    }

    @Test func revisedFromDifferingFromTheLastStatement() throws {
        let caseload = try read([
            "a.md": note(extra: "goals:\n  - id: g\n    statement: Feel calmer\n"),
            "b.md": note("C-1", "2026-10-14", extra: "goals:\n  - id: g\n    statement: Breathe slowly\n    revised:\n      from: Be calmer\n      reason: Clearer\n"),
        ])
        #expect(caseload.notes.count == 2)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:8: warning: 'revised.from' of goal 'g' differs from its last statement \"Feel calmer\"",
        ])
    }

    // MARK: Unreadable files and folders

    private struct FailingSource: NoteSource {
        struct Failure: Error, CustomStringConvertible {
            var description: String
        }

        func candidatePaths() throws -> [String] { ["a.md", "b.md", "c.md"] }

        func bytes(at path: String) throws -> [UInt8] {
            switch path {
            case "b.md": throw Failure(description: "the disk is on fire")
            case "c.md": throw ReadError(reason: ReadError.words(EACCES))  // what FolderNoteSource throws
            default: return Array(note().utf8)
            }
        }
    }

    @Test func anUnreadableFileIsAnErrorWithoutALine() throws {
        let caseload = try Caseload.read(from: FailingSource())
        #expect(caseload.notes.map(\.path) == ["a.md"])
        #expect(caseload.fileCount == 3)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md: error: cannot read file: the disk is on fire",
            "c.md: error: cannot read file: permission denied",
        ])
    }

    private struct UnlistableSource: NoteSource {
        struct Failure: Error {}
        func candidatePaths() throws -> [String] { throw Failure() }
        func bytes(at path: String) throws -> [UInt8] { [] }
    }

    @Test func anUnlistableSourceThrows() {
        #expect(throws: UnlistableSource.Failure.self) { try Caseload.read(from: UnlistableSource()) }
    }

    @Test func declaredAreasReachTheParser() throws {
        let texts = ["a.md": note(extra: "goals: [sleep-hygiene]\n")]
        let plain = try read(texts)
        #expect(plain.diagnostics.map(\.formatted) == ["a.md:4: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml"])
        var configuration = Configuration()
        configuration.areas = ["sleep-hygiene": "Sleep hygiene"]
        let declared = try Caseload.read(from: InMemoryNoteSource(texts: texts), parser: NoteParser(configuration: configuration))
        #expect(declared.diagnostics == [])
    }
}

// MARK: - Reading real folders

@Suite struct CaseloadFolderTests {
    private func fixtureFolder() throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("parsing/caseload")
    }

    @Test func candidatesOfTheFixtureFolder() throws {
        let source = FolderNoteSource(root: try fixtureFolder())
        #expect(try source.candidatePaths() == [
            "C-0142/2026-10-07.md", "C-0142/2026-10-07b.md", "C-0142/2026-10-14-evening.md", "C-0142/2026-10-14.md",
            "C-0142/bad-progress.md", "C-0142/plan.md", "C-0142/plan2.md",
            "C-0305/2026-10-07.markdown", "C-0305/latin1.md", "README.md",
        ])
    }

    @Test func hiddenFixturesReallyExist() throws {
        // The skipped files must be present for the folder tests to mean anything.
        let folder = try fixtureFolder()
        for path in [".obsidian/workspace.md", "C-0142/.draft.md", "notes.txt", "C-0305/2026-10-21.md.bak"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
        // Read on their own, the hidden files would be errors.
        let draft = try Data(contentsOf: folder.appendingPathComponent("C-0142/.draft.md"))
        #expect(NoteParser().parse(path: "C-0142/.draft.md", bytes: Array(draft)).diagnostics.map(\.severity) == [.error])
    }

    @Test func readsTheFixtureFolder() throws {
        let caseload = try Caseload.read(from: FolderNoteSource(root: try fixtureFolder()))
        #expect(caseload.fileCount == 10)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-0142/2026-10-07b.md:3: error: another note for client C-0142 on 2026-10-07 already exists: C-0142/2026-10-07.md: this one is left out",
            "C-0142/bad-progress.md:6: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            "C-0142/plan2.md:4: error: another plan for client C-0142 starting 2026-08-01 already exists: C-0142/plan.md: this one is left out",
            "C-0305/latin1.md:4: error: not UTF-8 text (save the note as UTF-8): the file is left out",
            "README.md: warning: no front matter: not a note, skipped",
            "notes.txt: warning: looks like a note but its name does not end in .md, so it is not read: rename it to .md to include it",
        ])
        #expect(caseload.notes.map(\.path) == [
            "C-0305/2026-10-07.markdown", "C-0142/2026-10-07.md", "C-0142/2026-10-14.md", "C-0142/2026-10-14-evening.md",
            "C-0142/bad-progress.md",
        ])
        #expect(caseload.plans.map(\.path) == ["C-0142/plan.md"])
        #expect(caseload.clients == ["C-0142", "C-0305"])
        let first = try #require(caseload.notes.first { $0.path == "C-0142/2026-10-07.md" })
        #expect(first.body.sections.map(\.line) == [11])
        #expect(first.body.tagged.map(\.tags) == [["paced-breathing"]])
        #expect(caseload.notes.first { $0.path == "C-0142/2026-10-14-evening.md" }?.attendance == .noShow)
    }

    // MARK: Temporary folders

    private final class TemporaryFolder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("headway-parsing-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        func link(_ path: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(path).path,
                                                       withDestinationPath: url.appendingPathComponent(destination).path)
        }
    }

    @Test func hiddenFilesAndFoldersAndOtherExtensionsAreSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("C-1/2026-10-07.md", note())
        try folder.write("C-1/.2026-10-08.md", "---\nunclosed\n")
        try folder.write(".obsidian/workspace.md", "---\nunclosed\n")
        try folder.write("C-1/.git/x/HEAD.md", "---\nunclosed\n")
        try folder.write("C-1/notes.txt", "---\nunclosed\n")
        try folder.write("C-1/notes.md~", "---\nunclosed\n")
        try folder.write("deep/er/still/2026-10-08.markdown", note("C-2", "2026-10-08"))
        try folder.write("week.md/2026-10-09.md", note("C-3", "2026-10-09"))
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.fileCount == 3)
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.map(\.path) == ["C-1/2026-10-07.md", "deep/er/still/2026-10-08.markdown", "week.md/2026-10-09.md"])
    }

    @Test func symbolicLinksToFoldersAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        try folder.write("real/2026-10-07.md", note())
        try folder.link("linked", to: "real")
        try folder.link("linked.md", to: "real")
        let source = FolderNoteSource(root: folder.url)
        #expect(try source.candidatePaths() == ["real/2026-10-07.md"])
        let caseload = try Caseload.read(from: source)
        #expect(caseload.diagnostics == [])
        #expect(caseload.notes.map(\.path) == ["real/2026-10-07.md"])
    }

    @Test func symbolicLinkToAFileIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("elsewhere/source.txt", note("C-5"))
        try folder.link("C-5.md", to: "elsewhere/source.txt")
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.notes.map(\.path) == ["C-5.md"])
        #expect(caseload.notes.map(\.client) == ["C-5"])
    }

    @Test func aBrokenLinkIsAnUnreadableFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", note())
        try folder.link("b.md", to: "missing.md")
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.notes.map(\.path) == ["a.md"])
        #expect(caseload.diagnostics.count == 1)
        let diagnostic = try #require(caseload.diagnostics.first)
        #expect(diagnostic.path == "b.md")
        #expect(diagnostic.line == nil)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.hasPrefix("cannot read file: "))
    }

    @Test("a folder that cannot be listed (nested past PATH_MAX, which stops root too) is one error; the rest is read")
    func anUnlistableFolderIsReportedAndTheRestRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("C-1/2026-10-07.md", note())
        // Eighteen levels of 250-character names: the deepest paths are longer than PATH_MAX (4,096 bytes),
        // so opendir fails with ENAMETOOLONG. Made and removed with *at() calls, relative to an open folder.
        let name = String(repeating: "d", count: 250)
        var descriptors = [open(folder.url.path, O_RDONLY | O_DIRECTORY)]
        defer {
            for (level, descriptor) in descriptors.enumerated().reversed() {
                if level + 1 < descriptors.count { unlinkat(descriptor, name, AT_REMOVEDIR) }
                close(descriptor)
            }
        }
        for _ in 0..<18 {
            try #require(mkdirat(descriptors.last!, name, 0o700) == 0)
            let next = openat(descriptors.last!, name, O_RDONLY | O_DIRECTORY)
            try #require(next >= 0)
            descriptors.append(next)
        }
        let listing = try FolderNoteSource(root: folder.url).listing()
        #expect(listing.paths == ["C-1/2026-10-07.md"])
        let unreadable = try #require(listing.unreadableFolders.first)
        #expect(listing.unreadableFolders.count == 1)
        #expect(unreadable.reason == "File name too long")
        #expect(unreadable.path.hasPrefix(name + "/" + name + "/"))
        #expect((folder.url.path + "/" + unreadable.path).utf8.count >= 4096)

        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.notes.map(\.path) == ["C-1/2026-10-07.md"])
        #expect(caseload.fileCount == 1)
        #expect(caseload.diagnostics.map(\.message) == ["cannot read folder: File name too long; the notes in it are left out"])
        #expect(caseload.diagnostics.first?.path == unreadable.path)
        #expect(caseload.diagnostics.first?.severity == .error)
    }

    @Test func aMissingFolderCannotBeRead() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("headway-missing-\(UUID().uuidString)")
        #expect(throws: (any Error).self) { try Caseload.read(from: FolderNoteSource(root: missing)) }
    }

    @Test func anEmptyFolderIsAnEmptyCaseload() throws {
        let folder = try TemporaryFolder()
        let caseload = try Caseload.read(from: FolderNoteSource(root: folder.url))
        #expect(caseload.fileCount == 0)
        #expect(caseload.notes.isEmpty)
        #expect(caseload.plans.isEmpty)
        #expect(caseload.diagnostics.isEmpty)
        #expect(caseload.clients == [])
    }

    @Test func bytesAreReadUnchanged() throws {
        let folder = try TemporaryFolder()
        let text = "\u{FEFF}---\r\nclient: C-1\r\ndate: 2026-10-07\r\n---\r\nCafé\r\n"
        try folder.write("n.md", text)
        #expect(try FolderNoteSource(root: folder.url).bytes(at: "n.md") == Array(text.utf8))
    }
}
