import Foundation
import Testing
@testable import HeadwayKit

/// `IncrementalBatch` in process, without inotify: after each edit of a copy of the vault fixture and
/// an update naming what changed, the output folder is byte for byte what a fresh batch writes.
@Suite struct IncrementalBatchTests {
    static let vault = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("HeadwayCLITests/Fixtures/vault")
    static let request = ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.markdown, .html, .json])

    /// A scratch copy of the vault (`notes`) and the folders the batches write.
    final class Scratch {
        let root: URL
        var notes: URL { root.appendingPathComponent("notes") }
        var output: URL { root.appendingPathComponent("out") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("headway-watch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: IncrementalBatchTests.vault, to: notes)
        }

        func write(_ relative: String, _ text: String) throws {
            let url = notes.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func read(_ relative: String) throws -> String {
            try String(contentsOf: notes.appendingPathComponent(relative), encoding: .utf8)
        }

        func replace(_ relative: String, _ old: String, with new: String) throws {
            let text = try read(relative)
            #expect(text.contains(old), "\(relative) holds \(old)")
            try write(relative, text.replacingOccurrences(of: old, with: new))
        }

        /// The pipeline over the notes as they are now, with their headway.yml.
        func pipeline() throws -> Pipeline {
            let text = try String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8)
            let configuration = try ConfigurationParser.parse(text, path: "headway.yml").get()
            let source = FolderNoteSource(root: notes, exclude: configuration.exclude, excludeBase: notes)
            return Pipeline(source: source, notesFolder: notes.path, configuration: configuration)
        }

        /// A fresh batch of the notes as they are now into a new empty folder.
        func freshBatch(_ label: String) throws -> URL {
            let folder = root.appendingPathComponent("fresh-\(label)")
            let sink = FolderSink(path: folder.path, notesFolder: notes.path)
            _ = try pipeline().run(IncrementalBatchTests.request, templates: TemplateSet(), into: sink)
            return folder
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    /// Every folder and file below `root` by relative path, files with their bytes.
    static func tree(_ root: URL) throws -> [String: Data?] {
        var tree: [String: Data?] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            var isFolder: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            tree[relative] = isFolder.boolValue ? nil : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return tree
    }

    static func expectSameTree(_ watched: URL, _ fresh: URL, _ step: String) throws {
        let (ours, theirs) = (try tree(watched), try tree(fresh))
        #expect(Set(ours.keys) == Set(theirs.keys), "\(step): the same files and folders")
        for (path, data) in theirs where ours[path] != data {
            Issue.record("\(step): \(path) differs from a fresh batch's")
        }
    }

    static let newNote = """
        ---
        client: C-0202
        date: 2026-11-06
        clinician: A. Rivera
        goals:
          - id: reconnect
            progress: 6
        ---
        ## Wins

        - Met a neighbour
        """

    @Test("after each edit of a sequence, the output is byte for byte a fresh batch's")
    func sequence() throws {
        let scratch = try Scratch()
        let sink = FolderSink(path: scratch.output.path, notesFolder: scratch.notes.path)
        let batch = try IncrementalBatch(pipeline: scratch.pipeline(), request: Self.request, templates: TemplateSet(), sink: sink)
        _ = try batch.start()
        try Self.expectSameTree(scratch.output, try scratch.freshBatch("start"), "start")
        let sam = "Clients/Sam Ortiz", riley = "Clients/Riley"
        let steps: [(String, () throws -> Set<String>)] = [
            ("edit a rating", {
                try scratch.replace("\(sam)/2026-10-16.md", "progress: 4", with: "progress: 7")
                return ["\(sam)/2026-10-16.md"]
            }),
            ("a discharge note ends Sam's episode", {
                try scratch.write("\(sam)/2026-10-31 discharge.md", "---\ntype: discharge\nclient: C-0202\ndate: 2026-10-31\nreason: completed\n---\n")
                return ["\(sam)/2026-10-31 discharge.md"]
            }),
            ("the discharge note removed", {
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("\(sam)/2026-10-31 discharge.md"))
                return ["\(sam)/2026-10-31 discharge.md"]
            }),
            ("add a note in a new month", {
                try scratch.write("\(sam)/2026-11-06.md", Self.newNote)
                return ["\(sam)/2026-11-06.md"]
            }),
            ("save by rename", {
                let text = try scratch.read("\(riley)/2026-10-12.md").replacingOccurrences(of: "Named three strengths.", with: "Named four strengths.")
                try scratch.write("\(riley)/.2026-10-12.md.swp", text)
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("\(riley)/2026-10-12.md"))
                try FileManager.default.moveItem(at: scratch.notes.appendingPathComponent("\(riley)/.2026-10-12.md.swp"),
                                                 to: scratch.notes.appendingPathComponent("\(riley)/2026-10-12.md"))
                return ["\(riley)/.2026-10-12.md.swp", "\(riley)/2026-10-12.md"]
            }),
            ("delete the only note of a month", {
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("\(sam)/2026-11-06.md"))
                return ["\(sam)/2026-11-06.md"]
            }),
            ("a note moves to another client", {
                try scratch.replace("\(sam)/2026-10-23.md", "client: C-0202", with: "client: C-0203")
                return ["\(sam)/2026-10-23.md"]
            }),
            ("a note file moves to another folder", {
                try FileManager.default.moveItem(at: scratch.notes.appendingPathComponent("\(sam)/2026-10-23.md"),
                                                 to: scratch.notes.appendingPathComponent("\(riley)/2026-10-23.md"))
                return ["\(sam)/2026-10-23.md", "\(riley)/2026-10-23.md"]
            }),
            ("an error", {
                try scratch.replace("\(sam)/2026-10-16.md", "progress: 7", with: "progress: eleven")
                return ["\(sam)/2026-10-16.md"]
            }),
            ("the error fixed", {
                try scratch.replace("\(sam)/2026-10-16.md", "progress: eleven", with: "progress: 5")
                return ["\(sam)/2026-10-16.md"]
            }),
            ("a copy of a note, sorting before it", {
                try scratch.write("\(sam)/2026-10-16 copy.md", try scratch.read("\(sam)/2026-10-16.md"))
                return ["\(sam)/2026-10-16 copy.md"]
            }),
            ("the copy removed", {
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("\(sam)/2026-10-16 copy.md"))
                return ["\(sam)/2026-10-16 copy.md"]
            }),
            ("a client id naming another client's report folder", {
                try scratch.write("Clients/Other/2026-10-20.md", Self.newNote.replacingOccurrences(of: "C-0202", with: "c-0202")
                    .replacingOccurrences(of: "2026-11-06", with: "2026-10-20"))
                return ["Clients/Other/2026-10-20.md"]
            }),
            ("the clashing id gone", {
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("Clients/Other"))
                return ["Clients/Other"]
            }),
            ("a near miss: a note saved as .txt", {
                try scratch.write("\(sam)/2026-10-30.txt", Self.newNote.replacingOccurrences(of: "2026-11-06", with: "2026-10-30"))
                return ["\(sam)/2026-10-30.txt"]
            }),
            ("a new client folder", {
                try scratch.write("Clients/Kim/2026-10-20.md", Self.newNote.replacingOccurrences(of: "C-0202", with: "C-0300")
                    .replacingOccurrences(of: "2026-11-06", with: "2026-10-20"))
                return ["Clients/Kim"]
            }),
            ("a client's only folder removed", {
                try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("Clients/Kim"))
                return ["Clients/Kim"]
            }),
        ]
        for (step, edit) in steps {
            let update = try batch.update(try edit())
            #expect(update.written.contains("index.md"), "\(step): the index is rewritten")
            let index = try String(contentsOf: scratch.output.appendingPathComponent("index.md"), encoding: .utf8)
            #expect(index.contains("| Finished episodes | 1 | |") == step.hasPrefix("a discharge note"), "\(step): the finished episode counted while discharged")
            try Self.expectSameTree(scratch.output, try scratch.freshBatch(step), step)
        }
        try scratch.replace("headway.yml", "  - \"_templates/**\"", with: "  - \"_templates/**\"\n  - \"Clients/Riley/**\"")
        _ = try batch.restart(pipeline: try scratch.pipeline(), request: Self.request)
        try Self.expectSameTree(scratch.output, try scratch.freshBatch("configuration"), "headway.yml changed")
    }

    @Test("with csv, after an edit the CSV tables are a fresh batch's, with the new rating")
    func csvTables() throws {
        let scratch = try Scratch()
        var request = Self.request
        request.formats.append(.csv)
        let sink = FolderSink(path: scratch.output.path, notesFolder: scratch.notes.path)
        let batch = try IncrementalBatch(pipeline: scratch.pipeline(), request: request, templates: TemplateSet(), sink: sink)
        _ = try batch.start()
        let ratings = scratch.output.appendingPathComponent("ratings.csv")
        let before = try String(contentsOf: ratings, encoding: .utf8)
        #expect(before.contains("C-0202,2026-10-16,"), "\(before)")
        try scratch.replace("Clients/Sam Ortiz/2026-10-16.md", "progress: 4", with: "progress: 7")
        let update = try batch.update(["Clients/Sam Ortiz/2026-10-16.md"])
        #expect(update.written.contains("ratings.csv") && update.written.contains("scores.csv") && update.written.contains("goals.csv"))
        let after = try String(contentsOf: ratings, encoding: .utf8)
        #expect(after != before, "the edited rating is in ratings.csv")
        let folder = scratch.root.appendingPathComponent("fresh-csv")
        _ = try scratch.pipeline().run(request, templates: TemplateSet(), into: FolderSink(path: folder.path, notesFolder: scratch.notes.path))
        for table in ["scores.csv", "ratings.csv", "goals.csv"] {
            #expect(try Data(contentsOf: scratch.output.appendingPathComponent(table)) == (try Data(contentsOf: folder.appendingPathComponent(table))),
                    "\(table) is a fresh batch's")
        }
        try Self.expectSameTree(scratch.output, folder, "csv")
    }

    @Test("an edit re-renders only its client, and names what it changed, wrote and removed")
    func onlyTheAffectedClient() throws {
        let scratch = try Scratch()
        let sink = FolderSink(path: scratch.output.path, notesFolder: scratch.notes.path)
        let batch = try IncrementalBatch(pipeline: scratch.pipeline(), request: Self.request, templates: TemplateSet(), sink: sink)
        _ = try batch.start()
        try scratch.write("Clients/Sam Ortiz/2026-11-06.md", Self.newNote)
        let added = try batch.update(["Clients/Sam Ortiz/2026-11-06.md"])
        #expect(added.changed == ["Clients/Sam Ortiz/2026-11-06.md"])
        #expect(added.clients == ["C-0202"])
        #expect(added.written.filter { !$0.hasPrefix("index.") }.allSatisfy { $0.hasPrefix("C-0202/") })
        #expect(added.written.contains("C-0202/2026-11.md"))
        #expect(added.removed.isEmpty)
        try FileManager.default.removeItem(at: scratch.notes.appendingPathComponent("Clients/Sam Ortiz/2026-11-06.md"))
        let removed = try batch.update(["Clients/Sam Ortiz/2026-11-06.md"])
        #expect(removed.removed == ["C-0202/2026-11.html", "C-0202/2026-11.json", "C-0202/2026-11.md"])
        let untouched = try batch.update([])
        #expect(untouched.clients.isEmpty && untouched.changed.isEmpty)
    }

    @Test("an error's diagnostic is new in its update, and counted as a fresh batch counts it")
    func errors() throws {
        let scratch = try Scratch()
        let sink = FolderSink(path: scratch.output.path, notesFolder: scratch.notes.path)
        let batch = try IncrementalBatch(pipeline: scratch.pipeline(), request: Self.request, templates: TemplateSet(), sink: sink)
        let first = try batch.start()
        try scratch.replace("Clients/Sam Ortiz/2026-10-16.md", "progress: 4", with: "progress: eleven")
        let update = try batch.update(["Clients/Sam Ortiz/2026-10-16.md"])
        #expect(update.newDiagnostics.map(\.path) == ["Clients/Sam Ortiz/2026-10-16.md"])
        #expect(update.errorCount == first.errorCount + 1)
        #expect(update.errorCount == (try scratch.pipeline().run(Self.request, templates: TemplateSet(),
                                                                   into: InMemorySink())).errorCount)
    }

    @Test("a measure the plan's measure-every asks for, missed and then added: the index's reason comes and goes as in a fresh batch")
    func scheduledGap() throws {
        let scratch = try Scratch()
        let sink = FolderSink(path: scratch.output.path, notesFolder: scratch.notes.path)
        let batch = try IncrementalBatch(pipeline: scratch.pipeline(), request: Self.request, templates: TemplateSet(), sink: sink)
        _ = try batch.start()
        let kim = "Clients/Kim"
        try scratch.write("\(kim)/plan.md", "---\ntype: plan\nclient: C-0300\nstart: 2026-10-01\nmeasure-every: { GAD-7: 2 }\n---\n")
        for (day, gad) in [("05", true), ("12", false), ("19", false)] {
            try scratch.write("\(kim)/2026-10-\(day).md", "---\nclient: C-0300\ndate: 2026-10-\(day)\n" + (gad ? "measures: { GAD-7: 9 }\n" : "") + "---\n")
        }
        let reason = "[C-0300](C-0300/2026-10.md): GAD-7 due by measure-every and missing at 1 of the last 3 attended sessions"
        _ = try batch.update([kim])
        #expect(try String(contentsOf: scratch.output.appendingPathComponent("index.md"), encoding: .utf8).contains(reason))
        try Self.expectSameTree(scratch.output, try scratch.freshBatch("gap"), "a scheduled gap")
        try scratch.write("\(kim)/2026-10-19.md", "---\nclient: C-0300\ndate: 2026-10-19\nmeasures: { GAD-7: 8 }\n---\n")
        _ = try batch.update(["\(kim)/2026-10-19.md"])
        #expect(!(try String(contentsOf: scratch.output.appendingPathComponent("index.md"), encoding: .utf8).contains("C-0300](C-0300/2026-10.md): ")))
        try Self.expectSameTree(scratch.output, try scratch.freshBatch("scored"), "the gap scored")
    }
}
