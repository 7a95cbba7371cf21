import Foundation
import Testing
@testable import HeadwayKit

/// A batch read in waves (`CaseloadSurvey`): however small its waves, it writes what one wave of the
/// whole folder writes, and says the same of the caseload.
@Suite struct PipelineWavesTests {
    static func note(_ client: String, _ date: String, before: String = "", extra: String = "") -> String {
        "---\n\(before)client: \(client)\ndate: \(date)\nattendance: attended\nmeasures:\n  PHQ-9: 12\n\(extra)---\n## Summary\nTalked about the week of \(date).\n"
    }

    /// Several clients, ids that clash on a report folder (`A-1` and `a-1`, `B-2.` and `b-2`), files whose
    /// client only a parse tells (a quoted value first, YAML that cannot be read, no front matter), an
    /// unreadable file, a duplicate note, a plan, a review and a discharge note, and near misses.
    static let texts: [String: String] = [
        "A-1/2026-10-01.md": note("A-1", "2026-10-01"),
        "A-1/2026-10-08.md": note("A-1", "2026-10-08"),
        "a-1/2026-10-02.md": note("a-1", "2026-10-02"),
        "B-2./2026-10-03.md": note("B-2.", "2026-10-03"),
        "b-2/2026-10-04.md": note("b-2", "2026-10-04"),
        "C-3/2026-10-01.md": note("C-3", "2026-10-01"),
        "C-3/2026-10-08.md": note("C-3", "2026-10-08", before: "title: \"Session 2\"\n"),
        "C-3/2026-10-15.md": note("C-3", "2026-10-15", extra: "safety: [\n"),
        "C-3/copy.md": note("C-3", "2026-10-01"),
        "C-3/plan.md": "---\ntype: plan\nclient: C-3\nstart: 2026-09-20\ngoals:\n  - id: sleep\n    target: 8\n    target-date: 2026-12-31\n---\n",
        "C-3/review.md": "---\ntype: review\nclient: C-3\ndate: 2026-10-20\n---\n",
        "D-4/2026-10-05.md": note("D-4", "2026-10-05"),
        "D-4/2026-10-12.md": note("D-4", "2026-10-12"),
        "D-4/discharge.md": "---\ntype: discharge\nclient: D-4\ndate: 2026-10-19\n---\n",
        "E-5/discharge.md": "---\ntype: discharge\nclient: E-5\ndate: 2026-10-19\n---\n",
        "F-6/2026-10-06.md": note("F-6", "2026-10-06", before: "tags: ['x']\n"),
        "F-6/2026-10-13.md": "---\nclient: F-6\ndate: 2026-10-13\nmeasures: {\n---\n",
        "misc/readme.md": "# Not a note\n",
        "misc/no-client.md": "---\ndate: 2026-10-01\n---\n",
        "misc/gone.md": note("G-7", "2026-10-01"),
        "C-3/2026-10-22.txt": note("C-3", "2026-10-22"),
        "H-8/2026-10-22.txt": note("H-8", "2026-10-22"),
    ]

    static func pipeline(filesPerWave: Int) -> Pipeline {
        var pipeline = Pipeline(source: UnreadableSource(InMemoryNoteSource(texts: texts), unreadable: ["misc/gone.md"]), notesFolder: "notes")
        pipeline.filesPerWave = filesPerWave
        return pipeline
    }

