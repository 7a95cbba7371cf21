import Foundation
import Testing
@testable import HeadwayKit

/// The client's version (`--audience client`): the known report R-1 as golden files, what it leaves
/// out, and the reading grade of the sample clients' reports.
@Suite("The client's version")
struct ClientReportTests {
    private func render(_ format: OutputFormat, _ report: ProgressReport = RenderingGolden.report()) throws -> String {
        try RenderingGolden.renderer().render(report, as: format, for: .client)
    }

    /// Fixtures/rendering/golden/R-1-2026-10.client.md, read by hand against `knownReportValues`.
    @Test func markdownGolden() throws {
        try RenderingGolden.check(try render(.markdown), golden: "R-1-2026-10.client.md")
    }

    /// Fixtures/rendering/golden/R-1-2026-10.client.html, read by hand and looked at in Chromium.
    @Test func htmlGolden() throws {
        try RenderingGolden.check(try render(.html), golden: "R-1-2026-10.client.html")
    }

    @Test("milestones come first, goals by their statement, rewordings as agreed changes", arguments: [OutputFormat.markdown, .html])
    func content(_ format: OutputFormat) throws {
        let text = try render(format)
        let milestones = try #require(text.range(of: "Things to celebrate"))
        let goals = try #require(text.range(of: "Your goals"))
        #expect(milestones.upperBound < goals.lowerBound)
        #expect(text.contains("Use paced breathing when anxiety is above 6/10, on 4 of 7 days"))
        #expect(text.contains("Call or meet one friend a week"))
        #expect(text.contains("we agreed to change this goal to") || text.contains("We agreed to change this goal to"))
        #expect(text.contains("going up"))
        #expect(text.contains("Used paced breathing before a job interview"))
    }

    @Test("leaves out ids, hashtags, clinical terms, the notes' excerpts and diagnostics", arguments: [OutputFormat.markdown, .html])
    func leavesOutClinicalDetail(_ format: OutputFormat) throws {
        let rendered = try render(format).lowercased()
        let text = rendered.range(of: "</style>").map { String(rendered[$0.upperBound...]) } ?? rendered  // the shared CSS names every class
        let absent = ["paced-breathing", "#reconnect", "coping-skills", "severity", "mild", "reliable", "caseness", "recovered",
                      "remission", "response", "t-score", "goal attainment", "item 9", "item9", "safety flag", "review risk",
                      "walking also helps", "friend from school", "unknown key", "mood", "warning", "error", "incomplete", "baseline"]
        #expect(absent.filter(text.contains).isEmpty, "\(absent.filter(text.contains))")
    }

    @Test("a report with safety flags says, in one line, that the clinician will talk about feelings; one without says nothing")
    func safetyLine() throws {
        let line = "Your clinician will talk with you about how you are feeling."
        var report = RenderingGolden.report()
        #expect(try render(.markdown, report).components(separatedBy: line).count == 2)
        #expect(try render(.html, report).components(separatedBy: line).count == 2)
        report.safetyFlags = []
        #expect(try !render(.markdown, report).contains(line))
        #expect(try !render(.html, report).contains(line))
    }

    @Test("no emoji in the client's templates or reports")
    func noEmoji() throws {
        let texts = [try render(.markdown), try render(.html)] + TemplateSet.defaults.filter { $0.key.hasPrefix("client-") }.map(\.value)
        for text in texts {
            #expect(!text.unicodeScalars.contains { $0.properties.isEmojiPresentation || (0x1F000...0x1FAFF).contains($0.value) })
        }
    }

    // MARK: Reading grade

    @Test("the Flesch-Kincaid counts follow the simple rules")
    func readabilityCounts() {
        #expect(Readability.syllables(in: "happy") == 2)
        #expect(Readability.syllables(in: "make") == 1)
        #expect(Readability.syllables(in: "table") == 2)
        #expect(Readability.syllables(in: "6/10") == 1)
        #expect(Readability.sentences(in: "It went from 5.5 to 6.5. Well done! Yes") == ["It went from 5.5 to 6.5.", " Well done!", " Yes"])
        let counts = Readability.counts(ofMarkdown: "**Clinic**\n12 Mill Lane\n\n# Hi\n\nThe cat sat. It was happy!\n")
        #expect(counts == Readability.Counts(words: 7, sentences: 3, syllables: 8))
        #expect(abs(counts.grade - (0.39 * 7 / 3 + 11.8 * 8 / 7 - 15.59)) < 1e-9)
    }

    /// The client's version of every sample client's monthly reports, in memory.
    static func sampleClientReports() throws -> [String: String] {
        let notes = PipelineTests.repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)
        let configuration = try ConfigurationParser.parse(String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8),
                                                          path: "headway.yml").get()
        let pipeline = Pipeline(source: FolderNoteSource(root: notes, exclude: configuration.exclude), notesFolder: "Samples/notes",
                                configuration: configuration)
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.markdown],
                                    options: ReportOptions(configuration: configuration), audience: .client)
        _ = try pipeline.run(request, templates: TemplateSet(), into: sink)
        return sink.files.compactMapValues { if case .text(let text) = $0 { text } else { nil } }.filter { $0.key.hasSuffix(".client.md") && $0.key != "index.client.md" }
    }

    @Test("the sample clients' reports read at grade 6 or below (Flesch-Kincaid), each and all together")
    func readingGrade() throws {
        let reports = try Self.sampleClientReports()
        #expect(reports.count == 9)
        var total = Readability.Counts()
        for (path, text) in reports.sorted(by: { $0.key < $1.key }) {
            let counts = Readability.counts(ofMarkdown: text)
            #expect(counts.words > 100, "\(path)")
            #expect(counts.grade <= 6, "\(path): grade \(counts.grade)")
            total.words += counts.words
            total.sentences += counts.sentences
            total.syllables += counts.syllables
        }
        #expect(total.grade <= 6, "all together: grade \(total.grade)")
        print("client's version of the samples: Flesch-Kincaid grade \(total.grade) over \(total.words) words")
    }
}
