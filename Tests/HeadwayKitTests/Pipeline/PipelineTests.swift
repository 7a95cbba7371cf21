import Foundation
import Testing
@testable import HeadwayKit

/// Whole runs in process: the real pipeline over notes in memory (or the sample folder), into an
/// in-memory sink.
@Suite struct PipelineTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func note(_ client: String, _ date: String, body: String = "") -> String {
        """
        ---
        client: \(client)
        date: \(date)
        goals:
          - id: walk-daily
            area: coping-skills
            statement: Walk 20 minutes a day
            progress: 5
        ---
        \(body)
        """
    }

    static let texts = [
        "C-1/2026-10-07.md": note("C-1", "2026-10-07", body: "## Walk daily\nWalked three times. #coping-skills\n"),
        "C-1/2026-10-14.md": note("C-1", "2026-10-14"),
        "C-2/2026-10-08.md": note("C-2", "2026-10-08", body: "## Wins\n- Slept well\n"),
    ]

    static func pipeline(_ source: some NoteSource, serial: Bool = false) -> Pipeline {
        Pipeline(source: source, notesFolder: "notes", monitor: RunMonitor(serial: serial))
    }

    static func batch(_ formats: [OutputFormat] = [.markdown, .html, .json]) -> ReportRequest {
        ReportRequest(clients: .every, document: .progress(.allSessions), formats: formats)
    }

    @Test("a batch writes every client's reports and the index, and says so in its outcome")
    func batchIntoMemory() throws {
        let sink = InMemorySink()
        let outcome = try Self.pipeline(InMemoryNoteSource(texts: Self.texts)).run(Self.batch(), templates: TemplateSet(), into: sink)
        #expect(outcome.reports == 2)
        #expect(outcome.failures.isEmpty)
        #expect(Set(sink.files.keys) == ["C-1/all.md", "C-1/all.html", "C-1/all.json", "C-2/all.md", "C-2/all.html", "C-2/all.json",
                                         "index.md", "index.html", "index.json"])
        #expect(outcome.files == ["C-1/all.md", "C-1/all.html", "C-1/all.json", "C-2/all.md", "C-2/all.html", "C-2/all.json",
                                  "index.md", "index.html", "index.json"])
        #expect(sink.text("C-1/all.md")?.contains("Walked three times.") == true, "the body was parsed for the report")
        #expect(sink.text("C-2/all.md")?.contains("Slept well") == true)
        #expect(sink.text("index.md")?.contains("C-1") == true)
        #expect(sink.preparations == 1)
    }

    @Test("a serial run gives exactly the files of a parallel one")
    func serialEqualsParallel() throws {
        let parallel = InMemorySink(), serial = InMemorySink()
        _ = try Self.pipeline(InMemoryNoteSource(texts: Self.texts)).run(Self.batch(), templates: TemplateSet(), into: parallel)
        _ = try Self.pipeline(InMemoryNoteSource(texts: Self.texts), serial: true).run(Self.batch(), templates: TemplateSet(), into: serial)
        #expect(parallel.files == serial.files)
    }

    @Test("the sample caseload in memory gives byte for byte the committed Samples/reports")
    func samplesInMemory() throws {
        let notes = Self.repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)
        let reports = Self.repoRoot.appendingPathComponent("Samples/reports", isDirectory: true)
        let configuration = try ConfigurationParser.parse(String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8),
                                                          path: "headway.yml").get()
        let pipeline = Pipeline(source: FolderNoteSource(root: notes, exclude: configuration.exclude), notesFolder: "Samples/notes",
                                configuration: configuration)
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.markdown, .html, .json],
                                    options: ReportOptions(configuration: configuration))
        _ = try pipeline.run(request, templates: TemplateSet(), into: sink)
        let committedPaths = FileManager.default.enumerator(atPath: reports.path)?.compactMap { $0 as? String }
            .filter { !$0.hasPrefix(".") && $0.contains(".") } ?? []
        #expect(Set(sink.files.keys) == Set(committedPaths), "the run wrote exactly the committed files")
        #expect(sink.files.count > 10)
        for (path, contents) in sink.files {
            let committed = try Data(contentsOf: reports.appendingPathComponent(path))
            #expect(contents == .text(String(decoding: committed, as: UTF8.self)), "\(path)")
        }
    }

    @Test("an unknown client stops the run before the sink is prepared, with a suggestion and the notes' diagnostics")
    func unknownClient() throws {
        let sink = InMemorySink()
        let texts = Self.texts.merging(["bad.md": "---\nclient: C-3\ndate: 2026-13-01\n---\n"]) { $1 }
        let request = ReportRequest(clients: .one("c-1"), document: .progress(.allSessions), formats: [.markdown])
        #expect {
            try Self.pipeline(InMemoryNoteSource(texts: texts)).run(request, templates: TemplateSet(), into: sink)
        } throws: { error in
            guard case .noSuchClient(_, let client, let suggestion, let diagnostics) = error as? RunError else { return false }
            return client == "c-1" && suggestion == " (did you mean 'C-1'?)" && diagnostics.map(\.path) == ["bad.md"]
        }
        #expect(sink.preparations == 0)
        #expect(sink.files.isEmpty)
    }

    @Test("one client's report parses only that client's bodies: every other file is read once, for its front matter")
    func oneClientReadsOneClientsBodies() throws {
        let source = CountingSource(InMemoryNoteSource(texts: Self.texts))
        let request = ReportRequest(clients: .one("C-2"), document: .progress(.allSessions), formats: [.markdown])
        let outcome = try Self.pipeline(source).run(request, templates: TemplateSet(), into: InMemorySink())
        #expect(outcome.reports == 1)
        #expect(source.reads == ["C-1/2026-10-07.md": 1, "C-1/2026-10-14.md": 1, "C-2/2026-10-08.md": 2])
    }

    @Test("a file that cannot be written is one error naming it; the rest of the run is written, and the index links what was")
    func writeFailure() throws {
        let sink = InMemorySink(failing: ["C-1/all.md"])
        let outcome = try Self.pipeline(InMemoryNoteSource(texts: Self.texts)).run(Self.batch([.markdown, .html]), templates: TemplateSet(), into: sink)
        #expect(outcome.failures.map(\.formatted) == ["C-1/all.md: error: cannot write report: refused by the test sink"])
        #expect(outcome.errorCount == 1)
        #expect(sink.files["C-1/all.html"] != nil && sink.files["C-2/all.md"] != nil)
        #expect(outcome.reports == 2, "C-1's HTML report was written")
        let index = try #require(sink.text("index.md"))
        #expect(!index.contains("C-1/all.md") && index.contains("C-1/all.html"))
    }

    @Test("a review: the plan's start to the client's last note; none without a plan, before anything is written")
    func review() throws {
        let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-10-01\ngoals:\n  - id: walk-daily\n    target: 8\n    target-date: 2026-12-31\n---\n"
        let request = ReportRequest(clients: .one("C-1"), document: .planReview(date: nil, paper: .a4), formats: [.markdown, .json])
        let sink = InMemorySink()
        let outcome = try Self.pipeline(InMemoryNoteSource(texts: Self.texts.merging(["C-1/plan.md": plan]) { $1 }))
            .run(request, templates: TemplateSet(), into: sink)
        #expect(outcome.files == ["C-1/plan-review-2026-10-14.md", "C-1/plan-review-2026-10-14.json"])
        #expect(sink.text("C-1/plan-review-2026-10-14.md")?.contains("walk-daily") == true)

        let none = ReportRequest(clients: .one("C-2"), document: .planReview(date: nil, paper: .a4), formats: [.markdown])
        let untouched = InMemorySink()
        #expect(throws: RunError.nothingToReview(notesFolder: "notes", reason: "client 'C-2' has no treatment plan starting on or before 2026-10-08")) {
            try Self.pipeline(InMemoryNoteSource(texts: Self.texts)).run(none, templates: TemplateSet(), into: untouched)
        }
        #expect(untouched.preparations == 0)
    }

    @Test("every run error prints as diagnostics, escaped")
    func runErrorsPrintAsDiagnostics() {
        #expect(RunError.notAFolder("n\u{1B}otes").diagnostics.map(\.formatted) == ["n\\u{1B}otes: error: not a folder of notes"])
        #expect(RunError.outputFolder(OutputFolder.Refusal(path: "", reason: "-o is empty")).diagnostics.map(\.formatted)
            == ["headway: error: -o is empty"])
        #expect(RunError.noSuchClient(notesFolder: "notes", client: "C-9", suggestion: "", diagnostics: [.warning("a.md", 2, "odd")])
            .diagnostics.map(\.formatted) == ["a.md:2: warning: odd", "notes: error: no valid note or plan for client 'C-9'"])
        #expect(RunError.printerMissing.diagnostics.isEmpty)
    }
}

/// A source that counts how often each file is read.
final class CountingSource: NoteSource, @unchecked Sendable {
    private let inner: InMemoryNoteSource
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ inner: InMemoryNoteSource) {
        self.inner = inner
    }

    var reads: [String: Int] { lock.withLock { counts } }

    func candidatePaths() throws -> [String] { try inner.candidatePaths() }
    func listing() throws -> NoteListing { try inner.listing() }
    func bytes(at path: String) throws -> [UInt8] {
        lock.withLock { counts[path, default: 0] += 1 }
        return try inner.bytes(at: path)
    }
}