    static func batch(_ partition: Partition? = nil) -> ReportRequest {
        ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.markdown, .html, .json, .csv], partition: partition)
    }

    @Test("a batch in waves of 1, 2 or 3 files writes the files of one wave, with the same outcome", arguments: [1, 2, 3])
    func smallWavesEqualOneWave(filesPerWave: Int) throws {
        let whole = InMemorySink(), waves = InMemorySink()
        let one = try Self.pipeline(filesPerWave: 1_000).run(Self.batch(), templates: TemplateSet(), into: whole)
        let many = try Self.pipeline(filesPerWave: filesPerWave).run(Self.batch(), templates: TemplateSet(), into: waves)
        #expect(waves.files == whole.files)
        #expect(many.files == one.files)
        #expect(many.failures == one.failures)
        #expect(many.reports == one.reports)
        #expect(many.summary.diagnostics == one.summary.diagnostics)
        #expect(many.summary.clients == one.summary.clients)
        #expect(many.summary.clientsNeedingAttention == one.summary.clientsNeedingAttention)
        #expect(whole.text("index.md")?.contains("a-1") == true, "a clashing client is listed with its errors")
    }

    @Test("the summary of a batch in waves is that of the whole caseload read at once")
    func summaryOfWholeCaseload() throws {
        let pipeline = Self.pipeline(filesPerWave: 1)
        let caseload = try pipeline.read()
        let outcome = try pipeline.run(Self.batch(), templates: TemplateSet(), into: InMemorySink())
        #expect(outcome.summary.diagnostics == caseload.diagnostics)
        #expect(outcome.summary.clients == caseload.clients)
        #expect((outcome.summary.fileCount, outcome.summary.noteCount, outcome.summary.planCount)
                == (caseload.fileCount, caseload.notes.count, caseload.plans.count))
        #expect(outcome.summary.clientsNeedingAttention == caseload.clientsNeedingAttention)
        #expect(outcome.summary.clients.allSatisfy { outcome.summary.errorCount(of: $0) == caseload.errorCount(of: $0) })
        #expect(outcome.summary.diagnostics.contains { $0.path == "misc/gone.md" }, "the unreadable file's error is kept")
        #expect(outcome.summary.diagnostics.contains { $0.path == "H-8/2026-10-22.txt" }, "a near miss of a client with no file is kept")
    }

    @Test("check in waves of 1 file says what a check of the whole caseload read at once says")
    func checkInWaves() throws {
        let pipeline = Self.pipeline(filesPerWave: 1)
        let caseload = try pipeline.read()
        let expected = (caseload.diagnostics + PlanFindings.diagnostics(caseload, options: ReportOptions(configuration: pipeline.configuration))).sorted()
        let summary = try pipeline.check()
        #expect(summary.diagnostics == expected)
        #expect(expected.contains { $0.message.contains("plan goal 'sleep'") }, "the fixture has a plan finding: \(expected.map(\.formatted))")
        #expect(summary.clients == caseload.clients)
        #expect(summary.clientsNeedingAttention == caseload.clientsNeedingAttention)
        #expect((summary.fileCount, summary.noteCount, summary.planCount) == (caseload.fileCount, caseload.notes.count, caseload.plans.count))
    }

    @Test("the clients listed in waves of 1 file are those of the whole caseload read at once, in its order")
    func clientsInWaves() throws {
        let pipeline = Self.pipeline(filesPerWave: 1)
        let caseload = try pipeline.read()
        let (clients, summary) = try pipeline.clientSummaries()
        #expect(clients == caseload.clientSummaries)
        #expect(clients.count > 1 && clients.map(\.client) == summary.clients, "\(clients.map(\.client))")
        #expect(summary.diagnostics == caseload.diagnostics)
    }

    @Test("shards of a batch in waves of 1 file write what shards of one wave write")
    func shardsInWaves() throws {
        for number in 1...2 {
            let partition = Partition(selection: .shard(Shard(number: number, of: 2)!), fingerprint: "f", templates: "default")
            let whole = InMemorySink(), waves = InMemorySink()
            let one = try Self.pipeline(filesPerWave: 1_000).run(Self.batch(partition), templates: TemplateSet(), into: whole)
            let many = try Self.pipeline(filesPerWave: 1).run(Self.batch(partition), templates: TemplateSet(), into: waves)
            #expect(waves.files == whole.files)
            #expect(many.files == one.files)
            #expect(many.summary.diagnostics == one.summary.diagnostics)
        }
    }

    @Test("a shard parses only its clients' report folders; the shards together write and say what one batch does")
    func shardParsesOnlyItsFolders() throws {
        // The fixture, readable, and a near miss naming an id that clashes with D-4's folder but has no file:
        // its warning is printed by that id's shard, which parses D-4's folder for it.
        var texts = Self.texts.filter { $0.key != "misc/gone.md" }
        texts["misc/d-4 call.txt"] = Self.note("d-4", "2026-10-20")
        let whole = InMemorySink()
        let batch = try Pipeline(source: InMemoryNoteSource(texts: texts), notesFolder: "notes").run(Self.batch(), templates: TemplateSet(), into: whole)
        #expect(batch.summary.diagnostics.contains { $0.path == "misc/d-4 call.txt" && $0.client == "d-4" })
        // Each file's client is its folder's name (the near miss's, d-4); a folder name's files are parsed
        // when one of its ids is the shard's.
        let ids = Set(texts.keys.filter { $0.hasSuffix(".md") && !$0.hasPrefix("misc/") }.map { String($0.prefix { $0 != "/" }) } + ["d-4"])
        var written: [String: RenderedFile.Contents] = [:]
        var clients: [String] = [], notes = 0, plans = 0, diagnostics: [Diagnostic] = [], digests: Set<String?> = []
        for number in 1...3 {
            let shard = try #require(Shard(number: number, of: 3))
            let partition = Partition(selection: .shard(shard), fingerprint: "f", templates: "default")
            let source = CountingSource(InMemoryNoteSource(texts: texts))
            var pipeline = Pipeline(source: source, notesFolder: "notes")
            pipeline.filesPerWave = 2
            let sink = InMemorySink()
            let outcome = try pipeline.run(Self.batch(partition), templates: TemplateSet(), into: sink)
            let parsedFolders = Set(source.reads.filter { $0.value > 1 }.map { ClientFolders.folderKey(String($0.key.prefix { $0 != "/" })) })
            let ownFolders = Set(ids.filter(shard.contains).map(ClientFolders.folderKey))
            #expect(parsedFolders == ownFolders, "shard \(number) parsed \(parsedFolders.sorted())")
            #expect(ownFolders.count < Set(ids.map(ClientFolders.folderKey)).count, "shard \(number) has every client: the test shows nothing")
            #expect(outcome.summary.clients.allSatisfy(shard.contains))
            for (path, contents) in sink.files where !path.hasPrefix(PartialIndex.folder + "/") {
                #expect(written.updateValue(contents, forKey: path) == nil, "\(path) written by two shards")
            }
            clients += outcome.summary.clients
            (notes, plans) = (notes + outcome.summary.noteCount, plans + outcome.summary.planCount)
            diagnostics += outcome.summary.diagnostics
            digests.insert(outcome.summary.filesDigest)
        }
        #expect(written == whole.files.filter { !$0.key.hasPrefix("index.") && !$0.key.hasSuffix(".csv") })
        #expect(CandidateName.sorted(clients) == batch.summary.clients)
        #expect((notes, plans) == (batch.summary.noteCount, batch.summary.planCount))
        #expect(diagnostics.sorted() == batch.summary.diagnostics, "each diagnostic is printed by exactly one shard")
        #expect(digests.count == 1 && digests.first! != nil, "every shard read the same files")
    }

    @Test("a wave holds every file of the ids that name its report folders, and each file once")
    func wavesKeepFolderNamesTogether() throws {
        let source = UnreadableSource(InMemoryNoteSource(texts: Self.texts), unreadable: ["misc/gone.md"])
        let survey = try CaseloadSurvey(source: source, parser: NoteParser(readsBodies: false), monitor: RunMonitor())
        let waves = survey.waves(of: 1)
        #expect(waves.map(\.paths) == [
            ["A-1/2026-10-01.md", "A-1/2026-10-08.md", "a-1/2026-10-02.md"], ["B-2./2026-10-03.md", "b-2/2026-10-04.md"],
            ["C-3/2026-10-01.md", "C-3/2026-10-08.md", "C-3/2026-10-15.md", "C-3/copy.md", "C-3/plan.md", "C-3/review.md"],
            ["D-4/2026-10-05.md", "D-4/2026-10-12.md", "D-4/discharge.md"], ["E-5/discharge.md"], ["F-6/2026-10-06.md", "F-6/2026-10-13.md"],
        ])
        #expect(waves[2].listed.map(\.path) == ["C-3/2026-10-22.txt"])
        #expect(Set(survey.unplaced.map(\.path)) == ["misc/readme.md", "misc/no-client.md", "misc/gone.md", "H-8/2026-10-22.txt"])
        #expect(survey.waves(of: 7).map(\.paths.count) == [11, 6])
    }
}

/// A source some of whose listed files cannot be read.
private struct UnreadableSource: NoteSource {
    let inner: InMemoryNoteSource
    let unreadable: Set<String>

    init(_ inner: InMemoryNoteSource, unreadable: Set<String>) {
        self.inner = inner
        self.unreadable = unreadable
    }

    func candidatePaths() throws -> [String] { try inner.candidatePaths() }
    func listing() throws -> NoteListing { try inner.listing() }
    func bytes(at path: String) throws -> [UInt8] {
        guard !unreadable.contains(path) else { throw CocoaError(.fileReadNoPermission) }
        return try inner.bytes(at: path)
    }
}
